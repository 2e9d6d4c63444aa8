package io.github.bsckit.testkit.scoring;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.ScoringSpec;
import java.util.Map;
import java.util.Objects;

/**
 * One KPI with everything a built-in scoring method can need: a direction that is not RANGE, a baseline on
 * {@link ScoringScenarios#BASELINE_DATE}, a milestone on {@link ScoringScenarios#MILESTONE_DATE}, a target on
 * {@link ScoringScenarios#TARGET_DATE}, and a method of {@link ScoringScenarios#METHODS} whose parameters come
 * from {@code p1} and {@code p2}. Besides the KPI itself it makes the two transformations scoring laws compare
 * it with: its {@linkplain #mirrored() mirror image} and its {@linkplain #swapped() swapped} twin.
 *
 * <pre>{@code
 * KpiSetup k = Samples.one(ScoringScenarios.kpiSetups(), 2026, 0);
 * // a KPI scores v as its mirror image scores -v
 * }</pre>
 *
 * @param direction INCREASE or DECREASE
 * @param method one of {@link ScoringScenarios#METHODS}
 * @param baseline the baseline value
 * @param target the target value
 * @param milestone the milestone value
 * @param p1 one end of the method's parameters: {@code min} or {@code max} of "performance", {@code goal} or
 *     {@code redFlag} of "goal-red-flag"; ignored by the other methods
 * @param p2 the other end; equal ends are moved half a unit apart
 */
public record KpiSetup(Direction direction, String method, double baseline, double target, double milestone,
    double p1, double p2) {
  /**
   * Checks the parts.
   *
   * @param direction INCREASE or DECREASE
   * @param method one of {@link ScoringScenarios#METHODS}
   * @param baseline the baseline value, finite
   * @param target the target value, finite
   * @param milestone the milestone value, finite
   * @param p1 one end of the method's parameters, finite
   * @param p2 the other end, finite
   * @throws io.github.bsckit.core.ValidationException if the direction is RANGE, the method unknown or a value
   *     not finite
   */
  public KpiSetup {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(method, "method");
    Checks.require(direction != Direction.RANGE, "direction", "must be INCREASE or DECREASE but was RANGE");
    Checks.require(ScoringScenarios.METHODS.contains(method), "method",
        "must be one of " + ScoringScenarios.METHODS + " but was \"" + method + "\"");
    Checks.requireFinite("baseline", baseline);
    Checks.requireFinite("target", target);
    Checks.requireFinite("milestone", milestone);
    Checks.requireFinite("p1", p1);
    Checks.requireFinite("p2", p2);
  }

  /** {@return the KPI, with id "k"} */
  public Kpi kpi() {
    return build(direction, baseline, target, milestone, p1, p2);
  }

  /**
   * {@return the same KPI seen in a mirror: the direction reversed and every point of its scale negated, the
   * baseline, target, milestone and the method's parameters} It scores {@code -v} as {@link #kpi()} scores
   * {@code v}.
   */
  public Kpi mirrored() {
    return build(direction.mirror(), -baseline, -target, -milestone, -p1, -p2);
  }

  /** {@return the same KPI with the direction reversed and the baseline and target swapped} */
  public Kpi swapped() {
    return build(direction.mirror(), target, baseline, milestone, p1, p2);
  }

  private Kpi build(Direction d, double b, double t, double m, double q1, double q2) {
    return Kpi.builder("k", "A KPI").direction(d).baseline(b, ScoringScenarios.BASELINE_DATE)
        .milestone(m, ScoringScenarios.MILESTONE_DATE).target(t, ScoringScenarios.TARGET_DATE)
        .scoring(spec(method, d, q1, q2)).build();
  }

  /**
   * The method with parameters from two numbers: "performance" from the lower to the higher, "goal-red-flag"
   * with its goal on the better side for the direction; the other methods take none.
   */
  static ScoringSpec spec(String method, Direction d, double q1, double q2) {
    double[] bounds = bounds(q1, q2);
    boolean inc = d == Direction.INCREASE;
    return switch (method) {
      case "performance" -> ScoringSpec.of(method, Map.of("min", bounds[0], "max", bounds[1]));
      case "goal-red-flag" -> ScoringSpec.of(method, Map.of("goal", bounds[inc ? 1 : 0], "redFlag",
          bounds[inc ? 0 : 1]));
      default -> ScoringSpec.of(method);
    };
  }

  /** Two distinct bounds, low first; equal numbers move half a unit apart, symmetrically so mirrors stay mirrors. */
  static double[] bounds(double p, double q) {
    return p == q ? new double[] {p - 0.5, p + 0.5} : new double[] {Math.min(p, q), Math.max(p, q)};
  }
}
