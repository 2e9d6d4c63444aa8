package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.okr.testing.Examples;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Dated milestones are met on their own dates: the key results step along the KPI's expected path, and the
 * pacing spreads each stretch from one milestone to the next.
 */
class MilestoneTest {

  private static List<Double> targets(Pacing pacing, Consumer<Kpi.Builder> kpi) {
    return OkrPlanner.builder().pacing(pacing).build().plan(Examples.withKpi(kpi)).keyResults(KpiId.of("retention"))
        .stream().map(KeyResult::target).toList();
  }

  @Test
  void aMilestoneAtTheEndOfAQuarterIsThatQuartersLevelAndSplitsThePacing() {
    assertThat(targets(Pacing.linear(), k -> k.unit("%").baseline(85, "2026-01-01").milestone(86, "2026-06-30")
        .target(90, "2026-12-31")))
        .containsExactly(85.5, 86.0, 88.0, 90.0);
  }

  @Test
  void aMilestoneInTheMiddleOfAQuarterIsMetOnItsDateAndThePathGoesOnFromIt() {
    // the pacing's share is 1/4 at 03-31, (91 + 45)/364 at 05-15, 1/2 at 06-30, 3/4 at 09-30:
    // 85 + 1·(91/136) = 85.669…, then 86 + 4·(46/228) = 86.807…, 86 + 4·(137/228) = 88.403…
    assertThat(targets(Pacing.linear(), k -> k.unit("%").baseline(85, "2026-01-01").milestone(86, "2026-05-15")
        .target(90, "2026-12-31")))
        .containsExactly(85.67, 86.81, 88.4, 90.0);
  }

  @Test
  void twoMilestonesInOneQuarterAreEachMetOnTheirDate() {
    // shares 1/4 at 03-31, 106/364 at 04-15, 167/364 at 06-15: 85 + 3·(91/106) = 87.575…,
    // then from 86 on 06-15: 86 + 4·(15/197) = 86.304…, 86 + 4·(106/197) = 88.152…
    assertThat(targets(Pacing.linear(), k -> k.unit("%").baseline(85, "2026-01-01").milestone(88, "2026-04-15")
        .milestone(86, "2026-06-15").target(90, "2026-12-31")))
        .containsExactly(87.58, 86.3, 88.15, 90.0);
  }

  @Test
  void aMilestoneInTheLastQuarterShapesTheWayThereAndTheQuarterStillEndsOnTheTarget() {
    // the share at 11-30 is (3·92 + 61)/368 = 337/368: the levels head for 95 on 11-30, 85 + 10·(92i/337)
    assertThat(targets(Pacing.linear(), k -> k.unit("%").baseline(85, "2026-01-01").milestone(95, "2026-11-30")
        .target(90, "2026-12-31")))
        .containsExactly(87.73, 90.46, 93.19, 90.0);
  }

  @Test
  void eachStretchBetweenMilestonesIsPacedOnItsOwn() {
    assertThat(targets(Pacing.frontLoaded(), k -> k.unit("%").baseline(80, "2026-01-01").milestone(85, "2026-06-30")
        .target(90, "2026-12-31")))
        // weights 4,3 | 2,1: 80 + 5·4/7 = 82.857…, 85 | 85 + 5·2/3 = 88.333…, 90
        .containsExactly(82.86, 85.0, 88.33, 90.0);
  }

  @Test
  void aStretchTheSeasonGivesNoWeightIsPacedEvenly() {
    assertThat(targets(Pacing.seasonal(0, 0, 1, 1), k -> k.unit("%").baseline(85, "2026-01-01")
        .milestone(86, "2026-06-30").target(90, "2026-12-31")))
        .containsExactly(85.5, 86.0, 88.0, 90.0);
  }

  @Test
  void aFlowMilestoneIsTheRunningTotalByItsDate() {
    assertThat(targets(Pacing.linear(), k -> k.flow().precision(0).baseline(0, "2025-12-31")
        .milestone(4_000_000, "2026-06-30").target(10_000_000, "2026-12-31")))
        .containsExactly(2_000_000.0, 2_000_000.0, 3_000_000.0, 3_000_000.0);
  }
}
