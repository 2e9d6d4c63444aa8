package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.okr.testing.Examples;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Dated milestones override the pacing: they fix the level (or running total) at the end of their quarter. */
class MilestoneTest {

  private static List<Double> targets(Pacing pacing, Consumer<Kpi.Builder> kpi) {
    return OkrPlanner.builder().pacing(pacing).build().plan(Examples.withKpi(kpi)).keyResults(KpiId.of("retention"))
        .stream().map(KeyResult::target).toList();
  }

  @Test
  void aMilestoneFixesTheLevelAtTheEndOfItsQuarterAndSplitsThePacing() {
    assertThat(targets(Pacing.linear(), k -> k.unit("%").baseline(85, "2026-01-01").milestone(86, "2026-06-30")
        .target(90, "2026-12-31")))
        .containsExactly(85.5, 86.0, 88.0, 90.0);
  }

  @Test
  void aMilestoneInTheMiddleOfAQuarterCountsForThatQuarter() {
    assertThat(targets(Pacing.linear(), k -> k.unit("%").baseline(85, "2026-01-01").milestone(86, "2026-05-15")
        .target(90, "2026-12-31")))
        .containsExactly(85.5, 86.0, 88.0, 90.0);
  }

  @Test
  void theLatestMilestoneOfAQuarterWins() {
    assertThat(targets(Pacing.linear(), k -> k.unit("%").baseline(85, "2026-01-01").milestone(88, "2026-04-15")
        .milestone(86, "2026-06-15").target(90, "2026-12-31")))
        .containsExactly(85.5, 86.0, 88.0, 90.0);
  }

  @Test
  void theTargetWinsOverAMilestoneInItsQuarter() {
    assertThat(targets(Pacing.linear(), k -> k.unit("%").baseline(85, "2026-01-01").milestone(95, "2026-11-30")
        .target(90, "2026-12-31")))
        .containsExactly(86.25, 87.5, 88.75, 90.0);
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
