package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A parent KPI defined as an aggregate of unit KPIs: the corporate revenue is the sum of the business units'
 * revenues; the corporate win rate is the sum of the deals won over the sum of the deals quoted. The parent's
 * values are computed, date by date, from the values the sources report for that date (see {@link Aggregation}:
 * this is aggregation across units, never across time). Immutable and thread-safe.
 *
 * <pre>{@code
 * KpiRollUp revenue = KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.SUM,
 *     List.of(UnitKpi.parse("retail/revenue"), UnitKpi.parse("online/revenue")));
 * KpiRollUp winRate = KpiRollUp.ratioOfSums(UnitKpi.parse("corp/win-rate"),
 *     List.of(UnitKpi.parse("retail/won"), UnitKpi.parse("online/won")),
 *     List.of(UnitKpi.parse("retail/quoted"), UnitKpi.parse("online/quoted")), 100);
 * }</pre>
 *
 * @param target the parent KPI whose values are computed
 * @param aggregation how the sources combine
 * @param sources the KPIs aggregated; for {@link Aggregation#RATIO_OF_SUMS} the numerators; at least one, no repeats
 * @param denominators for {@link Aggregation#RATIO_OF_SUMS} the denominators (at least one, no repeats); empty
 *     for every other aggregation
 * @param scale what a ratio is multiplied by (100 for a percentage); 1 for every other aggregation
 * @param missing what to do at a date some sources did not report
 */
public record KpiRollUp(UnitKpi target, Aggregation aggregation, List<UnitKpi> sources, List<UnitKpi> denominators,
    double scale, MissingData missing) {

  /**
   * Validates every component.
   *
   * @param target the parent KPI
   * @param aggregation how the sources combine
   * @param sources the KPIs aggregated (the numerators of a ratio)
   * @param denominators the denominators of a ratio, else empty
   * @param scale the ratio's factor, else 1
   * @param missing what to do at a date some sources did not report
   * @throws io.github.bsckit.core.ValidationException naming the field and the value
   */
  public KpiRollUp {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(aggregation, "aggregation");
    sources = List.copyOf(sources);
    denominators = List.copyOf(denominators);
    Objects.requireNonNull(missing, "missing");
    Checks c = new Checks();
    c.check(!sources.isEmpty(), "sources", "must name at least one unit KPI but was empty");
    c.check(sources.stream().distinct().count() == sources.size(), "sources", "must not name a unit KPI twice but was "
        + sources);
    c.check(!sources.contains(target), "sources", "must not include the target " + target + " itself");
    if (aggregation == Aggregation.RATIO_OF_SUMS) {
      c.check(!denominators.isEmpty(), "denominators", "must name at least one unit KPI for ratio-of-sums but was empty");
      c.check(denominators.stream().distinct().count() == denominators.size(), "denominators",
          "must not name a unit KPI twice but was " + denominators);
      c.check(!denominators.contains(target), "denominators", "must not include the target " + target + " itself");
      c.check(Double.isFinite(scale) && scale > 0 && scale <= Checks.MAX_WEIGHT, "scale",
          "must be a number above 0 and at most 1000000 but was " + scale);
    } else {
      c.check(denominators.isEmpty(), "denominators", "are only for ratio-of-sums, not " + aggregation.key()
          + ", but were " + denominators);
      c.check(scale == 1, "scale", "is only for ratio-of-sums, not " + aggregation.key() + ", but was " + scale);
    }
    c.throwIfAny();
  }

  /**
   * {@return a roll-up that skips missing data}
   *
   * @param target the parent KPI
   * @param aggregation any aggregation but {@link Aggregation#RATIO_OF_SUMS}
   * @param sources the KPIs aggregated
   * @throws io.github.bsckit.core.ValidationException if {@code aggregation} is ratio-of-sums, or the sources are
   *     empty or repeat
   */
  public static KpiRollUp of(UnitKpi target, Aggregation aggregation, List<UnitKpi> sources) {
    return new KpiRollUp(target, aggregation, sources, List.of(), 1, MissingData.SKIP);
  }

  /**
   * {@return a ratio of sums that skips missing data: Σ numerators / Σ denominators × scale}
   *
   * @param target the parent KPI
   * @param numerators the KPIs summed above the line
   * @param denominators the KPIs summed below it
   * @param scale the factor (100 for a percentage)
   */
  public static KpiRollUp ratioOfSums(UnitKpi target, List<UnitKpi> numerators, List<UnitKpi> denominators,
      double scale) {
    return new KpiRollUp(target, Aggregation.RATIO_OF_SUMS, numerators, denominators, scale, MissingData.SKIP);
  }

  /**
   * {@return this roll-up with another missing-data policy}
   *
   * @param missing the policy
   */
  public KpiRollUp withMissing(MissingData missing) {
    return new KpiRollUp(target, aggregation, sources, denominators, scale, missing);
  }

  /** {@return the sources and then the denominators: every unit KPI read} */
  public List<UnitKpi> inputs() {
    return aggregation == Aggregation.RATIO_OF_SUMS
        ? Stream.concat(sources.stream(), denominators.stream()).toList() : sources;
  }

  /** {@return for example {@code corp/revenue = sum(retail/revenue, online/revenue)}} */
  @Override
  public String toString() {
    String list = sources.stream().map(UnitKpi::toString).collect(Collectors.joining(", "));
    String text = aggregation == Aggregation.RATIO_OF_SUMS
        ? "sum(" + list + ") / sum(" + denominators.stream().map(UnitKpi::toString).collect(Collectors.joining(", "))
            + ")" + (scale == 1 ? "" : " x " + Numbers.plain(scale))
        : aggregation.key() + "(" + list + ")";
    return target + " = " + text + (missing == MissingData.SKIP ? "" : ", " + missing.key());
  }
}
