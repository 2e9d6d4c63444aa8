package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.okr.testing.Examples;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-planning from actuals: the quarter after the latest actual starts from it, the rest of the gap is paced. */
class ReplanTest {
  private static final KpiId ID = KpiId.of("retention");

  private static List<KeyResult> replan(Scorecard scorecard, Actuals actuals, String asOf) {
    return OkrPlanner.defaults().plan(scorecard, actuals, LocalDate.parse(asOf)).keyResults(ID);
  }

  private static Actuals actual(String date, double value) {
    return Actuals.builder().add("retention", date, value).build();
  }

  private static Scorecard newArr() {
    return Examples.withKpi(k -> k.flow().unit("$").precision(0).baseline(8_000_000, "2025-12-31")
        .target(10_000_000, "2026-12-31"));
  }

  @Test
  void theNextQuarterStartsFromTheActualAndTheRestOfTheGapIsPaced() {
    assertThat(replan(Examples.retention(), actual("2026-03-31", 86), "2026-04-01"))
        .extracting(k -> k.quarter().toString(), KeyResult::start, KeyResult::target)
        .containsExactly(
            tuple("FY2026 Q1", 85.0, 86.25),
            tuple("FY2026 Q2", 86.0, 87.33),
            tuple("FY2026 Q3", 87.33, 88.67),
            tuple("FY2026 Q4", 88.67, 90.0));
  }

  @Test
  void anActualThatIsNoLevelOfAnOrdinalScaleSkipsTheKpiWithTheReasonAndPlansTheRest() {
    Scorecard rated = Examples.withKpi(k -> k.ordinal("D", "C", "B", "A").baseline(0, "2026-01-01")
        .target(3, "2026-12-31"));
    for (double offScale : new double[] {7, -1, 1.5}) {
      OkrPlan plan = OkrPlanner.defaults().plan(rated, actual("2026-04-30", offScale), LocalDate.parse("2026-05-01"));
      assertThat(plan.keyResults(ID)).as("%s", offScale).isEmpty();
      assertThat(plan.skipped()).extracting(SkippedKpi::reason).containsExactly("its latest actual, "
          + io.github.bsckit.core.internal.Numbers.plain(offScale) + " on 2026-04-30, is no level of its scale"
          + " D < C < B < A");
    }
    OkrPlan onScale = OkrPlanner.defaults().plan(rated, actual("2026-04-30", 2), LocalDate.parse("2026-05-01"));
    assertThat(onScale.skipped()).isEmpty();
    assertThat(onScale.keyResults(ID)).isNotEmpty();
  }

  @Test
  void theQuarterInProgressKeepsItsKeyResult() {
    assertThat(replan(Examples.retention(), actual("2026-05-15", 87), "2026-05-20"))
        .extracting(KeyResult::start, KeyResult::target)
        .containsExactly(tuple(85.0, 86.25), tuple(86.25, 87.5), tuple(87.0, 88.5), tuple(88.5, 90.0));
  }

  @Test
  void actualsAfterTheAsOfDateAreIgnored() {
    OkrPlan plan = OkrPlanner.defaults().plan(Examples.retention(), actual("2026-06-30", 80), LocalDate.of(2026, 6, 29));
    assertThat(plan.keyResults(ID)).isEqualTo(OkrPlanner.defaults().plan(Examples.retention()).keyResults(ID));
    assertThat(plan.asOf()).contains(LocalDate.of(2026, 6, 29));
  }

  @Test
  void anActualOnTheBaselineDateIsTheBaselineNotProgress() {
    assertThat(replan(Examples.retention(), actual("2026-01-01", 84), "2026-02-01"))
        .isEqualTo(OkrPlanner.defaults().plan(Examples.retention()).keyResults(ID));
  }

  @Test
  void anActualPastTheTargetTurnsTheRemainingQuartersIntoHoldingIt() {
    assertThat(replan(Examples.retention(), actual("2026-06-30", 91), "2026-07-01"))
        .extracting(KeyResult::type, KeyResult::start, KeyResult::target)
        .containsExactly(
            tuple(KeyResultType.INCREASE, 85.0, 86.25),
            tuple(KeyResultType.INCREASE, 86.25, 87.5),
            tuple(KeyResultType.KEEP_AT_LEAST, 91.0, 90.5),
            tuple(KeyResultType.KEEP_AT_LEAST, 90.5, 90.0));
  }

  @Test
  void aFlowShortfallIsSpreadOverTheQuartersAfterTheLatestActual() {
    Actuals q1 = Actuals.builder().add("retention", "2026-01-31", 500_000).add("retention", "2026-02-28", 700_000)
        .add("retention", "2026-03-31", 800_000).build();
    List<KeyResult> krs = replan(newArr(), q1, "2026-04-10");
    assertThat(krs).extracting(KeyResult::target)
        .containsExactly(2_500_000.0, 2_666_667.0, 2_666_667.0, 2_666_666.0);
  }

  @Test
  void aFlowQuarterInProgressKeepsItsPartAndTheCompletedQuartersGapGoesToTheRest() {
    Actuals q1AndApril = Actuals.builder().add("retention", "2026-03-31", 2_000_000)
        .add("retention", "2026-04-30", 100_000).build();
    assertThat(replan(newArr(), q1AndApril, "2026-05-01")).extracting(KeyResult::target)
        .containsExactly(2_500_000.0, 2_500_000.0, 2_750_000.0, 2_750_000.0);
  }

  @Test
  void aFlowAheadOfPlanAsksLessOfTheRemainingQuarters() {
    Actuals ahead = Actuals.builder().add("retention", "2026-06-30", 7_000_000).build();
    assertThat(replan(newArr(), ahead, "2026-07-01")).extracting(KeyResult::target)
        .containsExactly(2_500_000.0, 2_500_000.0, 1_500_000.0, 1_500_000.0);
  }

  @Test
  void aFlowThatAlreadyReachedItsTotalAsksForNothingMore() {
    Actuals done = Actuals.builder().add("retention", "2026-06-30", 11_000_000).build();
    assertThat(replan(newArr(), done, "2026-07-01")).extracting(KeyResult::target)
        .containsExactly(2_500_000.0, 2_500_000.0, 0.0, 0.0);
  }

  @Test
  void aMilestoneStaysACommitmentWhenRePlanning() {
    Scorecard withMilestone = Examples.withKpi(k -> k.unit("%").baseline(85, "2026-01-01")
        .milestone(87, "2026-09-30").target(90, "2026-12-31"));
    // plan: 85.67, 86.33, 87, 90; an actual of 85 at Q1's close re-paces Q2 towards the milestone only
    assertThat(replan(withMilestone, actual("2026-03-31", 85), "2026-04-01"))
        .extracting(KeyResult::start, KeyResult::target)
        .containsExactly(tuple(85.0, 85.67), tuple(85.0, 86.0), tuple(86.0, 87.0), tuple(87.0, 90.0));
  }

  @Test
  void anActualAfterTheLastMilestoneRePacesTheWayToTheTarget() {
    Scorecard withMilestone = Examples.withKpi(k -> k.unit("%").baseline(85, "2026-01-01")
        .milestone(87, "2026-06-30").target(90, "2026-12-31"));
    // plan: 86, 87, 88.5, 90; 88 at Q3's close leaves Q4 to go from 88 to 90
    assertThat(replan(withMilestone, actual("2026-09-30", 88), "2026-10-01"))
        .extracting(KeyResult::start, KeyResult::target)
        .containsExactly(tuple(85.0, 86.0), tuple(86.0, 87.0), tuple(87.0, 88.5), tuple(88.0, 90.0));
  }

  @Test
  void anActualInAMilestonesQuarterRePacesUpToTheNextMilestoneOrTheTarget() {
    Scorecard withMilestone = Examples.withKpi(k -> k.unit("%").baseline(85, "2026-01-01")
        .milestone(87, "2026-06-30").target(90, "2026-12-31"));
    // 86 at the milestone's own date: the two quarters left go from 86 to 90
    assertThat(replan(withMilestone, actual("2026-06-30", 86), "2026-07-01"))
        .extracting(KeyResult::start, KeyResult::target)
        .containsExactly(tuple(85.0, 86.0), tuple(86.0, 87.0), tuple(86.0, 88.0), tuple(88.0, 90.0));
  }

  @Test
  void anActualInTheLastQuarterLeavesThePlanAsItIs() {
    assertThat(replan(Examples.retention(), actual("2026-11-15", 80), "2026-11-20"))
        .isEqualTo(OkrPlanner.defaults().plan(Examples.retention()).keyResults(ID));
    assertThat(replan(newArr(), Actuals.builder().add("retention", "2026-12-31", 1).build(), "2026-12-31"))
        .isEqualTo(OkrPlanner.defaults().plan(newArr()).keyResults(ID));
  }

  @Test
  void aFlowActualBeforeThePlanOpensOrInsideTheFirstQuarterChangesNothingYet() {
    List<KeyResult> planned = OkrPlanner.defaults().plan(newArr()).keyResults(ID);
    assertThat(replan(newArr(), actual("2025-12-31", 5_000_000), "2026-01-15")).isEqualTo(planned);
    assertThat(replan(newArr(), actual("2026-01-01", 100), "2026-01-15")).isEqualTo(planned);
  }

  @Test
  void aFlowShortfallIsMadeUpBeforeTheNextMilestoneOrTheTarget() {
    Scorecard withMilestone = Examples.withKpi(k -> k.flow().precision(0).baseline(0, "2025-12-31")
        .milestone(4_000_000, "2026-06-30").target(10_000_000, "2026-12-31"));
    // plan 2M, 2M | 3M, 3M; Q1 delivered 1.5M: Q2 makes up the 0.5M, the second half stays as planned
    assertThat(replan(withMilestone, actual("2026-03-31", 1_500_000), "2026-04-01")).extracting(KeyResult::target)
        .containsExactly(2_000_000.0, 2_500_000.0, 3_000_000.0, 3_000_000.0);
    // after the milestone: Q3 delivered 2.5M of its 3M, so Q4 makes up the 0.5M before the target
    assertThat(replan(withMilestone, Actuals.builder().add("retention", "2026-03-31", 2_000_000)
        .add("retention", "2026-06-30", 2_000_000).add("retention", "2026-09-30", 2_500_000).build(), "2026-10-01"))
        .extracting(KeyResult::target).containsExactly(2_000_000.0, 2_000_000.0, 3_000_000.0, 3_500_000.0);
    // Q1 delivered 5M, past the milestone: Q2 asks for nothing, never for a negative amount
    assertThat(replan(withMilestone, actual("2026-03-31", 5_000_000), "2026-04-01")).extracting(KeyResult::target)
        .containsExactly(2_000_000.0, 0.0, 3_000_000.0, 3_000_000.0);
  }

  @Test
  void aFlowPlannedAtNothingThatIsExceededStillAsksForNothingRatherThanANegativeAmount() {
    Scorecard nothing = Examples.withKpi(k -> k.flow().precision(0).baseline(0, "2025-12-31")
        .target(0, "2026-12-31"));
    assertThat(replan(nothing, actual("2026-03-31", 100), "2026-04-01")).extracting(KeyResult::target)
        .containsExactly(0.0, 0.0, 0.0, 0.0);
  }

  @Test
  void aFlowGapIsAddedToThePlannedPartsAsTheSeasonWeighsThemAndAQuarterItGivesNothingStillAsksNothing() {
    Scorecard seasonal = Examples.withKpi(k -> k.flow().precision(0).pacing(Pacing.seasonal(1, 1, 1, 0))
        .baseline(0, "2025-12-31").target(100, "2026-12-31"));
    // plan 33, 34, 33, 0; Q1 delivered 32: the missing 1 goes to Q2 (first of the tie), P' = P + gap
    assertThat(replan(seasonal, actual("2026-03-31", 32), "2026-04-01")).extracting(KeyResult::target)
        .containsExactly(33.0, 35.0, 33.0, 0.0);
  }
}
