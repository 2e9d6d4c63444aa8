package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.pacing.Pacing;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** RANGE KPIs: a band to keep, reached first when the baseline lies outside it; and the quarters they follow. */
class RangePlanningTest {
  private static final KpiId STOCK = KpiId.of("stock");

  private static Scorecard stock(double baseline, String baselineDate, double target, String targetDate) {
    return Scorecard.builder("Stock").objective("P1", "Hold the right stock", "internal-process",
        o -> o.kpi("stock", "Days of stock", k -> k.unit("days").range(20, 30).baseline(baseline, baselineDate)
            .target(target, targetDate))).build();
  }

  @Test
  void aBaselineInsideTheBandKeepsItEachQuarterAndTheLastIsDueOnTheTargetDate() {
    assertThat(OkrPlanner.defaults().plan(stock(25, "2026-01-01", 25, "2026-11-15")).keyResults(STOCK))
        .extracting(KeyResult::type, KeyResult::start, KeyResult::target, KeyResult::due)
        .containsExactly(
            tuple(KeyResultType.KEEP_BETWEEN, 20.0, 30.0, LocalDate.of(2026, 3, 31)),
            tuple(KeyResultType.KEEP_BETWEEN, 20.0, 30.0, LocalDate.of(2026, 6, 30)),
            tuple(KeyResultType.KEEP_BETWEEN, 20.0, 30.0, LocalDate.of(2026, 9, 30)),
            tuple(KeyResultType.KEEP_BETWEEN, 20.0, 30.0, LocalDate.of(2026, 11, 15)));
  }

  @Test
  void aBaselineBelowTheBandIncreasesUntilAQuarterClosesInsideIt() {
    // linear from 10 to 25: 13.75, 17.5, then 21.25 is inside 20–30
    assertThat(OkrPlanner.defaults().plan(stock(10, "2026-01-01", 25, "2026-12-31")).keyResults(STOCK))
        .extracting(KeyResult::type, KeyResult::start, KeyResult::target)
        .containsExactly(
            tuple(KeyResultType.INCREASE, 10.0, 13.75),
            tuple(KeyResultType.INCREASE, 13.75, 17.5),
            tuple(KeyResultType.KEEP_BETWEEN, 20.0, 30.0),
            tuple(KeyResultType.KEEP_BETWEEN, 20.0, 30.0));
  }

  @Test
  void aQuarterThePacingAsksNoMoveOfHoldsItsLevelOnTheWayIntoTheBand() {
    // the season gives Q1 no weight: 50 is held, then 41.67 and 33.33, and the last quarter ends inside on 25
    OkrPlan fromAbove = OkrPlanner.builder().pacing(Pacing.seasonal(0, 1, 1, 1)).build()
        .plan(stock(50, "2026-01-01", 25, "2026-12-31"));
    assertThat(fromAbove.keyResults(STOCK)).extracting(KeyResult::type, KeyResult::start, KeyResult::target)
        .containsExactly(
            tuple(KeyResultType.KEEP_AT_MOST, 50.0, 50.0),
            tuple(KeyResultType.REDUCE, 50.0, 41.67),
            tuple(KeyResultType.REDUCE, 41.67, 33.33),
            tuple(KeyResultType.KEEP_BETWEEN, 20.0, 30.0));

    OkrPlan fromBelow = OkrPlanner.builder().pacing(Pacing.seasonal(0, 1, 1, 1)).build()
        .plan(stock(5, "2026-01-01", 25, "2026-12-31"));
    assertThat(fromBelow.keyResults(STOCK)).extracting(KeyResult::type, KeyResult::start, KeyResult::target)
        .containsExactly(
            tuple(KeyResultType.KEEP_AT_LEAST, 5.0, 5.0),
            tuple(KeyResultType.INCREASE, 5.0, 11.67),
            tuple(KeyResultType.INCREASE, 11.67, 18.33),
            tuple(KeyResultType.KEEP_BETWEEN, 20.0, 30.0));
  }

  @Test
  void aPartialLastQuarterIsJudgedOnTheTargetItselfAndIsDueOnItsDate() {
    // 42.5 at the close of Q1 is still above the band; Q2 ends on the target 25, inside it
    assertThat(OkrPlanner.defaults().plan(stock(60, "2026-01-01", 25, "2026-05-20")).keyResults(STOCK))
        .extracting(KeyResult::type, KeyResult::start, KeyResult::target, KeyResult::due)
        .containsExactly(
            tuple(KeyResultType.REDUCE, 60.0, 42.5, LocalDate.of(2026, 3, 31)),
            tuple(KeyResultType.KEEP_BETWEEN, 20.0, 30.0, LocalDate.of(2026, 5, 20)));
  }

  @Test
  void aBandWithoutABaselineFollowsTheFirstAndLastQuartersOfAllOtherKeyResultsAndEachIsDueAtItsClose() {
    Scorecard card = Scorecard.builder("Ops").objective("P1", "Run reliable operations", "internal-process", o -> o
        .kpi("late", "Late start", k -> k.baseline(1, "2026-06-30").target(2, "2026-12-31"))
        .kpi("early", "Early start", k -> k.baseline(1, "2026-01-01").target(2, "2026-06-30"))
        .kpi("uptime", "Uptime", k -> k.unit("%").range(99.5, 100).target(99.9, "2026-02-15"))).build();

    assertThat(OkrPlanner.defaults().plan(card).keyResults(KpiId.of("uptime")))
        .extracting(k -> k.quarter().toString(), KeyResult::type, KeyResult::due)
        .containsExactly(
            tuple("FY2026 Q1", KeyResultType.KEEP_BETWEEN, LocalDate.of(2026, 3, 31)),
            tuple("FY2026 Q2", KeyResultType.KEEP_BETWEEN, LocalDate.of(2026, 6, 30)),
            tuple("FY2026 Q3", KeyResultType.KEEP_BETWEEN, LocalDate.of(2026, 9, 30)),
            tuple("FY2026 Q4", KeyResultType.KEEP_BETWEEN, LocalDate.of(2026, 12, 31)));
  }

  @Test
  void aBandOrALineWithNothingElseToFollowIsSkippedWithTheReason() {
    Scorecard alone = Scorecard.builder("Ops").objective("P1", "Run reliable operations", "internal-process", o -> o
        .kpi("uptime", "Uptime", k -> k.unit("%").range(99.5, 100))
        .kpi("debt", "Debt service", k -> k.unit("%").atMost(2, "2026-12-31"))).build();

    assertThat(OkrPlanner.defaults().plan(alone).skipped()).extracting(SkippedKpi::toString).containsExactly(
        "uptime (P1): a RANGE KPI without baseline and target dates follows the quarters of the other key results,"
            + " and there are none",
        "debt (P1): a floor or ceiling without a baseline follows the quarters of the other key results, and there"
            + " are none");
  }

  @Test
  void aTargetShortOfTheBandIsWalkedToAndTheLastQuarterIsDueOnItsDate() {
    // a band of 20–30 with a target of 35 by 2026-11-15: the path never enters the band
    assertThat(OkrPlanner.defaults().plan(stock(55, "2026-01-01", 35, "2026-11-15")).keyResults(STOCK))
        .extracting(KeyResult::type, KeyResult::start, KeyResult::target, KeyResult::due)
        .containsExactly(
            tuple(KeyResultType.REDUCE, 55.0, 50.0, LocalDate.of(2026, 3, 31)),
            tuple(KeyResultType.REDUCE, 50.0, 45.0, LocalDate.of(2026, 6, 30)),
            tuple(KeyResultType.REDUCE, 45.0, 40.0, LocalDate.of(2026, 9, 30)),
            tuple(KeyResultType.REDUCE, 40.0, 35.0, LocalDate.of(2026, 11, 15)));
  }
}
