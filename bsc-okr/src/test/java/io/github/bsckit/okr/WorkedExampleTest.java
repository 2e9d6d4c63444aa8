package io.github.bsckit.okr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.okr.grading.OkrGrader;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import io.github.bsckit.okr.testing.Examples;
import io.github.bsckit.okr.wording.KeyResultWording;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's worked example, end to end through planning, wording and grading: retention from 85% to 90% over
 * the four quarters of FY2026, precision 2.
 */
@Tag("text")
class WorkedExampleTest {
  private static final KpiId RETENTION = KpiId.of("retention");

  private static List<Double> levels(Pacing pacing) {
    OkrPlan plan = OkrPlanner.builder().pacing(pacing).build().plan(Examples.retention());
    return plan.keyResults(RETENTION).stream().map(KeyResult::target).toList();
  }

  @Test
  void linearPacingStepsEvenly() {
    assertThat(levels(Pacing.linear())).containsExactly(86.25, 87.5, 88.75, 90.0);
  }

  @Test
  void frontLoadedPacingDoesMostEarly() {
    assertThat(levels(Pacing.frontLoaded())).containsExactly(87.0, 88.5, 89.5, 90.0);
  }

  @Test
  void backLoadedPacingDoesMostLate() {
    assertThat(levels(Pacing.backLoaded())).containsExactly(85.5, 86.5, 88.0, 90.0);
  }

  @Test
  void seasonalPacingFollowsTheWeightsOfEachQuarter() {
    assertThat(levels(Pacing.seasonal(0.17, 0.23, 0.30, 0.30))).containsExactly(85.85, 87.0, 88.5, 90.0);
  }

  @Test
  void eachQuarterStartsWhereThePreviousEnds() {
    OkrPlan plan = OkrPlanner.defaults().plan(Examples.retention());
    assertThat(plan.keyResults(RETENTION)).extracting(KeyResult::start).containsExactly(85.0, 86.25, 87.5, 88.75);
  }

  @Test
  void theSecondQuarterReadsAsPeopleWriteIt() {
    KeyResult q2 = OkrPlanner.defaults().plan(Examples.retention())
        .keyResult(RETENTION, FiscalQuarter.parse("FY2026 Q2")).orElseThrow();
    assertThat(KeyResultWording.english().describe(q2))
        .isEqualTo("Increase Customer Retention Rate from 86.25% to 87.5% in FY2026 Q2");
  }

  @Test
  void anActualOf87GradesTheSecondQuarterAt06() {
    KeyResult q2 = OkrPlanner.defaults().plan(Examples.retention())
        .keyResult(RETENTION, FiscalQuarter.parse("FY2026 Q2")).orElseThrow();
    assertThat(OkrGrader.grade(q2, 87).grade().reported()).isEqualTo(0.6);
  }
}
