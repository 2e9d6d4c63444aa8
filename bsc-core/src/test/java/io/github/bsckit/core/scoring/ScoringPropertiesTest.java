package io.github.bsckit.core.scoring;

import static io.github.bsckit.core.scoring.ScoringGenerators.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.scoring.ScoringGenerators.KpiCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws every scoring must obey, checked on generated KPIs and scorecards. */
class ScoringPropertiesTest {
  private static final int EXAMPLES = 300;

  @Test
  void everyScoreIsBetweenZeroAndOne() {
    qt().withExamples(EXAMPLES).forAll(ScoringGenerators.cases()).checkAssert(c -> {
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
    qt().withExamples(EXAMPLES).forAll(kpiCases(Direction.INCREASE), ScoringGenerators.values(),
        ScoringGenerators.values(), ScoringGenerators.dates()).checkAssert((c, a, b, asOf) ->
        assertThat(score(c.kpi(), Math.max(a, b), asOf)).as(c.toString())
            .isGreaterThanOrEqualTo(score(c.kpi(), Math.min(a, b), asOf)));
  }

  @Test
  void aHigherActualNeverRaisesTheScoreOfADecreaseKpi() {
    qt().withExamples(EXAMPLES).forAll(kpiCases(Direction.DECREASE), ScoringGenerators.values(),
        ScoringGenerators.values(), ScoringGenerators.dates()).checkAssert((c, a, b, asOf) ->
        assertThat(score(c.kpi(), Math.max(a, b), asOf)).as(c.toString())
            .isLessThanOrEqualTo(score(c.kpi(), Math.min(a, b), asOf)));
  }

  @Test
  void reversingTheDirectionAndNegatingEveryPointKeepsTheScore() {
    qt().withExamples(EXAMPLES).forAll(ScoringGenerators.kpiCases(), ScoringGenerators.values(),
        ScoringGenerators.dates()).checkAssert((c, v, asOf) ->
        assertThat(score(c.reflected(), -v, asOf)).as(c.toString()).isCloseTo(score(c.kpi(), v, asOf), within(1e-12)));
  }

  @Test
  void swappingDirectionTogetherWithBaselineAndTargetMirrorsTheProgressScore() {
    // Built to fit rather than filtered, so QuickTheories never runs out of examples: an INCREASE KPI whose
    // target lies above its baseline, or a DECREASE KPI whose target lies below.
    Gen<KpiCase> progress = ScoringGenerators.kpiCases().map(c -> {
      double low = Math.min(c.baseline(), c.target());
      double high = Math.max(c.baseline(), c.target()) + (c.baseline() == c.target() ? 1 : 0);
      boolean increase = c.direction() != Direction.DECREASE;
      return new KpiCase(increase ? Direction.INCREASE : Direction.DECREASE, "progress", increase ? low : high,
          increase ? high : low, c.milestone(), c.p1(), c.p2());
    });
    qt().withExamples(EXAMPLES).forAll(progress, ScoringGenerators.values(), ScoringGenerators.dates())
        .checkAssert((c, v, asOf) -> assertThat(score(c.swapped(), v, asOf)).as(c.toString())
            .isCloseTo(1 - score(c.kpi(), v, asOf), within(1e-12)));
  }

  @Test
  void rollUpOfEqualWeightsIsThePlainMean() {
    Gen<List<Optional<Double>>> actuals = lists().of(ScoringGenerators.values().toOptionals(25)).ofSizeBetween(1, 6);
    Gen<Double> weight = arbitrary().pick(0.25, 1.0, 3.0, 1000.0);
    qt().withExamples(EXAMPLES).forAll(lists().of(ScoringGenerators.kpiCases()).ofSize(6), actuals, weight,
        ScoringGenerators.dates()).checkAssert((cases, values, w, asOf) -> {
          Scorecard.Builder card = Scorecard.builder("Equal weights");
          Actuals.Builder measured = Actuals.builder();
          card.objective("O", "Objective", "customer", o -> {
            for (int i = 0; i < values.size(); i++) {
              Kpi k = cases.get(i).kpi();
              Kpi renamed = Kpi.builder("k" + i, "KPI " + i).direction(k.direction()).weight(w)
                  .baseline(k.baseline().orElseThrow().value(), START).target(k.target().orElseThrow().value(),
                      ScoringGenerators.END).scoring(k.scoring().orElseThrow()).build();
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
    qt().withExamples(EXAMPLES).forAll(ScoringGenerators.cases()).checkAssert(c -> {
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
    qt().withExamples(EXAMPLES).forAll(ScoringGenerators.cases()).checkAssert(c -> {
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

  private static Gen<KpiCase> kpiCases(Direction direction) {
    return ScoringGenerators.kpiCases().map(c -> new KpiCase(direction, c.method(), c.baseline(), c.target(),
        c.milestone(), c.p1(), c.p2()));
  }

  /** Scores one KPI with one actual, dated on the as-of date, through the whole scorer. */
  static double score(Kpi kpi, double value, LocalDate asOf) {
    Scorecard card = Scorecard.builder("One KPI").objective("O", "Objective", "customer", o -> o.kpi(kpi)).build();
    Actuals actual = Actuals.builder().add(kpi.id(), asOf, value).build();
    ScoreNode node = Scorer.defaults().score(card, actual, asOf).kpi(kpi.id()).orElseThrow();
    return node.score().orElseThrow(() -> new AssertionError("no score: " + node));
  }
}
