package io.github.bsckit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Thresholds;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring whole scorecards: method and threshold resolution, roll-up, coverage and configuration errors. */
class ScorerTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");
  /** These tests are about roll-up, thresholds and data: they score by plain progress toward the target. */
  private static final ScoringPolicy PROGRESS = ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("progress"));

  /** Two objectives: C1 with KPIs a (weight 3) and b (weight 1), F1 with KPI c; all progress 0 -> 100. */
  private static Scorecard.Builder twoObjectives() {
    return Scorecard.builder("Acme").scoring(PROGRESS)
        .objective("F1", "Grow revenue", "financial", o -> o
            .kpi("c", "Revenue", k -> k.unit("$").baseline(0, "2026-01-01").target(100, "2026-12-31")))
        .objective("C1", "Keep customers", "customer", o -> o
            .kpi("a", "Retention", k -> k.weight(3).baseline(0, "2026-01-01").target(100, "2026-12-31"))
            .kpi("b", "Satisfaction", k -> k.weight(1).baseline(0, "2026-01-01").target(100, "2026-12-31")));
  }

  private static Actuals actuals(double a, double b, double c) {
    return Actuals.builder().add("a", "2026-06-01", a).add("b", "2026-06-01", b).add("c", "2026-06-01", c).build();
  }

  private static double score(ScoreReport report, String objective) {
    return report.objective(ObjectiveId.of(objective)).orElseThrow().score().getAsDouble();
  }

  @Test
  void weightedMeanUsesTheKpiWeightsAndTheOtherRollUpsIgnoreThem() {
    Actuals actuals = actuals(100, 0, 50);
    Scorecard card = twoObjectives().build();
    assertThat(score(Scorer.defaults().score(card, actuals, AS_OF), "C1")).isCloseTo(0.75, within(1e-12));
    ScoringPolicy policy = PROGRESS;
    assertThat(score(Scorer.defaults().score(card.withScoring(policy.withRollUp(RollUp.MEAN)), actuals, AS_OF), "C1"))
        .isCloseTo(0.5, within(1e-12));
    assertThat(score(Scorer.defaults().score(card.withScoring(policy.withRollUp(RollUp.MIN)), actuals, AS_OF), "C1"))
        .isEqualTo(0.0);
    assertThat(score(Scorer.defaults().score(card.withScoring(policy.withRollUp(RollUp.MAX)), actuals, AS_OF), "C1"))
        .isEqualTo(1.0);
  }

  @Test
  void overshootIsCappedBeforeRollingUpSoOneKpiFarAboveTargetCannotHideAnotherAtZero() {
    Scorecard card = twoObjectives().build().withScoring(PROGRESS.withRollUp(RollUp.MEAN));
    ScoreReport report = Scorer.defaults().score(card, actuals(200, 0, 50), AS_OF);
    ScoreNode a = report.kpi(KpiId.of("a")).orElseThrow();
    assertThat(a.score()).hasValue(1.0);
    assertThat(a.overshoot()).isEqualTo(1.0);
    ScoreNode c1 = report.objective(ObjectiveId.of("C1")).orElseThrow();
    assertThat(c1.score()).hasValue(0.5);
    assertThat(c1.overshoot()).isEqualTo(0.5);
    assertThat(c1.status()).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void kpisWithoutDataAreLeftOutAndLowerTheCoverageAllTheWayUp() {
    Actuals onlyA = Actuals.builder().add("a", "2026-06-01", 80).build();
    ScoreReport report = Scorer.defaults().score(twoObjectives().build(), onlyA, AS_OF);
    ScoreNode c1 = report.objective(ObjectiveId.of("C1")).orElseThrow();
    assertThat(c1.score().getAsDouble()).isCloseTo(0.8, within(1e-12));
    assertThat(c1.coverage()).isEqualTo(0.75);
    assertThat(report.kpi(KpiId.of("b")).orElseThrow().note()).hasValue("no actual on or before 2026-06-30");
    ScoreNode financial = report.perspective(PerspectiveId.of("financial")).orElseThrow();
    assertThat(financial.status()).isEqualTo(Status.NO_DATA);
    assertThat(financial.note()).hasValue("its only objective has no data");
    // Four perspectives count equally: customer covers 0.75, the other three nothing.
    assertThat(report.scorecard().coverage()).isCloseTo(0.75 / 4, within(1e-12));
    assertThat(report.scorecard().score().getAsDouble()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void theLatestActualOnOrBeforeTheAsOfDateIsScoredAndLaterOnesAreIgnored() {
    Actuals actuals = Actuals.builder().add("c", "2026-03-31", 20).add("c", "2026-06-30", 40)
        .add("c", "2026-07-01", 99).build();
    ScoreNode c = Scorer.defaults().score(twoObjectives().build(), actuals, AS_OF).kpi(KpiId.of("c")).orElseThrow();
    assertThat(c.actual()).hasValue(DatedValue.of(40, "2026-06-30"));
    assertThat(c.score().getAsDouble()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void thresholdsComeFromTheKpiThenTheScorecardThenTheMethod() {
    Scorecard card = Scorecard.builder("Thresholds").scoring(PROGRESS)
        .objective("O1", "Objective", "customer", o -> o
            .kpi("own", "Own thresholds", k -> k.baseline(0, "2026-01-01").target(100, "2026-12-31")
                .thresholds(Thresholds.of(0.8, 0.5)))
            .kpi("inherited", "Inherited", k -> k.baseline(0, "2026-01-01").target(100, "2026-12-31")))
        .build();
    Actuals actuals = Actuals.builder().add("own", "2026-06-01", 85).add("inherited", "2026-06-01", 85).build();

    ScoreReport byMethod = Scorer.defaults().score(card, actuals, AS_OF);
    assertThat(byMethod.kpi(KpiId.of("own")).orElseThrow().status()).isEqualTo(Status.ON_TRACK);
    assertThat(byMethod.kpi(KpiId.of("inherited")).orElseThrow().thresholds()).isEqualTo(Thresholds.of(0.9, 0.6));
    assertThat(byMethod.kpi(KpiId.of("inherited")).orElseThrow().status()).isEqualTo(Status.AT_RISK);

    ScoreReport byScorecard = Scorer.defaults()
        .score(card.withScoring(PROGRESS.withThresholds(Thresholds.of(0.95, 0.9))), actuals, AS_OF);
    assertThat(byScorecard.kpi(KpiId.of("own")).orElseThrow().status()).isEqualTo(Status.ON_TRACK);
    assertThat(byScorecard.kpi(KpiId.of("inherited")).orElseThrow().status()).isEqualTo(Status.OFF_TRACK);
    assertThat(byScorecard.objective(ObjectiveId.of("O1")).orElseThrow().status()).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void parentsAreJudgedByTheDefaultMethodsThresholdsWhenTheScorecardSetsNone() {
    Scorecard card = Scorecard.builder("Spider").perspective("customer", "Customer")
        .scoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("goal-red-flag",
            Map.of("goal", 700.0, "redFlag", 500.0))))
        .objective("O1", "Objective", "customer", o -> o.kpi("visits", "Visits", k -> { }))
        .build();
    ScoreReport report = Scorer.defaults().score(card, Actuals.empty().with(KpiId.of("visits"), AS_OF, 700), AS_OF);
    assertThat(report.nodes()).extracting(ScoreNode::status).containsOnly(Status.ON_TRACK);
    assertThat(report.scorecard().thresholds()).isEqualTo(ScoringMethods.GOAL_RED_FLAG.defaultThresholds());
  }

  @Test
  void aRangeKpiWithoutAMethodOfItsOwnIsScoredByItsBand() {
    Scorecard card = Scorecard.builder("Range")
        .objective("O1", "Objective", "internal-process", o -> o.kpi("stock", "Days of stock", k -> k.range(20, 30)))
        .build();
    ScoreNode stock = Scorer.defaults().score(card, Actuals.empty().with(KpiId.of("stock"), AS_OF, 35), AS_OF)
        .kpi(KpiId.of("stock")).orElseThrow();
    assertThat(stock.method()).hasValue(ScoringSpec.of("range"));
    assertThat(stock.score().getAsDouble()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aKpiMissingWhatItsMethodNeedsIsNoDataWithANoteNotAnException() {
    Scorecard card = Scorecard.builder("Unfinished")
        .objective("O1", "Objective", "customer", o -> o.kpi("nps", "NPS", k -> k.target(50, "2026-12-31")))
        .build();
    ScoreNode nps = Scorer.defaults().score(card, Actuals.empty().with(KpiId.of("nps"), AS_OF, 30), AS_OF)
        .kpi(KpiId.of("nps")).orElseThrow();
    assertThat(nps.status()).isEqualTo(Status.NO_DATA);
    assertThat(nps.note()).hasValue("expected-to-date needs a baseline, but KPI nps has none");
    assertThat(nps.actual()).hasValue(DatedValue.of(30, AS_OF));
    assertThat(nps.coverage()).isZero();
  }

  @Test
  void configurationMistakesAreReportedAllAtOnceWithTheirPaths() {
    Scorecard card = Scorecard.builder("Mistakes")
        .scoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("performance", Map.of("min", 0.0))))
        .objective("O1", "Objective", "customer", o -> o
            .kpi("x", "Uses the default", k -> { })
            .kpi("y", "Misspelt", k -> k.scoring(ScoringSpec.of("progres")))
            .kpi("z", "Range on increase", k -> k.scoring(ScoringSpec.of("range"))))
        .build();
    assertThatThrownBy(() -> Scorer.defaults().score(card, Actuals.empty(), AS_OF))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            Problem.at("scoring.method.parameters.max", "performance needs parameter max but it is not set"),
            Problem.at("objectives[0].kpis[1].scoring.method", "unknown scoring method \"progres\"; known: binary, "
                + "expected-to-date, goal-red-flag, performance, progress, range"),
            Problem.at("objectives[0].kpis[2].scoring.method",
                "range scores RANGE KPIs only, but KPI z's direction is increase")));
  }

  @Test
  void anUnknownDefaultMethodIsAMistakeEvenWhenEveryKpiNamesItsOwn() {
    Scorecard card = Scorecard.builder("Unknown default")
        .scoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("sigmoid")))
        .objective("O1", "Objective", "customer", o -> o.kpi("x", "X", k -> k.scoring(ScoringSpec.of("binary"))))
        .build();
    assertThatThrownBy(() -> Scorer.defaults().score(card, Actuals.empty(), AS_OF))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .extracting(Problem::path).containsExactly("scoring.method"));
  }

  @Test
  void aCustomMethodRegisteredByNameScoresTheKpisThatNameIt() {
    ScoringMethod stepped = in -> in.value() >= in.target() ? 1 : in.value() >= in.baseline() ? 0.5 : 0;
    Scorecard card = twoObjectives().scoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("stepped"))).build();
    ScoreReport report = Scorer.defaults().withMethod("stepped", stepped).score(card, actuals(100, 10, -5), AS_OF);
    assertThat(report.nodes()).filteredOn(n -> n.level() == ScoreNode.Level.KPI)
        .extracting(n -> n.score().getAsDouble()).containsExactly(0.0, 1.0, 0.5);
  }

  @Test
  void aCustomMethodThatThrowsNotScorableLeavesItsKpiWithoutDataButOneReturningNaNIsABug() {
    Scorecard card = twoObjectives().scoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("fussy"))).build();
    ScoreReport report = Scorer.defaults().withMethod("fussy", in -> {
      throw new NotScorableException("fussy needs a sunny day");
    }).score(card, actuals(1, 2, 3), AS_OF);
    assertThat(report.scorecard().note()).hasValue("none of its 4 perspectives has data");
    assertThat(report.kpi(KpiId.of("a")).orElseThrow().note()).hasValue("fussy needs a sunny day");
    assertThatThrownBy(() -> Scorer.defaults().withMethod("fussy", in -> Double.NaN).score(card, actuals(1, 2, 3), AS_OF))
        .isInstanceOf(BscException.class)
        .hasMessage("scoring method fussy returned NaN for KPI c at actual 3 @ 2026-06-01; a score must be a finite number");
  }

  @Test
  void anObjectiveWithoutKpisIsNoDataAndCountsAgainstItsPerspectivesCoverage() {
    Scorecard card = twoObjectives().objective("C2", "Delight customers", "customer").build();
    ScoreReport report = Scorer.defaults().score(card, actuals(100, 100, 100), AS_OF);
    assertThat(report.objective(ObjectiveId.of("C2")).orElseThrow().note()).hasValue("has no KPIs");
    ScoreNode customer = report.perspective(PerspectiveId.of("customer")).orElseThrow();
    assertThat(customer.score()).hasValue(1.0);
    assertThat(customer.coverage()).isEqualTo(0.5);
  }

  @Test
  void childrenThatAllWeighNothingCountEquallyRatherThanNotAtAll() {
    Scorecard card = Scorecard.builder("Weightless").scoring(PROGRESS)
        .objective("O1", "Objective", "customer", o -> o
            .kpi("a", "A", k -> k.weight(0).baseline(0, "2026-01-01").target(100, "2026-12-31"))
            .kpi("b", "B", k -> k.weight(0).baseline(0, "2026-01-01").target(100, "2026-12-31")))
        .build();
    Actuals actuals = Actuals.builder().add("a", "2026-06-01", 100).add("b", "2026-06-01", 0).build();
    ScoreNode o1 = Scorer.defaults().score(card, actuals, AS_OF).objective(ObjectiveId.of("O1")).orElseThrow();
    assertThat(o1.score()).hasValue(0.5);
    assertThat(o1.coverage()).isEqualTo(1.0);
  }

  @Test
  void argumentsAreChecked() {
    Scorecard card = twoObjectives().build();
    assertThatThrownBy(() -> Scorer.defaults().score(null, Actuals.empty(), AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessage("scorecard");
    assertThatThrownBy(() -> Scorer.defaults().score(card, null, AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessage("actuals");
    assertThatThrownBy(() -> Scorer.defaults().score(card, Actuals.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> Scorer.defaults().withTrendPoints(1))
        .isInstanceOf(BscException.class).hasMessageContaining("points: must be >= 2 but was 1");
    assertThatThrownBy(() -> Status.of(1.5, Thresholds.of(0.9, 0.6)))
        .isInstanceOf(BscException.class).hasMessageContaining("score: must be between 0 and 1 but was 1.5");
  }
}
