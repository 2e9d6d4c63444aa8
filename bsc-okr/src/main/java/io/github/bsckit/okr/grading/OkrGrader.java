package io.github.bsckit.okr.grading;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.plan.ExpectedPath;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.scoring.NotScorableException;
import io.github.bsckit.core.scoring.ScoringInput;
import io.github.bsckit.core.scoring.ScoringMethod;
import io.github.bsckit.core.scoring.ScoringMethods;
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
   * Grades a key result on a date in its quarter as part of its KPI's plan: the KPI's score on that date, by
   * the method the scorecard scores it by ({@link ScoringPolicy#methodFor}: by default {@code expected-to-date}
   * against {@code path}, {@code range} for a band, a floor or a ceiling, {@code milestone} for a milestone),
   * capped into [0, 1]. Where {@link #grade(KeyResult, Actuals, LocalDate)} asks "how much of the quarter's key
   * result is done?", this asks "is the KPI where the plan says it should be today?", so a KPI exactly on its
   * path grades 1.0 on every day of the quarter, not only at its end.
   *
   * <p>The grade and the score judge the same actual (for a FLOW KPI the running total of its actuals after the
   * baseline date, as the scorer counts it) against the same expected path on the same date, with the same
   * arithmetic, so they never contradict: the grade's {@linkplain Grade#status(io.github.bsckit.core.model.Thresholds)
   * status} under the KPI's thresholds is the KPI's score status, and the other way round a score status admits
   * only the grades of its band (see {@link Grade}). On and after the key result's due date it judges the KPI
   * on the due date.
   *
   * @param keyResult the key result of the quarter holding {@code asOf}
   * @param path the expected path of the key result's KPI (the one the plan was made on)
   * @param actuals the KPI actuals
   * @param asOf the date, in the key result's quarter
   * @return the grade to date; empty when there is no actual on or before the date, the date lies before the
   *     quarter, or the KPI cannot be scored (the score is then NO_DATA)
   * @throws io.github.bsckit.core.ValidationException if the path is of another KPI than the key result's
   */
  public static Optional<Grade> gradeToDate(KeyResult keyResult, ExpectedPath path, Actuals actuals,
      LocalDate asOf) {
    return gradeToDate(keyResult, path, actuals, asOf, ScoringPolicy.DEFAULT);
  }

  /**
   * Grades a key result on a date in its quarter as {@link #gradeToDate(KeyResult, ExpectedPath, Actuals,
   * LocalDate)} does, by the method a scorecard's own scoring policy scores its KPI by.
   *
   * @param keyResult the key result of the quarter holding {@code asOf}
   * @param path the expected path of the key result's KPI (the one the plan was made on)
   * @param actuals the KPI actuals
   * @param asOf the date, in the key result's quarter
   * @param policy the scorecard's scoring policy, such as {@link io.github.bsckit.core.model.Scorecard#scoring()}
   * @return the grade to date; empty as for the four-argument form, or when the method is not a built-in one
   * @throws io.github.bsckit.core.ValidationException if the path is of another KPI than the key result's
   */
  public static Optional<Grade> gradeToDate(KeyResult keyResult, ExpectedPath path, Actuals actuals,
      LocalDate asOf, ScoringPolicy policy) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    Kpi kpi = path.kpi();
    if (!kpi.id().equals(keyResult.kpi())) {
      throw Checks.invalid("path", "is the path of KPI " + kpi.id() + ", not of the key result's KPI "
          + keyResult.kpi());
    }
    if (asOf.isBefore(keyResult.from())) {
      return Optional.empty();
    }
    LocalDate on = asOf.isAfter(keyResult.due()) ? keyResult.due() : asOf;
    Optional<DatedValue> value = current(kpi, actuals, on);
    ScoringSpec spec = policy.methodFor(kpi);
    Optional<ScoringMethod> method = ScoringMethods.defaults().find(spec.method());
    if (value.isEmpty() || method.isEmpty()) {
      return Optional.empty();
    }
    double raw;
    try {
      raw = method.get().score(ScoringInput.of(path, spec, on, value.get()));
    } catch (NotScorableException e) {
      return Optional.empty();
    }
    // Capped as the scorer caps a method's raw score; NaN cannot come from a built-in on finite numbers.
    return Optional.of(Grade.of(Double.isNaN(raw) ? 0 : Math.max(0, Math.min(1, raw))));
  }

  /**
   * The KPI's latest level on or before a date, or a FLOW's running total after its baseline date dated at its
   * latest actual, as the scorer counts it.
   */
  private static Optional<DatedValue> current(Kpi kpi, Actuals actuals, LocalDate on) {
    Optional<DatedValue> latest = actuals.latest(kpi.id(), on);
    if (kpi.kind() != KpiKind.FLOW || latest.isEmpty()) {
      return latest;
    }
    double total = 0;
    for (DatedValue v : actuals.upTo(kpi.id(), on)) {
      if (kpi.baseline().isEmpty() || v.date().isAfter(kpi.baseline().get().date())) {
        total += v.value();
      }
    }
    return Optional.of(DatedValue.of(total, latest.get().date()));
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
