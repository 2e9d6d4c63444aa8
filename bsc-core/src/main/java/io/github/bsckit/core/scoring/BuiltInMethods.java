package io.github.bsckit.core.scoring;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Range;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Thresholds;
import java.util.ArrayList;
import java.util.List;

/**
 * The seven built-in methods. Each works in the oriented frame of {@link ScoringInput} (written {@code o(x)}
 * below; {@code v} is the oriented actual), so none has a case for DECREASE; their public description, with
 * the formulas, is on the constants of {@link ScoringMethods}.
 */
final class BuiltInMethods {
  private BuiltInMethods() {}

  /** On track where a grade reports as 1.0, at risk where it reports green: see {@link ScoringMethods}. */
  static final Thresholds EXPECTED_TO_DATE_THRESHOLDS = Thresholds.of(0.95, 0.65);

  /**
   * How far {@code value} has come from {@code from} towards {@code to}: {@code (value − from)/(to − from)}.
   * When {@code to} is no better than {@code from} there is no way to go (a "maintain" KPI, or nothing
   * expected yet), so being at or better than {@code to} scores 1 and anything worse 0; this is also what
   * keeps baseline == target from dividing by zero.
   */
  static double fraction(double value, double from, double to) {
    if (to > from) {
      // Halves first: differences of values near the largest double would overflow, halves cannot.
      double share = (value / 2 - from / 2) / (to / 2 - from / 2);
      if (!Double.isNaN(share)) {
        return share;
      }
    }
    return value >= to ? 1 : 0;
  }

  /**
   * What the built-ins share: a name, default thresholds, and the parameters they require or accept; a
   * method adds its own checks in {@link #checkMore}.
   */
  abstract static class BuiltIn implements ScoringMethod {
    private final String name;
    private final Thresholds thresholds;
    private final List<String> required;
    private final List<String> optional;

    BuiltIn(String name, Thresholds thresholds, List<String> required, List<String> optional) {
      this.name = name;
      this.thresholds = thresholds;
      this.required = required;
      this.optional = optional;
    }

    @Override
    public Thresholds defaultThresholds() {
      return thresholds;
    }

    @Override
    public final List<Problem> check(ScoringSpec spec, Kpi kpi) {
      List<Problem> problems = parameters(spec, required, optional);
      checkMore(spec, kpi, problems);
      return problems;
    }

    /** Adds the method's own problems once the parameters are known to be the right ones. */
    void checkMore(ScoringSpec spec, Kpi kpi, List<Problem> problems) {}

    @Override
    public String toString() {
      return name;
    }
  }

  /** Progress from baseline to target: {@code (v − o(b))/(o(t) − o(b))}. */
  static final class Progress extends BuiltIn {
    Progress() {
      super("progress", DEFAULT_THRESHOLDS, List.of(), List.of());
    }

    @Override
    public double score(ScoringInput in) {
      return fraction(in.value(), in.baseline(), in.target());
    }
  }

  /** Performance between bounds: {@code (v − lo)/(hi − lo)}, {@code lo, hi} the worse and better of {@code o(min), o(max)}. */
  static final class Performance extends BuiltIn {
    Performance() {
      super("performance", DEFAULT_THRESHOLDS, List.of("max", "min"), List.of());
    }

    @Override
    public double score(ScoringInput in) {
      double a = in.orient(in.parameter("min"));
      double b = in.orient(in.parameter("max"));
      return fraction(in.value(), Math.min(a, b), Math.max(a, b));
    }

    @Override
    void checkMore(ScoringSpec spec, Kpi kpi, List<Problem> problems) {
      if (problems.isEmpty() && !(spec.parameter("min").getAsDouble() < spec.parameter("max").getAsDouble())) {
        problems.add(Problem.at("parameters.max", "must be above min (" + Numbers.plain(spec.parameter("min")
            .getAsDouble()) + ") but was " + Numbers.plain(spec.parameter("max").getAsDouble())));
      }
    }
  }

  /** Goal and red flag: {@code (1 + (v − o(redFlag))/(o(goal) − o(redFlag)))/3}. */
  static final class GoalRedFlag extends BuiltIn {
    GoalRedFlag() {
      super("goal-red-flag", Thresholds.of(2.0 / 3, 1.0 / 3), List.of("goal", "redFlag"), List.of());
    }

    @Override
    public double score(ScoringInput in) {
      double goal = in.orient(in.parameter("goal"));
      double redFlag = in.orient(in.parameter("redFlag"));
      return (1 + fraction(in.value(), redFlag, goal)) / 3;
    }

    @Override
    void checkMore(ScoringSpec spec, Kpi kpi, List<Problem> problems) {
      if (problems.isEmpty()) {
        Orientation o = Orientation.of(kpi);
        double goal = spec.parameter("goal").getAsDouble();
        double redFlag = spec.parameter("redFlag").getAsDouble();
        if (!(o.apply(goal) > o.apply(redFlag))) {
          String better = switch (kpi.direction()) {
            case INCREASE -> "above";
            case DECREASE -> "below";
            case RANGE -> "closer to the band " + kpi.range().orElseThrow() + " than";
          };
          problems.add(Problem.at("parameters.goal", "must be " + better + " redFlag (" + Numbers.plain(redFlag)
              + ") for KPI " + kpi.id() + ", whose direction is " + kpi.direction().key()
              + ", but was " + Numbers.plain(goal)));
        }
      }
    }
  }

  /** Progress against the plan: {@code (v − o(b))/(o(e) − o(b))}, {@code e} the expected value at the as-of date. */
  static final class ExpectedToDate extends BuiltIn {
    ExpectedToDate() {
      super("expected-to-date", EXPECTED_TO_DATE_THRESHOLDS, List.of(), List.of());
    }

    @Override
    public double score(ScoringInput in) {
      return fraction(in.value(), in.baseline(), in.expected());
    }
  }

  /** Target reached or not: {@code v ≥ o(t) ? 1 : 0}. */
  static final class Binary extends BuiltIn {
    Binary() {
      super("binary", Thresholds.of(1, 1), List.of(), List.of());
    }

    @Override
    public double score(ScoringInput in) {
      return in.value() >= in.target() ? 1 : 0;
    }
  }

  /**
   * Inside the band: {@code 1 − shortfall/tolerance}, 1 inside, 0 beyond the tolerance; the shortfall is the
   * distance to the band, or, for a RANGE KPI that starts outside its band and is not yet due, how much farther
   * out than its expected path allows by the as-of date (so a band exactly on its plan is on track). A floor or a ceiling is
   * a band open on one side, whose distance is the shortfall {@code max(0, f − v)}, {@code f} the floor in force:
   * {@code o(t)}, or, for a floor not yet met at baseline and not yet due, the lower value its expected path asks
   * for by the as-of date (so a floor exactly on its plan is on track).
   */
  static final class InRange extends BuiltIn {
    InRange() {
      super("range", DEFAULT_THRESHOLDS, List.of(), List.of("tolerance"));
    }

    @Override
    public double score(ScoringInput in) {
      Kpi kpi = in.kpi();
      if (kpi.direction() != Direction.RANGE && kpi.isOneSided()) {
        double tolerance = in.spec().parameter("tolerance").orElse(0);
        double shortfall = Math.max(0, floorInForce(in) - in.value());
        return tolerance > 0 ? 1 - shortfall / tolerance : shortfall == 0 ? 1 : 0;
      }
      Range band = kpi.range().orElseThrow(() -> new NotScorableException("range needs a RANGE KPI or a floor or"
          + " a ceiling, but KPI " + kpi.id() + " is neither"));
      double tolerance = in.spec().parameter("tolerance").orElse(band.high() - band.low());
      // Oriented values are minus the distance to the band: the shortfall is how much farther out than allowed.
      double shortfall = Math.max(0, bandInForce(in) - in.value());
      return tolerance > 0 ? 1 - shortfall / tolerance : shortfall == 0 ? 1 : 0;
    }

    /**
     * How far outside the band (oriented: minus the distance) a RANGE KPI may be on the as-of date: 0, the band
     * itself, or, while a KPI that starts outside its band is still on its way in, the distance its expected path
     * still allows by now. A KPI without a baseline or a target has no path and is judged against the band.
     */
    private static double bandInForce(ScoringInput in) {
      if (in.kpi().baseline().isEmpty() || in.kpi().target().isEmpty()) {
        return 0;
      }
      return Math.min(0, in.expected());
    }

    /**
     * The floor (oriented) that holds on the as-of date: the target, or, while a floor not met at baseline is still
     * on its way there, the lower value its expected path asks for by now. A floor already met at baseline keeps
     * its target from the start; a KPI with no baseline has no path and is judged against its target.
     */
    private static double floorInForce(ScoringInput in) {
      if (in.kpi().baseline().isEmpty()) {
        return in.target();
      }
      return Math.min(in.target(), in.expected());
    }

    @Override
    void checkMore(ScoringSpec spec, Kpi kpi, List<Problem> problems) {
      if (kpi.direction() != Direction.RANGE && !kpi.isOneSided()) {
        problems.add(Problem.at("method", "range scores RANGE KPIs and floors and ceilings (targets atLeast or"
            + " atMost) only, but KPI " + kpi.id() + "'s direction is " + kpi.direction().key()
            + " and its target is one to reach"));
      }
      spec.parameter("tolerance").ifPresent(t -> {
        if (t < 0) {
          problems.add(Problem.at("parameters.tolerance", "must be >= 0 but was " + Numbers.plain(t)));
        }
      });
    }
  }

  /**
   * A milestone: 1 once done ({@code v ≥ o(t)}); not done, 1 before its due date (the target date), where not
   * being done yet is exactly what its plan expects, and 0 from the due date on.
   */
  static final class Milestone extends BuiltIn {
    Milestone() {
      super("milestone", Thresholds.of(1, 1), List.of(), List.of());
    }

    @Override
    public double score(ScoringInput in) {
      if (in.value() >= in.target()) {
        return 1;
      }
      return in.asOf().isBefore(in.kpi().target().orElseThrow().date()) ? 1 : 0;
    }

    @Override
    void checkMore(ScoringSpec spec, Kpi kpi, List<Problem> problems) {
      if (!kpi.scale().isMilestone()) {
        problems.add(Problem.at("method", "milestone scores milestone KPIs (scale: milestone) only, but KPI "
            + kpi.id() + "'s scale is " + kpi.scale()));
      }
    }
  }

  /** Reports required parameters that are missing and parameters the method does not know. */
  static List<Problem> parameters(ScoringSpec spec, List<String> required, List<String> optional) {
    List<Problem> problems = new ArrayList<>();
    for (String name : required) {
      if (spec.parameter(name).isEmpty()) {
        problems.add(Problem.at("parameters." + name, spec.method() + " needs parameter " + name
            + " but it is not set"));
      }
    }
    for (String name : spec.parameters().keySet()) {
      if (!required.contains(name) && !optional.contains(name)) {
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        problems.add(Problem.at("parameters." + name, spec.method() + (known.isEmpty() ? " takes no parameters"
            : " takes only " + String.join(", ", known)) + ", but " + name + " is set"));
      }
    }
    return problems;
  }
}
