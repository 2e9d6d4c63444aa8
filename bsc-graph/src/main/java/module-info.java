/**
 * bsc-graph: the strategy map of a scorecard as a JGraphT graph, the causality rules that judge it, impact
 * analysis along its arrows, and DOT, Mermaid and SVG pictures of it.
 *
 * <p>Start with {@link io.github.bsckit.graph.map.StrategyMap#of(io.github.bsckit.core.model.Scorecard)},
 * {@link io.github.bsckit.graph.rules.StrategyMapRules#all()},
 * {@link io.github.bsckit.graph.impact.ImpactAnalysis#of(io.github.bsckit.graph.map.StrategyMap)} and
 * {@link io.github.bsckit.graph.export.MapExport}.
 */
module io.github.bsckit.graph {
  requires transitive io.github.bsckit.core;
  requires tools.jackson.core; // the reports' JSON, written through bsc-core's internal ReportJson
  // Transitive on purpose: StrategyMap hands out a read-only org.jgrapht.Graph view.
  requires transitive org.jgrapht.core;

  exports io.github.bsckit.graph.map;
  exports io.github.bsckit.graph.rules;
  exports io.github.bsckit.graph.impact;
  exports io.github.bsckit.graph.export;
  exports io.github.bsckit.graph.cascade;
  // The pictures' status colours and marks, which the review pack's tables share with its map.
  exports io.github.bsckit.graph.internal to io.github.bsckit.report;
}
