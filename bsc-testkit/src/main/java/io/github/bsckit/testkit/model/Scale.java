package io.github.bsckit.testkit.model;

import io.github.bsckit.testkit.Source;
import io.github.bsckit.testkit.internal.Decimals;
import java.util.List;

/**
 * What a KPI counts, and so which units, names and value bounds fit it. Values are made as whole numbers of
 * units of {@code 10^-precision} (see {@link Decimals}); every scale's largest value stays below 2^53 units at
 * its largest precision.
 */
enum Scale {
  PERCENT(0, 100, 10, List.of("%"), List.of("Customer retention rate", "On-time delivery", "Employee engagement",
      "First-contact resolution", "Market share", "Sales staff CRM-certified")),
  MONEY(0, 10_000_000, 8, List.of("$", "USD", "€", "k EUR"), List.of("Revenue", "Operating cost",
      "Customer lifetime value", "Cost per order", "Umsatz")),
  COUNT(0, 100_000, 10, List.of("", "customers", "defects", "tickets"), List.of("New customers",
      "Defects per release", "Support tickets", "Patents filed")),
  DAYS(0, 365, 10, List.of("days", "h"), List.of("Order cycle time", "Time to hire", "Days sales outstanding",
      "Délai de livraison")),
  SCORE(-100, 100, 10, List.of("NPS", "points"), List.of("Net promoter score", "Customer effort score")),
  RATIO(0, 10, 10, List.of("", "x"), List.of("Asset turnover", "Current ratio"));

  /** Flows add up over periods, so they use the scales whose amounts are never negative and do add up. */
  static final List<Scale> FLOWS = List.of(MONEY, COUNT, DAYS);
  static final List<Scale> ALL = List.of(values());

  final long min;
  final long max;
  final int maxPrecision;
  final List<String> units;
  final List<String> names;

  Scale(long min, long max, int maxPrecision, List<String> units, List<String> names) {
    this.min = min;
    this.max = max;
    this.maxPrecision = maxPrecision;
    this.units = units;
    this.names = names;
  }

  /** {@return the smallest value in units of 10^-precision} */
  long minUnits(int precision) {
    return min * Decimals.pow10(precision);
  }

  /** {@return the largest value in units of 10^-precision} */
  long maxUnits(int precision) {
    return max * Decimals.pow10(precision);
  }

  /** {@return a precision for this scale: mostly 0 to 2 decimals, sometimes up to the most it allows} */
  int precision(Source source) {
    return source.chance(20) ? source.between(0, maxPrecision) : source.between(0, Math.min(2, maxPrecision));
  }

  static double value(long units, int precision) {
    return Decimals.value(units, precision);
  }

  static long units(double value, int precision) {
    return Decimals.units(value, precision);
  }
}
