package io.github.bsckit.okr.grading;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.plan.ExpectedPath;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.OkrObjective;
import io.github.bsckit.okr.plan.OkrPlan;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * Grades key results and objectives on Google's 0.0–1.0 scale.
 *
 * <ul>
 *   <li>INCREASE and REDUCE: {@code (current − start)/(target − start)}, clamped to [0, 1], so going the wrong
 *       way scores 0 and overshooting scores 1.
 *   <li>DELIVER: the quarter's amount so far over its target amount, clamped to [0, 1]; a target of 0 is met.
 *   <li>KEEP_AT_LEAST, KEEP_AT_MOST, KEEP_BETWEEN and LIMIT have no distance to travel: 1.0 when the value (at the
 *       key result's precision) is on the right side, else 0.0.
 *   <li>COMPLETE: 1.0 once the milestone is done, else 0.0.
 *   <li>An objective: the mean of its key results' unrounded scores weighted by their KPIs' weights (plainly
 *       averaged when those weights are all zero), leaving out key results without data.
 * </ul>
 *
 * <p>From actuals, a key result is graded on measurements in its own quarter, from its first day up to the
 * earlier of its due date and the as-of date: a level key result on the latest one, an amount (DELIVER,
 * LIMIT) on their sum. Without such a measurement it has no grade. Stateless and thread-safe.
 */
public final class OkrGrader {
  private OkrGrader() {}

  /**
   * Grades a key result on a value.
   *
   * @param keyResult the key result
   * @param current the latest level, or for DELIVER and LIMIT the quarter's amount so far; finite
   * @return the grade
   * @throws io.github.bsckit.core.ValidationException if {@code current} is not finite
   */
  public static KeyResultGrade grade(KeyResult keyResult, double current) {
    Objects.requireNonNull(keyResult, "keyResult");
    if (!Double.isFinite(current)) {
      throw Checks.invalid("current", "must be a finite number but was " + current);
    }
    return new KeyResultGrade(keyResult, current, Grade.of(score(keyResult, BigDecimal.valueOf(current))));
  }

  /**
   * Grades a key result on the actuals of its quarter.
   *
   * @param keyResult the key result
   * @param actuals the KPI actuals, check-ins included
   * @param asOf the as-of date; later actuals are ignored
   * @return the grade, or empty when the quarter has no actual up to {@code asOf}
   */
  public static Optional<KeyResultGrade> grade(KeyResult keyResult, Actuals actuals, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(asOf, "asOf");
    LocalDate until = asOf.isBefore(keyResult.due()) ? asOf : keyResult.due();
    if (until.isBefore(keyResult.from())) {
      return Optional.empty();
    }
    NavigableMap<LocalDate, Double> inQuarter = actuals.series(keyResult.kpi())
        .subMap(keyResult.from(), true, until, true);
    if (inQuarter.isEmpty()) {
      return Optional.empty();
    }
    if (!keyResult.type().isAmount()) {
      return Optional.of(grade(keyResult, inQuarter.lastEntry().getValue()));
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (double v : inQuarter.values()) {
      sum = sum.add(BigDecimal.valueOf(v));
    }
    return Optional.of(new KeyResultGrade(keyResult, sum.doubleValue(), Grade.of(score(keyResult, sum))));
  }

  /**
   * Grades a quarterly objective on the actuals of its quarter.
   *
   * @param objective the quarterly objective
   * @param actuals the KPI actuals, check-ins included
   * @param asOf the as-of date
   * @return the objective's grade, with the grades of its key results that have data
   */
  public static ObjectiveGrade grade(OkrObjective objective, Actuals actuals, LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    List<KeyResultGrade> graded = new ArrayList<>();
    for (KeyResult kr : objective.keyResults()) {
      grade(kr, actuals, asOf).ifPresent(graded::add);
    }
    return new ObjectiveGrade(objective, mean(graded), graded);
  }

  /**
   * Grades every objective of one quarter of a plan.
   *
   * @param plan the plan
   * @param quarter the fiscal quarter
   * @param actuals the KPI actuals, check-ins included
   * @param asOf the as-of date
   * @return one grade per objective of the quarter, in the plan's order; empty when the quarter has none
   */
  public static List<ObjectiveGrade> grade(OkrPlan plan, FiscalQuarter quarter, Actuals actuals, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    return plan.objectives(quarter).stream().map(o -> grade(o, actuals, asOf)).toList();
  }

  /**
   * Grades a key result on a date before its quarter ends as part of its KPI's plan: how far the KPI has come
   * since the quarter opened, over how far its expected path says it should have come by then. Where
   * {@link #grade(KeyResult, Actuals, LocalDate)} asks "how much of the quarter's key result is done?", this asks
   * "is it where the plan says it should be today?", so a KPI exactly on its path grades 1.0 on every day of the
   * quarter, not only at its end. On and after the key result's due date it judges the KPI against the target
   * of the quarter, as the plain grade does.
   *
   * <p>In the frame where higher is better ({@code o(x) = −x} for a KPI that should fall): with {@code v} the
   * KPI's latest actual on or before the date (for a FLOW KPI the running total of its actuals after the
   * baseline date, as the scorer counts it), {@code l} the path's value on the day before the quarter opens and
   * {@code e} its value on the date, the grade is {@code (o(v) − o(l))/(o(e) − o(l))}, clamped to [0, 1]; when the
   * path expects no progress since the quarter opened it is 1 at or better than {@code e}, else 0. Its
   * {@linkplain Grade#status() status} is never better than the KPI's expected-to-date score status under the
   * same thresholds, as long as the path runs from the baseline towards the target without turning back.
   *
   * @param keyResult the key result of the quarter holding {@code asOf}
   * @param path the expected path of the key result's KPI (the one the plan was made on)
   * @param actuals the KPI actuals
   * @param asOf the date, in the key result's quarter
   * @return the grade to date; empty when there is no actual on or before the date, the date lies before the
   *     quarter, or the KPI is a RANGE KPI (whose key results keep a band and have no path to follow)
   * @throws io.github.bsckit.core.ValidationException if the path is of another KPI than the key result's
   */
  public static Optional<Grade> gradeToDate(KeyResult keyResult, ExpectedPath path, Actuals actuals,
      LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(asOf, "asOf");
    Kpi kpi = path.kpi();
    if (!kpi.id().equals(keyResult.kpi())) {
      throw Checks.invalid("path", "is the path of KPI " + kpi.id() + ", not of the key result's KPI "
          + keyResult.kpi());
    }
    if (kpi.direction() == Direction.RANGE || asOf.isBefore(keyResult.from())) {
      return Optional.empty();
    }
    LocalDate on = asOf.isAfter(keyResult.due()) ? keyResult.due() : asOf;
    Optional<Double> value = current(kpi, actuals, on);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    double sign = kpi.direction() == Direction.DECREASE ? -1 : 1;
    double v = sign * value.get();
    double l = sign * path.valueAt(keyResult.from().minusDays(1));
    double e = sign * path.valueAt(on);
    double g = e > l ? (v - l) / (e - l) : v >= e ? 1 : 0;
    return Optional.of(Grade.of(Double.isNaN(g) ? 0 : Math.max(0, Math.min(1, g))));
  }

  /** The KPI's latest level on or before a date, or a FLOW's running total after its baseline date. */
  private static Optional<Double> current(Kpi kpi, Actuals actuals, LocalDate on) {
    Optional<DatedValue> latest = actuals.latest(kpi.id(), on);
    if (kpi.kind() != KpiKind.FLOW || latest.isEmpty()) {
      return latest.map(DatedValue::value);
    }
    double total = 0;
    for (DatedValue v : actuals.upTo(kpi.id(), on)) {
      if (kpi.baseline().isEmpty() || v.date().isAfter(kpi.baseline().get().date())) {
        total += v.value();
      }
    }
    return Optional.of(total);
  }

  private static Optional<Grade> mean(List<KeyResultGrade> graded) {
    if (graded.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal weights = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    for (KeyResultGrade g : graded) {
      BigDecimal w = BigDecimal.valueOf(g.keyResult().weight());
      weights = weights.add(w);
      weighted = weighted.add(w.multiply(BigDecimal.valueOf(g.grade().score())));
    }
    if (weights.signum() == 0) {
      weights = BigDecimal.valueOf(graded.size());
      weighted = BigDecimal.ZERO;
      for (KeyResultGrade g : graded) {
        weighted = weighted.add(BigDecimal.valueOf(g.grade().score()));
      }
    }
    return Optional.of(Grade.of(weighted.divide(weights, MathContext.DECIMAL64).doubleValue()));
  }

  /** Exact decimals, so that a score of exactly 0.35 reports as 0.4 and not as 0.3. */
  private static double score(KeyResult kr, BigDecimal current) {
    BigDecimal start = BigDecimal.valueOf(kr.start());
    BigDecimal target = BigDecimal.valueOf(kr.target());
    BigDecimal atPrecision = current.setScale(kr.precision(), RoundingMode.HALF_UP);
    return switch (kr.type()) {
      case INCREASE, REDUCE -> progress(current.subtract(start), target.subtract(start));
      case DELIVER -> target.signum() == 0 ? 1 : progress(current, target);
      case KEEP_AT_LEAST -> atPrecision.compareTo(target) >= 0 ? 1 : 0;
      case KEEP_AT_MOST, LIMIT -> atPrecision.compareTo(target) <= 0 ? 1 : 0;
      case KEEP_BETWEEN -> atPrecision.compareTo(start) >= 0 && atPrecision.compareTo(target) <= 0 ? 1 : 0;
      case COMPLETE -> current.compareTo(target) >= 0 ? 1 : 0;
    };
  }

  private static double progress(BigDecimal done, BigDecimal whole) {
    double p = done.divide(whole, MathContext.DECIMAL64).doubleValue();
    return Math.max(0, Math.min(1, p));
  }
}
