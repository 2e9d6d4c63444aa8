package io.github.bsckit.core.plan;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.pacing.PacedSpan;
import io.github.bsckit.core.pacing.Pacing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The value a KPI is expected to have on any date: one plan, which the default scoring method judges actuals
 * against and bsc-okr's key results step along. Immutable and thread-safe.
 *
 * <p>The path runs through its <b>points</b>: the baseline (for a FLOW KPI, nothing at the baseline date: a
 * flow's path is its expected running total), each dated milestone on its date, and the target. Between two
 * neighbouring points the change is spread by the KPI's {@linkplain Kpi#pacing() pacing} (linear when it has
 * none) laid over the fiscal quarters from baseline to target ({@link PacedSpan}): the share of the change done
 * by a date is the pacing's cumulative share gained since the earlier point over the share gained by the later
 * one, and within a quarter the pacing runs linearly in days. So a KPI with milestones follows them, and
 * without them follows its pacing; without either it is linear in quarters. Before the baseline date the path
 * expects the baseline, from the target date on the target.
 *
 * <pre>{@code
 * Kpi retention = Kpi.builder("retention", "Customer retention rate").unit("%").precision(1)
 *     .baseline(85, "2025-12-31").target(90, "2026-12-31").pacing("front-loaded").build();
 * ExpectedPath path = ExpectedPath.of(retention, Month.JANUARY).orElseThrow();
 * path.valueAt(LocalDate.parse("2026-06-30"));       // 88.5: 40% + 30% of the way by the end of Q2
 * }</pre>
 *
 * <p>Cost: O(q) to build for q quarters from baseline to target; O(log q + m) per date for m milestones.
 */
public final class ExpectedPath {
  private final Kpi kpi;
  private final PacedSpan span;
  private final List<DatedValue> points;
  /**
   * The points' values as {@link BigDecimal#valueOf(double)} gives them ({@link Numbers#valueOf}), made once:
   * the span computes exactly in decimals, and converting a double to its decimal on every query cost half the
   * query.
   */
  private final BigDecimal[] decimals;

  private ExpectedPath(Kpi kpi, PacedSpan span, List<DatedValue> points) {
    this.kpi = kpi;
    this.span = span;
    this.points = points;
    this.decimals = new BigDecimal[points.size()];
    for (int i = 0; i < decimals.length; i++) {
      decimals[i] = Numbers.valueOf(points.get(i).value());
    }
  }

  /**
   * The expected path of a KPI of a scorecard, over the scorecard's fiscal quarters.
   *
   * @param scorecard the scorecard, for its {@linkplain Scorecard#fiscalYearStart() fiscal year start}
   * @param kpi one of its KPIs
   * @return the path, or empty when the KPI has no baseline or no target
   * @throws io.github.bsckit.core.ValidationException if the horizon from baseline to target is longer than
   *     {@value io.github.bsckit.core.pacing.Quarter#MAX_HORIZON} quarters
   */
  public static Optional<ExpectedPath> of(Scorecard scorecard, Kpi kpi) {
    return of(kpi, Objects.requireNonNull(scorecard, "scorecard").fiscalYearStart());
  }

  /**
   * The expected path of a KPI by its own pacing, linear when it has none.
   *
   * @param kpi the KPI
   * @param fiscalYearStart the month its fiscal years start in, which sets the quarters
   * @return the path, or empty when the KPI has no baseline or no target
   * @throws io.github.bsckit.core.ValidationException if the horizon from baseline to target is longer than
   *     {@value io.github.bsckit.core.pacing.Quarter#MAX_HORIZON} quarters
   */
  public static Optional<ExpectedPath> of(Kpi kpi, Month fiscalYearStart) {
    Objects.requireNonNull(kpi, "kpi");
    return of(kpi, fiscalYearStart, kpi.pacing().orElse(Pacing.linear()));
  }

  /**
   * The expected path of a KPI by a given pacing instead of its own, as {@code bsc okr --pacing} plans it.
   *
   * @param kpi the KPI
   * @param fiscalYearStart the month its fiscal years start in
   * @param pacing the pacing
   * @return the path, or empty when the KPI has no baseline or no target
   * @throws io.github.bsckit.core.ValidationException if the horizon from baseline to target is longer than
   *     {@value io.github.bsckit.core.pacing.Quarter#MAX_HORIZON} quarters
   */
  public static Optional<ExpectedPath> of(Kpi kpi, Month fiscalYearStart, Pacing pacing) {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    Objects.requireNonNull(pacing, "pacing");
    if (kpi.baseline().isEmpty() || kpi.target().isEmpty()) {
      return Optional.empty();
    }
    DatedValue b = kpi.baseline().get();
    DatedValue t = kpi.target().get();
    List<DatedValue> points = new ArrayList<>(kpi.milestones().size() + 2);
    points.add(kpi.kind() == KpiKind.FLOW ? DatedValue.of(0, b.date()) : b);
    points.addAll(kpi.milestones());
    points.add(t);
    return Optional.of(new ExpectedPath(kpi, pacing.over(fiscalYearStart, b.date(), t.date()), List.copyOf(points)));
  }

  /** {@return the KPI} */
  public Kpi kpi() {
    return kpi;
  }

  /** {@return the pacing the path follows between its points} */
  public Pacing pacing() {
    return span.pacing();
  }

  /** {@return the pacing laid over the days from baseline to target} */
  public PacedSpan span() {
    return span;
  }

  /**
   * {@return the points the path runs through: the start (the baseline, or 0 at its date for a FLOW KPI), the
   * milestones and the target, in date order; unmodifiable}
   */
  public List<DatedValue> points() {
    return points;
  }

  /**
   * The expected value on a date: a LEVEL KPI's level, a FLOW KPI's running total since the baseline date; on
   * an ordinal scale the last whole level the path has passed (from AA to AAA over a year, AA until its end).
   *
   * @param date the date
   * @return the expected value, unrounded
   */
  public double valueAt(LocalDate date) {
    int i = segment(Objects.requireNonNull(date, "date"));
    if (i < 0) {
      return i == -1 ? points.get(0).value() : points.get(points.size() - 1).value();
    }
    DatedValue a = points.get(i);
    DatedValue b = points.get(i + 1);
    double v = span.unroundedValueAt(date, a.date(), decimals[i], b.date(), decimals[i + 1]);
    if (kpi.scale().isOrdinal()) {
      // An ordinal KPI moves in whole levels: the path holds a level until it has passed the next in full.
      return b.value() >= a.value() ? Math.floor(v + 1e-9) : Math.ceil(v - 1e-9);
    }
    return v;
  }

  /**
   * The expected value on a date, computed exactly and rounded once, half up, at some decimals. A planner rounds
   * a FLOW's expected running totals this way at the KPI's precision.
   *
   * @param date the date
   * @param precision the decimals, 0 or more
   * @return the rounded expected value
   */
  public BigDecimal valueAt(LocalDate date, int precision) {
    return rounded(date, precision, false);
  }

  /**
   * The expected level on a date, rounded as {@link #valueAt(LocalDate, int)} rounds it and kept between the
   * values of the points on either side, so that rounding never steps past a milestone, the baseline or the
   * target. A planner rounds a LEVEL KPI's quarter-end levels this way at the KPI's precision.
   *
   * @param date the date
   * @param precision the decimals, 0 or more
   * @return the rounded expected level
   */
  public BigDecimal levelAt(LocalDate date, int precision) {
    return rounded(date, precision, true);
  }

  private BigDecimal rounded(LocalDate date, int precision, boolean keepBetween) {
    int i = segment(Objects.requireNonNull(date, "date"));
    if (i < 0) {
      return BigDecimal.valueOf(i == -1 ? points.get(0).value() : points.get(points.size() - 1).value());
    }
    DatedValue a = points.get(i);
    DatedValue b = points.get(i + 1);
    BigDecimal va = decimals[i];
    BigDecimal vb = decimals[i + 1];
    BigDecimal v = span.valueAt(date, a.date(), va, b.date(), vb, precision);
    return keepBetween ? v.max(va.min(vb)).min(va.max(vb)) : v;
  }

  /**
   * The share of the way from the start to the target that is expected to be done on a date:
   * {@code (valueAt(date) − start)/(target − start)}, or, when the target equals the start, the pacing's
   * cumulative share of the span. 0 up to the baseline date and 1 from the target date on; milestones that
   * overshoot the target or fall behind the start can take it outside [0, 1] in between.
   *
   * @param date the date
   * @return the share
   */
  public double shareAt(LocalDate date) {
    double start = points.get(0).value();
    double whole = points.get(points.size() - 1).value() - start;
    if (whole == 0 || !Double.isFinite(whole)) {
      return span.share(date);
    }
    return (valueAt(date) - start) / whole;
  }

  /** The index of the point that starts the date's segment; −1 up to the start, −2 from the target on. */
  private int segment(LocalDate date) {
    if (!date.isAfter(points.get(0).date())) {
      return -1;
    }
    for (int i = 1; i < points.size(); i++) {
      if (date.isBefore(points.get(i).date())) {
        return i - 1;
      }
    }
    return -2;
  }

  /** {@return for example {@code retention: 85 @ 2025-12-31 -> 90 @ 2026-12-31, front-loaded}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(kpi.id()).append(": ");
    for (int i = 0; i < points.size(); i++) {
      sb.append(i == 0 ? "" : " -> ").append(points.get(i));
    }
    return sb.append(", ").append(span.pacing()).toString();
  }
}
