/**
 * bsc-core: the Balanced Scorecard domain model, the validation rules framework, KPI scoring and the
 * scorecard document format.
 *
 * <p>Start with {@link io.github.bsckit.core.model.Scorecard#builder(String)}.
 */
@SuppressWarnings("module") // the sibling modules named below are built after this one
module io.github.bsckit.core {
  requires com.google.common;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires tools.jackson.dataformat.csv;
  requires org.snakeyaml.engine;

  exports io.github.bsckit.core;
  exports io.github.bsckit.core.calendar;
  exports io.github.bsckit.core.diff;
  exports io.github.bsckit.core.io;
  exports io.github.bsckit.core.model;
  exports io.github.bsckit.core.pacing;
  exports io.github.bsckit.core.period;
  exports io.github.bsckit.core.formula;
  exports io.github.bsckit.core.plan;
  exports io.github.bsckit.core.portfolio;
  exports io.github.bsckit.core.rules;
  exports io.github.bsckit.core.scoring;
  // The shared kernel (problem collector, number and unit text, "did you mean", enum keys): for siblings only.
  exports io.github.bsckit.core.internal to
      io.github.bsckit.graph,
      io.github.bsckit.okr,
      io.github.bsckit.report,
      io.github.bsckit.testkit,
      io.github.bsckit.xlsx;
  exports io.github.bsckit.core.internal.text to io.github.bsckit.report;
}
