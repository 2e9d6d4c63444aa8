/**
 * bsc-okr: activates a Balanced Scorecard with quarterly OKRs. bsc-core's {@linkplain
 * io.github.bsckit.core.calendar fiscal calendar} turns dates into fiscal quarters, bsc-core's {@linkplain io.github.bsckit.core.pacing pacing} says how
 * much of a KPI's way to its target falls in each quarter, the {@linkplain io.github.bsckit.okr.plan planner}
 * turns every KPI's baseline and target into one key result per quarter, {@linkplain
 * io.github.bsckit.okr.wording wording} writes them as people do, and {@linkplain io.github.bsckit.okr.grading
 * grading} scores them on Google's 0.0–1.0 scale and turns check-ins back into KPI actuals.
 *
 * <p>Start with {@link io.github.bsckit.okr.plan.OkrPlanner#builder()}.
 */
module io.github.bsckit.okr {
  requires transitive io.github.bsckit.core;
  requires tools.jackson.core; // the reports' JSON, written through bsc-core's internal ReportJson

  exports io.github.bsckit.okr.plan;
  exports io.github.bsckit.okr.wording;
  exports io.github.bsckit.okr.grading;
}
