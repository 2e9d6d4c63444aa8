package io.github.bsckit.testkit.quicktheories;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.bsckit.core.formula.Formula;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.scoring.ScoreHistory;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.core.scoring.Trend;
import io.github.bsckit.core.scoring.TrendDirection;
import io.github.bsckit.testkit.scoring.KpiSetup;
import io.github.bsckit.testkit.scoring.ScoringScenario;
import io.github.bsckit.testkit.scoring.ScoringScenarios;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws every scoring obeys, on bsc-testkit's scoring scenarios: scores in [0, 1], monotone in the actual,
 * symmetric under mirroring, rolled up as a mean when weights are equal, blind to actuals after the as-of date;
 * a history equal to scoring each period afresh; an objective with one KPI trending as it does; a formula naming
 * one KPI scoring like it.
 */
class ScoringLawsTest {
  private static final Gen<ScoringScenario> SCENARIOS = gen(ScoringScenarios.any());
  private static final Gen<KpiSetup> SETUPS = gen(ScoringScenarios.kpiSetups());
  private static final Gen<Double> VALUES = gen(ScoringScenarios.values());
  private static final Gen<LocalDate> AS_OF = gen(ScoringScenarios.asOfDates());
  private static final int EXAMPLES = 300;

  @Test
  void everyScoreIsBetweenZeroAndOne() {
    qt().withExamples(EXAMPLES).forAll(SCENARIOS).checkAssert(c -> {
      ScoreReport report = Scorer.defaults().score(c.scorecard(), c.actuals(), c.asOf());
      for (ScoreNode node : report.nodes()) {
        node.score().ifPresent(s -> assertThat(s).as(node.toString()).isBetween(0.0, 1.0));
        assertThat(node.coverage()).as(node.toString()).isBetween(0.0, 1.0);
        assertThat(node.overshoot()).as(node.toString()).isGreaterThanOrEqualTo(0.0).isFinite();
        assertThat(node.status() == Status.NO_DATA).as(node.toString()).isEqualTo(node.score().isEmpty());
      }
    });
  }

  @Test
  void aHigherActualNeverLowersTheScoreOfAnIncreaseKpi() {
    qt().withExamples(EXAMPLES).forAll(setups(Direction.INCREASE), VALUES, VALUES, AS_OF).checkAssert((c, a, b, asOf) ->
        assertThat(score(c.kpi(), Math.max(a, b), asOf)).as(c.toString())
            .isGreaterThanOrEqualTo(score(c.kpi(), Math.min(a, b), asOf)));
  }

  @Test
  void aHigherActualNeverRaisesTheScoreOfADecreaseKpi() {
    qt().withExamples(EXAMPLES).forAll(setups(Direction.DECREASE), VALUES, VALUES, AS_OF).checkAssert((c, a, b, asOf) ->
        assertThat(score(c.kpi(), Math.max(a, b), asOf)).as(c.toString())
            .isLessThanOrEqualTo(score(c.kpi(), Math.min(a, b), asOf)));
  }

  @Test
  void reversingTheDirectionAndNegatingEveryPointKeepsTheScore() {
    qt().withExamples(EXAMPLES).forAll(SETUPS, VALUES, AS_OF).checkAssert((c, v, asOf) ->
        assertThat(score(c.mirrored(), -v, asOf)).as(c.toString()).isCloseTo(score(c.kpi(), v, asOf), within(1e-12)));
  }

  @Test
  void swappingDirectionTogetherWithBaselineAndTargetMirrorsTheProgressScore() {
    // Built to fit rather than filtered, so QuickTheories never runs out of examples: an INCREASE KPI whose
    // target lies above its baseline, or a DECREASE KPI whose target lies below.
    Gen<KpiSetup> progress = SETUPS.map(c -> {
      double low = Math.min(c.baseline(), c.target());
      double high = Math.max(c.baseline(), c.target()) + (c.baseline() == c.target() ? 1 : 0);
      boolean increase = c.direction() != Direction.DECREASE;
      return new KpiSetup(increase ? Direction.INCREASE : Direction.DECREASE, "progress", increase ? low : high,
          increase ? high : low, c.milestone(), c.p1(), c.p2());
    });
    qt().withExamples(EXAMPLES).forAll(progress, VALUES, AS_OF)
        .checkAssert((c, v, asOf) -> assertThat(score(c.swapped(), v, asOf)).as(c.toString())
            .isCloseTo(1 - score(c.kpi(), v, asOf), within(1e-12)));
  }

  @Test
  void rollUpOfEqualWeightsIsThePlainMean() {
    Gen<List<Optional<Double>>> actuals = lists().of(gen(ScoringScenarios.values().optional(75))).ofSizeBetween(1, 6);
    Gen<Double> weight = arbitrary().pick(0.25, 1.0, 3.0, 1000.0);
    qt().withExamples(EXAMPLES).forAll(lists().of(SETUPS).ofSize(6), actuals, weight, AS_OF).checkAssert((cases, values, w, asOf) -> {
          Scorecard.Builder card = Scorecard.builder("Equal weights");
          Actuals.Builder measured = Actuals.builder();
          card.objective("O", "Objective", "customer", o -> {
            for (int i = 0; i < values.size(); i++) {
              Kpi k = cases.get(i).kpi();
              Kpi renamed = Kpi.builder("k" + i, "KPI " + i).direction(k.direction()).weight(w)
                  .baseline(k.baseline().orElseThrow().value(), ScoringScenarios.BASELINE_DATE)
                  .target(k.target().orElseThrow().value(), ScoringScenarios.TARGET_DATE)
                  .scoring(k.scoring().orElseThrow()).build();
              o.kpi(renamed);
              values.get(i).ifPresent(v -> measured.add(renamed.id(), asOf, v));
            }
          });
          Scorecard weighted = card.build();
          Scorecard plain = weighted.withScoring(ScoringPolicy.DEFAULT.withRollUp(RollUp.MEAN));
          ScoreReport byWeight = Scorer.defaults().score(weighted, measured.build(), asOf);
          ScoreReport byMean = Scorer.defaults().score(plain, measured.build(), asOf);
          OptionalDouble mean = byWeight.nodes().stream().filter(n -> n.level() == ScoreNode.Level.KPI)
              .flatMapToDouble(n -> n.score().stream()).average();
          OptionalDouble objective = byWeight.objective(weighted.objectives().get(0).id()).orElseThrow().score();
          assertThat(objective.isPresent()).isEqualTo(mean.isPresent());
          mean.ifPresent(m -> {
            assertThat(objective.getAsDouble()).isCloseTo(m, within(1e-12));
            assertThat(byMean.objective(weighted.objectives().get(0).id()).orElseThrow().score().getAsDouble())
                .isCloseTo(m, within(1e-12));
          });
        });
  }

  @Test
  void aScorecardWithoutActualsScoresNoDataEverywhere() {
    qt().withExamples(EXAMPLES).forAll(SCENARIOS).checkAssert(c -> {
      ScoreReport report = Scorer.defaults().score(c.scorecard(), Actuals.empty(), c.asOf());
      assertThat(report.nodes()).allSatisfy(n -> {
        assertThat(n.status()).isEqualTo(Status.NO_DATA);
        assertThat(n.score()).isEmpty();
        assertThat(n.coverage()).isZero();
        assertThat(n.trend().direction()).isEqualTo(TrendDirection.UNKNOWN);
        assertThat(n.note()).isPresent();
      });
    });
  }

  @Test
  void actualsAfterTheAsOfDateChangeNothing() {
    qt().withExamples(EXAMPLES).forAll(SCENARIOS).checkAssert(c -> {
      Actuals upToAsOf = Actuals.empty();
      for (KpiId k : c.actuals().kpis()) {
        for (Map.Entry<LocalDate, Double> e : c.actuals().series(k).headMap(c.asOf(), true).entrySet()) {
          upToAsOf = upToAsOf.with(k, e.getKey(), e.getValue());
        }
      }
      assertThat(Scorer.defaults().score(c.scorecard(), c.actuals(), c.asOf()))
          .isEqualTo(Scorer.defaults().score(c.scorecard(), upToAsOf, c.asOf()));
    });
  }

  @Test
  void historySharesWorkButEqualsScoringEachPeriodEndAfresh() {
    qt().withExamples(60).forAll(SCENARIOS).checkAssert(c -> {
      LocalDate from = c.asOf().minusMonths(7);
      ScoreHistory h = Scorer.defaults().history(c.scorecard(), c.actuals(), from, c.asOf(), PeriodUnit.MONTH);
      List<ScoreReport> afresh = h.reports().stream()
          .map(r -> Scorer.defaults().score(c.scorecard(), c.actuals(), r.asOf())).toList();
      assertThat(h.reports()).isEqualTo(afresh);
    });
  }

  @Test
  void anObjectiveWithOneKpiHasThatKpisTrendForEveryGeneratedScorecard() {
    // UNKNOWN objectives are left out: a KPI without two scores gives its objective no trend, and its own falls
    // back to its values.
    qt().withExamples(300).forAll(SCENARIOS).checkAssert(c -> {
      ScoreReport report = Scorer.defaults().score(c.scorecard(), c.actuals(), c.asOf());
      for (ScoreNode n : report.nodes()) {
        if (n.level() == ScoreNode.Level.OBJECTIVE && n.children().size() == 1
            && n.trend().direction() != TrendDirection.UNKNOWN) {
          Trend kpi = n.children().get(0).trend();
          assertThat(n.trend().direction()).as(n.toString()).isEqualTo(kpi.direction());
          assertThat(n.trend().points()).as(n.toString()).isEqualTo(kpi.points());
        }
      }
    });
  }

  @Test
  void aFormulaNamingOneKpiScoresLikeThatKpi() {
    qt().withExamples(80).forAll(SCENARIOS).checkAssert(c -> {
      List<Objective> objectives = new ArrayList<>();
      for (Objective o : c.scorecard().objectives()) {
        Objective grown = o;
        for (Kpi k : o.kpis()) {
          // Daily periods (one value per day): even a flow whose baseline falls inside a period is the same.
          grown = grown.withKpi(copy(k, "calc-" + k.id().value()));
        }
        objectives.add(grown);
      }
      Scorecard card = c.scorecard().withObjectives(objectives);
      ScoreReport r = Scorer.defaults().score(card, c.actuals(), c.asOf());
      for (Kpi k : c.scorecard().kpis()) {
        ScoreNode original = r.kpi(k.id()).orElseThrow();
        ScoreNode calculated = r.kpi(KpiId.of("calc-" + k.id().value())).orElseThrow();
        assertThat(calculated.status()).as(k.id().value()).isEqualTo(original.status());
        assertThat(calculated.actual()).as(k.id().value()).isEqualTo(original.actual());
        assertThat(calculated.score()).as(k.id().value()).isEqualTo(original.score());
      }
    });
  }

  /** The KPI under another id, calculated by the formula that names the original, measured daily. */
  private static Kpi copy(Kpi k, String id) {
    return new Kpi(KpiId.of(id), k.name(), k.unit(), k.indicator(), k.direction(), k.range(), k.kind(),
        Frequency.DAILY, k.precision(), k.weight(), k.baseline(), k.target(), k.milestones(), k.pacing(),
        k.thresholds(), k.scoring(), k.targetKind(), k.scale(), k.aggregate(), k.emptyPeriods(),
        Optional.of(Formula.parse(k.id().value())));
  }

  private static Gen<KpiSetup> setups(Direction direction) {
    return SETUPS.map(c -> new KpiSetup(direction, c.method(), c.baseline(), c.target(), c.milestone(), c.p1(),
        c.p2()));
  }

  /** Scores one KPI with one actual, dated on the as-of date, through the whole scorer. */
  private static double score(Kpi kpi, double value, LocalDate asOf) {
    Scorecard card = Scorecard.builder("One KPI").objective("O", "Objective", "customer", o -> o.kpi(kpi)).build();
    Actuals actual = Actuals.builder().add(kpi.id(), asOf, value).build();
    ScoreNode node = Scorer.defaults().score(card, actual, asOf).kpi(kpi.id()).orElseThrow();
    return node.score().orElseThrow(() -> new AssertionError("no score: " + node));
  }
}
