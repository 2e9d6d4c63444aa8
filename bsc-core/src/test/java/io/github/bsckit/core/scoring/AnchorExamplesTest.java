package io.github.bsckit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Thresholds;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published examples of the tools bsc-kit's scoring is anchored on, reproduced through one design. */
class AnchorExamplesTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

  @Test
  void bscDesignerPerformanceOfFiftyBetweenZeroAndTwoHundredIsTwentyFivePercent() {
    Kpi kpi = Kpi.builder("sales", "Sales").scoring(ScoringSpec.of("performance", Map.of("min", 0.0, "max", 200.0)))
        .build();
    assertThat(kpiScore(kpi, 50)).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void bscDesignerProgressOfSixteenFromFifteenTowardsFortyFiveIsThreePointThreeThreePercent() {
    Kpi kpi = Kpi.builder("leads", "Leads").baseline(15, "2026-01-01").target(45, "2026-12-31")
        .scoring(ScoringSpec.of("progress")).build();
    assertThat(kpiScore(kpi, 16)).isCloseTo(1.0 / 30, within(1e-12));
    assertThat(Numbers.percent(kpiScore(kpi, 16))).isEqualTo("3.3%");
  }

  @Test
  void spiderImpactGoalRedFlagScoresZeroAtThreeHundredAndTenAtNineHundredOnItsZeroToTenScale() {
    Kpi kpi = Kpi.builder("visits", "Visits")
        .scoring(ScoringSpec.of("goal-red-flag", Map.of("goal", 700.0, "redFlag", 500.0))).build();
    // Spider Impact shows scores on 0-10; bsc-kit's scores are on [0, 1], so Spider's score is ours times 10.
    assertThat(spider(kpiScore(kpi, 300))).isCloseTo(0, within(1e-9));
    assertThat(spider(kpiScore(kpi, 500))).isCloseTo(10.0 / 3, within(1e-9));
    assertThat(spider(kpiScore(kpi, 700))).isCloseTo(20.0 / 3, within(1e-9));
    assertThat(spider(kpiScore(kpi, 900))).isCloseTo(10, within(1e-9));
  }

  @Test
  void spiderImpactGoalRedFlagClampsBeyondTheEndsAndJudgesStatusByGoalAndRedFlag() {
    Kpi kpi = Kpi.builder("visits", "Visits")
        .scoring(ScoringSpec.of("goal-red-flag", Map.of("goal", 700.0, "redFlag", 500.0))).build();
    assertThat(node(kpi, 100).score()).hasValue(0);
    assertThat(node(kpi, 1100).score()).hasValue(1);
    assertThat(node(kpi, 1100).overshoot()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(node(kpi, 700).status()).isEqualTo(Status.ON_TRACK);
    assertThat(node(kpi, 699).status()).isEqualTo(Status.AT_RISK);
    assertThat(node(kpi, 500).status()).isEqualTo(Status.AT_RISK);
    assertThat(node(kpi, 499).status()).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void spiderImpactGoalRedFlagWorksForALowerIsBetterKpi() {
    Kpi kpi = Kpi.builder("defects", "Defects").decrease()
        .scoring(ScoringSpec.of("goal-red-flag", Map.of("goal", 500.0, "redFlag", 700.0))).build();
    assertThat(spider(kpiScore(kpi, 900))).isCloseTo(0, within(1e-9));
    assertThat(spider(kpiScore(kpi, 500))).isCloseTo(20.0 / 3, within(1e-9));
    assertThat(spider(kpiScore(kpi, 300))).isCloseTo(10, within(1e-9));
  }

  @Test
  void cascadeObjectiveWithCriteriaAtNinetyNinetyNineHundredAndSixtyEightPercentIsAtEightyNinePointTwoFive() {
    // Each criterion plans 0 -> 50 by mid-year -> 100: at mid-year 50 is expected, so health = actual / 50.
    // The third criterion is ahead of plan at 110% health and counts as 100%.
    Scorecard card = Scorecard.builder("Cascade")
        .scoring(ScoringPolicy.DEFAULT.withThresholds(Thresholds.of(0.95, 0.85))) // Cascade's own bands
        .objective("O1", "Grow the business", "financial", o -> o
            .kpi("a", "Criterion A", Cascade::plan).kpi("b", "Criterion B", Cascade::plan)
            .kpi("c", "Criterion C", Cascade::plan).kpi("d", "Criterion D", Cascade::plan))
        .build();
    LocalDate midYear = LocalDate.parse("2026-07-01");
    Actuals actuals = Actuals.builder().add("a", "2026-07-01", 45).add("b", "2026-07-01", 49.5)
        .add("c", "2026-07-01", 55).add("d", "2026-07-01", 34).build();

    ScoreReport report = Scorer.defaults().score(card, actuals, midYear);

    assertThat(health(report, "a")).isCloseTo(0.90, within(1e-12));
    assertThat(health(report, "b")).isCloseTo(0.99, within(1e-12));
    assertThat(health(report, "c")).isEqualTo(1.0);
    assertThat(report.kpi(KpiId.of("c")).orElseThrow().overshoot()).isCloseTo(0.10, within(1e-12));
    assertThat(health(report, "d")).isCloseTo(0.68, within(1e-12));
    ScoreNode objective = report.objective(ObjectiveId.of("O1")).orElseThrow();
    assertThat(objective.score().getAsDouble()).isCloseTo(0.8925, within(1e-12));
    // Cascade's bands: on track from 95%, behind (our AT_RISK) from 85%, at risk (our OFF_TRACK) below.
    assertThat(objective.status()).isEqualTo(Status.AT_RISK);
    assertThat(report.nodes()).filteredOn(n -> n.level() == ScoreNode.Level.KPI).extracting(ScoreNode::status)
        .containsExactly(Status.AT_RISK, Status.ON_TRACK, Status.ON_TRACK, Status.OFF_TRACK);
  }

  private static final class Cascade {
    static void plan(Kpi.Builder k) {
      k.baseline(0, "2026-01-01").milestone(50, "2026-07-01").target(100, "2026-12-31");
    }
  }

  private static double spider(double score) {
    return score * 10;
  }

  private static double health(ScoreReport report, String kpi) {
    return report.kpi(KpiId.of(kpi)).orElseThrow().score().getAsDouble();
  }

  private static double kpiScore(Kpi kpi, double value) {
    return node(kpi, value).score().orElseThrow();
  }

  private static ScoreNode node(Kpi kpi, double value) {
    Scorecard card = Scorecard.builder("Anchor").objective("O1", "Objective", "customer", o -> o.kpi(kpi)).build();
    ScoreReport report = Scorer.defaults().score(card, Actuals.empty().with(kpi.id(), AS_OF, value), AS_OF);
    ScoreNode node = report.kpi(kpi.id()).orElseThrow();
    assertThat(node.actual()).hasValue(DatedValue.of(value, AS_OF));
    return node;
  }
}
