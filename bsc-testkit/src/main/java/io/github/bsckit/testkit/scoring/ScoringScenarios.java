package io.github.bsckit.testkit.scoring;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generators for the laws of scoring: KPI set-ups and whole scorecards with actuals and an as-of date. They
 * reach the edges a scorer must survive: FLOW as well as LEVEL KPIs, RANGE KPIs with and without a tolerance,
 * every built-in method, KPIs without a baseline or a target, weights from 0 and 1e-9 to 1e6 (the largest the
 * model takes), targets up to four years out, readings and as-of dates from two years before the baseline to
 * three years after it, every roll-up, and scorecards without objectives, KPIs or actuals.
 *
 * <pre>{@code
 * qt().forAll(gen(ScoringScenarios.any())).checkAssert(s -> {
 *   ScoreReport report = Scorer.defaults().score(s.scorecard(), s.actuals(), s.asOf());
 *   report.nodes().forEach(n -> n.score().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0)));
 * });
 * }</pre>
 *
 * <p>Values are whole and half numbers so that ties, and baselines equal to targets, happen; the simplest
 * choices are zero, the baseline date and the first alternative (see {@link Source}).
 */
public final class ScoringScenarios {
  /** The date of every generated baseline, and the day readings are counted from. */
  public static final LocalDate BASELINE_DATE = LocalDate.of(2026, 1, 1);
  /** The date of a {@link KpiSetup}'s milestone. */
  public static final LocalDate MILESTONE_DATE = LocalDate.of(2026, 7, 1);
  /** The date of a {@link KpiSetup}'s target; a scenario's targets lie 0 to 3 years after it. */
  public static final LocalDate TARGET_DATE = LocalDate.of(2026, 12, 31);
  /** The built-in scoring methods for a KPI that increases or decreases, simplest first. */
  public static final List<String> METHODS = List.of("progress", "performance", "goal-red-flag", "expected-to-date",
      "binary");
  /** How far back of the baseline readings and as-of dates go, in days. */
  private static final int DAYS_BEFORE = 730;
  /** How far past the baseline readings and as-of dates go, in days. */
  private static final int DAYS_AFTER = 1095;
  private static final List<Double> KPI_WEIGHTS = List.of(1.0, 0.0, 0.5, 1.0, 2.0, 3.0, 7.5, 1e-9, 1000.0, 1e6);
  private static final List<Double> OBJECTIVE_WEIGHTS = List.of(1.0, 0.0, 1.0, 2.0, 1e-9, 50.0, 1e6);
  private static final List<String> PERSPECTIVES = List.of("financial", "customer", "internal-process",
      "learning-growth");

  private ScoringScenarios() {}

  /** {@return a generator of values from -200 to 200 in steps of 0.5; zero is the simplest, then ±0.5, ±1, …} */
  public static Generator<Double> values() {
    return source -> value(source);
  }

  /**
   * {@return a generator of as-of dates from two years before {@link #BASELINE_DATE} to three years after it;
   * the baseline date is the simplest}
   */
  public static Generator<LocalDate> asOfDates() {
    return source -> BASELINE_DATE.plusDays(day(source));
  }

  /**
   * {@return a generator of KPI set-ups: INCREASE or DECREASE, any of {@link #METHODS}, and baseline, target,
   * milestone and parameters from {@link #values()}}
   */
  public static Generator<KpiSetup> kpiSetups() {
    return source -> new KpiSetup(source.between(0, 1) == 0 ? Direction.INCREASE : Direction.DECREASE,
        METHODS.get(source.between(0, METHODS.size() - 1)), value(source), value(source), value(source),
        value(source), value(source));
  }

  /**
   * {@return a generator of scoring scenarios} A scorecard has 0 to 6 objectives in the classic perspectives,
   * weighted from 0 to 1e6, with 0 to 4 KPIs each. A KPI has any direction and kind; a baseline on
   * {@link #BASELINE_DATE} and a target 0 to 3 years after {@link #TARGET_DATE}, each three times in four; a
   * method of {@link #METHODS} (a RANGE KPI the "range" method with a tolerance two times in five); a weight
   * from 0 to 1e6; and 0 to 6 readings from {@link #values()}, dated like {@link #asOfDates()}. The scorecard
   * rolls up by any {@link RollUp}; its actuals are empty half of the time.
   */
  public static Generator<ScoringScenario> any() {
    return source -> {
      Scorecard.Builder card = Scorecard.builder("Generated").scoring(ScoringPolicy.DEFAULT.withRollUp(
          RollUp.values()[source.between(0, RollUp.values().length - 1)]));
      Actuals.Builder actuals = Actuals.builder();
      int objectives = source.between(0, 6);
      for (int i = 0; i < objectives; i++) {
        String objective = "O" + i;
        String perspective = PERSPECTIVES.get(source.between(0, PERSPECTIVES.size() - 1));
        double weight = OBJECTIVE_WEIGHTS.get(source.between(0, OBJECTIVE_WEIGHTS.size() - 1));
        List<Kpi> kpis = new ArrayList<>();
        for (int j = source.between(0, 4) - 1; j >= 0; j--) {
          Kpi kpi = kpi(source, "k" + i + "-" + kpis.size());
          kpis.add(kpi);
          Map<Integer, Double> byDay = new TreeMap<>();
          for (int r = source.between(0, 6); r > 0; r--) {
            byDay.put(day(source), value(source));
          }
          byDay.forEach((day, value) -> actuals.add(kpi.id(), BASELINE_DATE.plusDays(day), value));
        }
        card.objective(objective, "Objective " + i, perspective, o -> {
          o.weight(weight);
          kpis.forEach(o::kpi);
        });
      }
      LocalDate asOf = BASELINE_DATE.plusDays(day(source));
      return new ScoringScenario(card.build(), source.chance(50) ? actuals.build() : Actuals.empty(), asOf);
    };
  }

  /** One KPI of a scenario. */
  private static Kpi kpi(Source source, String id) {
    Direction direction = Direction.values()[source.between(0, Direction.values().length - 1)];
    KpiKind kind = source.chance(50) ? KpiKind.FLOW : KpiKind.LEVEL;
    double a = value(source);
    double b = value(source);
    boolean hasBaseline = !source.chance(25);
    boolean hasTarget = !source.chance(25);
    int method = source.between(0, METHODS.size() - 1);
    double weight = KPI_WEIGHTS.get(source.between(0, KPI_WEIGHTS.size() - 1));
    int years = source.between(0, 3);
    Kpi.Builder kb = Kpi.builder(id, "KPI " + id).weight(weight).kind(kind);
    if (direction == Direction.RANGE) {
      kb.range(Math.min(a, b), Math.max(a, b));
      if (method % 2 == 1) {
        kb.scoring(ScoringSpec.of("range").withParameter("tolerance", Math.abs(a) / 4));
      }
    } else {
      kb.direction(direction);
      if (method > 0) { // "progress" is the scorecard's default: no spec of its own
        kb.scoring(KpiSetup.spec(METHODS.get(method), direction, a, b));
      }
    }
    if (hasBaseline) {
      kb.baseline(a, BASELINE_DATE);
    }
    if (hasTarget) {
      kb.target(b, TARGET_DATE.plusYears(years));
    }
    return kb.build();
  }

  /** {@return -200 to 200 in steps of 0.5: 0, 0.5, -0.5, 1, -1, … for choices 0, 1, 2, …} */
  private static double value(Source source) {
    int choice = source.between(0, 800);
    return ((choice & 1) == 1 ? (choice + 1) / 2 : -(choice / 2)) / 2.0;
  }

  /** {@return a day from -730 to 1095 relative to the baseline: 0 to 1095 first, then -1 to -730} */
  private static int day(Source source) {
    int choice = source.between(0, DAYS_BEFORE + DAYS_AFTER);
    return choice <= DAYS_AFTER ? choice : DAYS_AFTER - choice;
  }
}
