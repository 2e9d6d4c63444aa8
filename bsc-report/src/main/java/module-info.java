/**
 * bsc-report: the review pack of a scorecard as one self-contained HTML file: the strategy map coloured by
 * status, a summary with what changed since the previous period, every KPI with its actual, target, expected
 * value to date, score, status and trend, the initiatives, this and next quarter's key results with grades, and
 * the validation findings. Inline CSS and SVG only: no script, no request to any network, a print stylesheet.
 *
 * <p>Start with {@link io.github.bsckit.report.ScorecardReport#builder(io.github.bsckit.core.model.Scorecard)}.
 */
module io.github.bsckit.report {
  requires transitive io.github.bsckit.core;
  requires transitive io.github.bsckit.graph;
  requires transitive io.github.bsckit.okr;

  exports io.github.bsckit.report;
}
