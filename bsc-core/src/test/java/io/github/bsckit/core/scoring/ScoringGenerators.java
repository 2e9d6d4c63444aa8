package io.github.bsckit.core.scoring;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Small generators for the scoring laws: KPI set-ups and whole scorecards with actuals. They reach the edges
 * scoring must survive: FLOW as well as LEVEL KPIs, weights from 0 and 1e-9 to the largest the model takes, targets up to four years
 * out, and readings and as-of dates from two years before the baseline to three years after it.
 */
final class ScoringGenerators {
  static final LocalDate START = LocalDate.parse("2026-01-01");
  static final LocalDate MID = LocalDate.parse("2026-07-01");
  static final LocalDate END = LocalDate.parse("2026-12-31");
  static final List<String> METHODS = List.of("progress", "performance", "goal-red-flag", "expected-to-date",
      "binary");

  private ScoringGenerators() {}

  /** Values on a KPI's scale, whole and half numbers so that ties and equal baselines and targets happen. */
  static Gen<Double> values() {
    return integers().between(-400, 400).map(i -> i / 2.0);
  }

  /** As-of dates from two years before the baseline to three years after it, not only within its year. */
  static Gen<LocalDate> dates() {
    return integers().between(-730, 1095).map(START::plusDays);
  }

  /**
   * One KPI with a direction that is not RANGE, a baseline, a target, a milestone and a method with valid
   * parameters: everything a built-in method can need.
   */
  record KpiCase(Direction direction, String method, double baseline, double target, double milestone, double p1,
      double p2) {

    Kpi kpi() {
      return build(direction, baseline, target, milestone, p1, p2);
    }

    /** The same KPI seen in a mirror: direction reversed and every point on its scale negated. */
    Kpi reflected() {
      return build(direction.mirror(), -baseline, -target, -milestone, -p1, -p2);
    }

    /** The same KPI with the direction reversed and baseline and target swapped. */
    Kpi swapped() {
      return build(direction.mirror(), target, baseline, milestone, p1, p2);
    }

    private Kpi build(Direction d, double b, double t, double m, double q1, double q2) {
      return Kpi.builder("k", "A KPI").direction(d).baseline(b, START).milestone(m, MID).target(t, END)
          .scoring(spec(d, q1, q2)).build();
    }

    private ScoringSpec spec(Direction d, double q1, double q2) {
      double[] bounds = bounds(q1, q2);
      boolean inc = d == Direction.INCREASE;
      return switch (method) {
        case "performance" -> ScoringSpec.of(method, Map.of("min", bounds[0], "max", bounds[1]));
        case "goal-red-flag" -> ScoringSpec.of(method, Map.of("goal", bounds[inc ? 1 : 0], "redFlag",
            bounds[inc ? 0 : 1]));
        default -> ScoringSpec.of(method);
      };
    }
  }

  static Gen<KpiCase> kpiCases() {
    Gen<Direction> direction = SourceDSL.arbitrary().pick(Direction.INCREASE, Direction.DECREASE);
    Gen<String> method = SourceDSL.arbitrary().pick(METHODS);
    return direction.zip(method, values(), values(), values(), (d, m, b, t, ms) -> new Object[] {d, m, b, t, ms})
        .zip(values(), values(), (a, p1, p2) -> new KpiCase((Direction) a[0], (String) a[1], (Double) a[2],
            (Double) a[3], (Double) a[4], p1, p2));
  }

  /** One reading of a generated KPI: days after {@link #START} and a value. */
  record Reading(int day, double value) {}

  /** A generated KPI of a generated scorecard; {@code method} indexes {@link #METHODS}. */
  record KpiSpec(Direction direction, KpiKind kind, double a, double b, boolean hasBaseline, boolean hasTarget,
      int method, double weight, int years, List<Reading> readings) {}

  record ObjectiveSpec(int perspective, double weight, List<KpiSpec> kpis) {}

  /** A scorecard, actuals for it and an as-of date. */
  record Case(Scorecard scorecard, Actuals actuals, LocalDate asOf) {}

  static Gen<KpiSpec> kpiSpecs() {
    Gen<Direction> direction = SourceDSL.arbitrary().enumValues(Direction.class);
    Gen<Boolean> mostly = SourceDSL.arbitrary().pick(true, true, true, false);
    Gen<KpiKind> kind = SourceDSL.arbitrary().enumValues(KpiKind.class);
    // Weights from nothing through tiny to the largest allowed: sums must neither vanish nor lose the small.
    Gen<Double> weight = SourceDSL.arbitrary().pick(0.0, 0.5, 1.0, 1.0, 2.0, 3.0, 7.5, 1e-9, 1000.0, 1e6);
    // Readings from two years before the baseline to three years after; targets one to four years out.
    Gen<List<Reading>> readings = lists().of(integers().between(-730, 1095).zip(values(), Reading::new))
        .ofSizeBetween(0, 6);
    return direction.zip(kind, values(), values(), mostly, (d, k, a, b, hb) -> new Object[] {d, k, a, b, hb})
        .zip(mostly, integers().between(0, METHODS.size() - 1), weight, (o, ht, m, w) -> new Object[] {o[0], o[1],
            o[2], o[3], o[4], ht, m, w})
        .zip(integers().between(0, 3), readings, (o, y, r) -> new KpiSpec((Direction) o[0], (KpiKind) o[1],
            (Double) o[2], (Double) o[3], (Boolean) o[4], (Boolean) o[5], (Integer) o[6], (Double) o[7], y, r));
  }

  static Gen<Case> cases() {
    Gen<ObjectiveSpec> objective = integers().between(0, 3).zip(
        SourceDSL.arbitrary().pick(0.0, 1.0, 1.0, 2.0, 1e-9, 50.0, 1e6), lists().of(kpiSpecs()).ofSizeBetween(0, 4),
        ObjectiveSpec::new);
    return lists().of(objective).ofSizeBetween(0, 6).zip(SourceDSL.arbitrary().enumValues(RollUp.class), dates(),
        booleans().all(), ScoringGenerators::build);
  }

  private static Case build(List<ObjectiveSpec> objectives, RollUp rollUp, LocalDate asOf, boolean withActuals) {
    Scorecard.Builder card = Scorecard.builder("Generated")
        .scoring(ScoringPolicy.DEFAULT.withRollUp(rollUp));
    Actuals.Builder actuals = Actuals.builder();
    String[] perspectives = {"financial", "customer", "internal-process", "learning-growth"};
    for (int i = 0; i < objectives.size(); i++) {
      ObjectiveSpec o = objectives.get(i);
      int objective = i;
      card.objective("O" + i, "Objective " + i, perspectives[o.perspective()], ob -> {
        ob.weight(o.weight());
        for (int j = 0; j < o.kpis().size(); j++) {
          KpiSpec k = o.kpis().get(j);
          String id = "k" + objective + "-" + j;
          ob.kpi(id, "KPI " + id, kb -> configure(kb, k));
          Map<Integer, Double> byDay = new TreeMap<>();
          k.readings().forEach(r -> byDay.put(r.day(), r.value()));
          byDay.forEach((day, value) -> actuals.add(KpiId.of(id), START.plusDays(day),
              value));
        }
      });
    }
    return new Case(card.build(), withActuals ? actuals.build() : Actuals.empty(), asOf);
  }

  /** Two distinct bounds, low first; equal numbers are moved half a unit apart, symmetrically so mirrors stay mirrors. */
  static double[] bounds(double p, double q) {
    return p == q ? new double[] {p - 0.5, p + 0.5} : new double[] {Math.min(p, q), Math.max(p, q)};
  }

  private static void configure(Kpi.Builder kb, KpiSpec k) {
    double lo = Math.min(k.a(), k.b());
    double hi = Math.max(k.a(), k.b());
    kb.weight(k.weight()).kind(k.kind());
    if (k.direction() == Direction.RANGE) {
      kb.range(lo, hi);
      if (k.method() % 2 == 1) {
        kb.scoring(ScoringSpec.of("range").withParameter("tolerance", Math.abs(k.a()) / 4));
      }
    } else {
      kb.direction(k.direction());
      String method = METHODS.get(k.method());
      double[] bounds = bounds(k.a(), k.b());
      boolean inc = k.direction() == Direction.INCREASE;
      switch (method) {
        case "performance" -> kb.scoring(ScoringSpec.of(method, Map.of("min", bounds[0], "max", bounds[1])));
        case "goal-red-flag" -> kb.scoring(ScoringSpec.of(method, Map.of("goal", bounds[inc ? 1 : 0], "redFlag",
            bounds[inc ? 0 : 1])));
        case "progress" -> { } // the scorecard's default
        default -> kb.scoring(ScoringSpec.of(method));
      }
    }
    if (k.hasBaseline()) {
      kb.baseline(k.a(), START);
    }
    if (k.hasTarget()) {
      kb.target(k.b(), END.plusYears(k.years()));
    }
  }
}
