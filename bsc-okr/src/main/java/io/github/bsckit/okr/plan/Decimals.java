package io.github.bsckit.okr.plan;

import io.github.bsckit.core.internal.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Exact decimal arithmetic for the planner. Values arrive as doubles and are read as the decimals people
 * typed ({@code BigDecimal.valueOf}); each planned value is computed as one exact fraction and rounded once,
 * half up, at the KPI's precision, so 85 + 5 × 0.17 is 85.85 and not 85.85000000000001.
 */
final class Decimals {
  private Decimals() {}

  static BigDecimal of(double value) {
    return Numbers.valueOf(value);
  }

  static BigDecimal sum(List<BigDecimal> values) {
    BigDecimal s = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      s = s.add(v);
    }
    return s;
  }

  /** {@code numerator / denominator}, exactly rounded half up at {@code precision} decimals. */
  static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, int precision) {
    return numerator.divide(denominator, precision, RoundingMode.HALF_UP);
  }

  /** {@code x} limited to the closed interval between {@code a} and {@code b}, in either order. */
  static BigDecimal clamp(BigDecimal x, BigDecimal a, BigDecimal b) {
    BigDecimal lo = a.min(b);
    BigDecimal hi = a.max(b);
    return x.max(lo).min(hi);
  }

  /**
   * The weights of a stretch of quarters, or equal weights when they are all zero: a seasonal pacing may give
   * no weight to the quarters before a milestone, and the milestone still has to be reached.
   */
  static List<BigDecimal> usable(List<BigDecimal> weights) {
    return sum(weights).signum() > 0 ? weights : Collections.nCopies(weights.size(), BigDecimal.ONE);
  }

  /**
   * Splits an amount in proportion to weights by the largest-remainder method at {@code precision}: every
   * part gets its quota rounded down to a whole unit of {@code 10^-precision}, and the units left over go one
   * each to the parts with the largest remainders (the earlier part on a tie). The parts add up to
   * {@code amount} exactly; if the amount itself has more decimals than the precision, that residue goes to
   * the last part. A negative amount is split as its magnitude, then negated.
   *
   * @param amount the amount
   * @param weights the weights, not negative, at least one
   * @param precision the decimals of the parts
   * @return the parts, one per weight
   */
  static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> weights, int precision) {
    List<BigDecimal> w = usable(weights);
    BigDecimal total = sum(w);
    int n = w.size();
    BigDecimal magnitude = amount.abs().movePointRight(precision);
    BigInteger units = magnitude.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
    BigDecimal unitsDecimal = new BigDecimal(units);
    BigInteger[] floors = new BigInteger[n];
    BigDecimal[] remainders = new BigDecimal[n];
    BigInteger handedOut = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal share = unitsDecimal.multiply(w.get(i));
      floors[i] = share.divide(total, 0, RoundingMode.DOWN).toBigIntegerExact();
      remainders[i] = share.subtract(new BigDecimal(floors[i]).multiply(total)); // over the common denominator
      handedOut = handedOut.add(floors[i]);
    }
    List<Integer> byRemainder = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byRemainder.add(i);
    }
    byRemainder.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
        .thenComparing(Comparator.naturalOrder()));
    int left = units.subtract(handedOut).intValueExact(); // fewer than n: each floor lost less than one unit
    for (int r = 0; r < left; r++) {
      int i = byRemainder.get(r);
      floors[i] = floors[i].add(BigInteger.ONE);
    }
    List<BigDecimal> parts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parts.add(new BigDecimal(floors[i], precision));
    }
    BigDecimal residue = magnitude.subtract(unitsDecimal).movePointLeft(precision);
    parts.set(n - 1, parts.get(n - 1).add(residue));
    if (amount.signum() < 0) {
      parts.replaceAll(BigDecimal::negate);
    }
    return parts;
  }
}
