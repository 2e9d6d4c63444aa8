package io.github.bsckit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The report's tree, lookups, text, and the trends of KPIs and their parents. */
@Tag("text")
class ScoreReportTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");
  /** These tests are about the report's shape: they score by plain progress toward the target. */
  private static final ScoringPolicy PROGRESS = ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("progress"));

  private static Scorecard oneKpi(Consumer<Kpi.Builder> kpi) {
    return Scorecard.builder("Trends").scoring(PROGRESS).perspective("customer", "Customer")
        .objective("O1", "Objective", "customer", o -> o.kpi("k", "KPI", kpi)).build();
  }

  private static ScoreReport score(Scorecard card, double... valuesTenDaysApart) {
    return score(Scorer.defaults(), card, valuesTenDaysApart);
  }

  private static ScoreReport score(Scorer scorer, Scorecard card, double... valuesTenDaysApart) {
    Actuals actuals = Actuals.empty();
    for (int i = 0; i < valuesTenDaysApart.length; i++) {
      actuals = actuals.with(KpiId.of("k"), LocalDate.parse("2026-05-01").plusDays(10L * i), valuesTenDaysApart[i]);
    }
    return scorer.score(card, actuals, AS_OF);
  }

  private static Trend kpiTrend(ScoreReport report) {
    return report.kpi(KpiId.of("k")).orElseThrow().trend();
  }

  @Test
  void risingValuesOfAnIncreaseKpiImproveByTheirLeastSquaresSlope() {
    Trend trend = kpiTrend(score(oneKpi(k -> k.baseline(0, "2026-01-01").target(100, "2026-12-31")), 10, 20, 30));
    assertThat(trend.direction()).isEqualTo(TrendDirection.IMPROVING);
    assertThat(trend.slopePerDay()).isCloseTo(1.0, within(1e-12));
    assertThat(trend.points()).isEqualTo(3);
  }

  @Test
  void fallingValuesOfADecreaseKpiImproveWithANegativeSlope() {
    Trend trend = kpiTrend(score(oneKpi(k -> k.decrease().baseline(40, "2026-01-01").target(0, "2026-12-31")),
        30, 20, 12));
    assertThat(trend.direction()).isEqualTo(TrendDirection.IMPROVING);
    assertThat(trend.slopePerDay()).isCloseTo(-0.9, within(1e-12));
  }

  @Test
  void valuesMovingTowardsTheBandOfARangeKpiImprove() {
    // 35 -> 25: from half the tolerance (10, the band's width) outside the band into it, so the score rises too.
    Trend trend = kpiTrend(score(oneKpi(k -> k.range(20, 30)), 35, 25));
    assertThat(trend.direction()).isEqualTo(TrendDirection.IMPROVING);
    assertThat(trend.slopePerDay()).isCloseTo(-1.0, within(1e-12));
  }

  @Test
  void aChangeBelowHalfTheLastDecimalIsFlat() {
    assertThat(kpiTrend(score(oneKpi(k -> k.precision(2).target(1, "2026-12-31")), 10, 10.004)).direction())
        .isEqualTo(TrendDirection.FLAT);
    assertThat(kpiTrend(score(oneKpi(k -> k.precision(3).target(1, "2026-12-31")), 10, 10.004)).direction())
        .isEqualTo(TrendDirection.IMPROVING);
  }

  @Test
  void onlyTheLastFewPointsCountAndOnePointIsNotATrend() {
    Scorecard card = oneKpi(k -> k.target(100, "2026-12-31"));
    Trend lastTwo = kpiTrend(score(Scorer.defaults().withTrendPoints(2), card, 10, 20, 30, 25));
    assertThat(lastTwo.direction()).isEqualTo(TrendDirection.WORSENING);
    assertThat(lastTwo.slopePerDay()).isCloseTo(-0.5, within(1e-12));
    assertThat(kpiTrend(score(card, 10))).isEqualTo(Trend.unknown(1));
  }

  @Test
  void aParentsTrendIsTheSlopeOfItsScoreOverTheRecentActualDates() {
    ScoreReport report = score(oneKpi(k -> k.baseline(0, "2026-01-01").target(100, "2026-12-31")), 10, 20, 30);
    Trend objective = report.objective(ObjectiveId.of("O1")).orElseThrow().trend();
    assertThat(objective.direction()).isEqualTo(TrendDirection.IMPROVING);
    assertThat(objective.slopePerDay()).isCloseTo(0.01, within(1e-12));
    assertThat(report.scorecard().trend()).isEqualTo(objective);
  }

  @Test
  void nodesAreFoundByTypedIdAndListedDepthFirst() {
    ScoreReport report = score(oneKpi(k -> k.target(100, "2026-12-31")), 10);
    assertThat(report.nodes()).extracting(ScoreNode::level).containsExactly(ScoreNode.Level.SCORECARD,
        ScoreNode.Level.PERSPECTIVE, ScoreNode.Level.OBJECTIVE, ScoreNode.Level.KPI);
    assertThat(report.perspective(PerspectiveId.of("customer"))).hasValue(report.nodes().get(1));
    assertThat(report.objective(ObjectiveId.of("O1"))).hasValue(report.nodes().get(2));
    assertThat(report.kpi(KpiId.of("k"))).hasValue(report.nodes().get(3));
    assertThat(report.kpi(KpiId.of("O1"))).isEmpty();
    assertThat(report.scorecard().id()).isEmpty();
    assertThat(report.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void equalInputsGiveEqualReports() {
    Scorecard card = oneKpi(k -> k.baseline(0, "2026-01-01").target(100, "2026-12-31"));
    assertThat(score(card, 10, 20)).isEqualTo(score(card, 10, 20)).hasSameHashCodeAs(score(card, 10, 20));
    assertThat(score(card, 10, 20)).isNotEqualTo(score(card, 10, 21));
  }

  @Test
  void theReportReadsAsAnIndentedTree() {
    Scorecard card = Scorecard.builder("Acme").scoring(PROGRESS).perspective("customer", "Customer")
        .objective("C1", "Keep customers", "customer", o -> o
            .kpi("retention", "Retention", k -> k.unit("%").baseline(80, "2026-01-01").target(90, "2026-12-31"))
            .kpi("nps", "NPS", k -> k.baseline(10, "2026-01-01").target(40, "2026-12-31")))
        .build();
    Actuals actuals = Actuals.builder().add("retention", "2026-03-31", 84).add("retention", "2026-06-30", 92).build();
    // Retention: progress 0.4 on 03-31, then 1.2 (capped at 1, overshoot 0.2) on 06-30: +8 in 91 days, +0.6 score.
    // NPS has no data, so the parents rest on retention alone and cover half the weight.
    assertThat(Scorer.defaults().score(card, actuals, AS_OF).toString()).isEqualTo("""
        Score report as of 2026-06-30, weighted-mean roll-up
        scorecard "Acme": 100.0% on-track (overshoot +20.0%), coverage 50%, trend improving (+0.00659/day over 2 points)
          perspective customer "Customer": 100.0% on-track (overshoot +20.0%), coverage 50%, trend improving (+0.00659/day over 2 points)
            objective C1 "Keep customers": 100.0% on-track (overshoot +20.0%), coverage 50%, trend improving (+0.00659/day over 2 points)
              kpi retention "Retention": 100.0% on-track (overshoot +20.0%), actual 92 @ 2026-06-30 by progress, coverage 100%, trend improving (+0.0879/day over 2 points)
              kpi nps "NPS": no-data (no actual on or before 2026-06-30), by progress, coverage 0%, trend unknown
        Data quality:
          warning stale-actual [nps]: nps has no actual for 2026-06, its last complete month as of 2026-06-30; none since its baseline, 6 months overdue
          warning missing-periods [retention]: retention has no actual for 2 months between 2026-03-31 and 2026-06-30: 2026-04, 2026-05""");
  }

  @Test
  void objectivesAndKpisAreTypedMapsInTreeOrder() {
    Scorecard card = Scorecard.builder("Acme").scoring(PROGRESS)
        .objective("F1", "Grow", "financial", o -> o.kpi("revenue", "Revenue", k -> k.target(10, "2026-12-31")))
        .objective("C1", "Keep", "customer", o -> o.kpi("retention", "Retention", k -> k.target(90, "2026-12-31"))
            .kpi("nps", "NPS", k -> k.target(40, "2026-12-31")))
        .build();
    ScoreReport report = Scorer.defaults().score(card, Actuals.empty(), AS_OF);

    assertThat(report.objectives()).containsOnlyKeys(ObjectiveId.of("F1"), ObjectiveId.of("C1"));
    assertThat(report.objectives().keySet()).containsExactly(ObjectiveId.of("F1"), ObjectiveId.of("C1"));
    assertThat(report.kpis().keySet()).containsExactly(KpiId.of("revenue"), KpiId.of("retention"), KpiId.of("nps"));
    assertThat(report.kpis().get(KpiId.of("nps"))).isSameAs(report.kpi(KpiId.of("nps")).orElseThrow());
  }

  @Test
  void theReportWritesItsOwnJsonWithEveryFieldOnEveryNode() {
    Scorecard card = Scorecard.builder("Acme").scoring(PROGRESS).perspective("customer", "Customer")
        .objective("C1", "Keep customers", "customer", o -> o
            .kpi("retention", "Retention", k -> k.unit("%").baseline(80, "2026-01-01").target(90, "2026-12-31"))
            .kpi("nps", "NPS", k -> k.baseline(10, "2026-01-01").target(40, "2026-12-31")))
        .build();
    Actuals actuals = Actuals.builder().add("retention", "2026-06-30", 84).build();

    assertThat(Scorer.defaults().score(card, actuals, AS_OF).toJson()).isEqualTo("""
        {
          "name": "Acme",
          "asOf": "2026-06-30",
          "score": 0.4,
          "status": "off-track",
          "coverage": 0.5,
          "perspectives": [
            {
              "id": "customer",
              "name": "Customer",
              "score": 0.4,
              "status": "off-track",
              "coverage": 0.5,
              "objectives": [
                {
                  "id": "C1",
                  "name": "Keep customers",
                  "score": 0.4,
                  "status": "off-track",
                  "coverage": 0.5,
                  "kpis": [
                    {
                      "id": "retention",
                      "name": "Retention",
                      "score": 0.4,
                      "status": "off-track",
                      "coverage": 1,
                      "actual": 84,
                      "level": null,
                      "date": "2026-06-30",
                      "note": null
                    },
                    {
                      "id": "nps",
                      "name": "NPS",
                      "score": null,
                      "status": "no-data",
                      "coverage": 0,
                      "actual": null,
                      "level": null,
                      "date": null,
                      "note": "no actual on or before 2026-06-30"
                    }
                  ]
                }
              ]
            }
          ],
          "dataQuality": [
            {
              "rule": "stale-actual",
              "severity": "warning",
              "subjects": [
                "nps"
              ],
              "message": "nps has no actual for 2026-06, its last complete month as of 2026-06-30; none since its baseline, 6 months overdue"
            }
          ]
        }""");
  }
}
