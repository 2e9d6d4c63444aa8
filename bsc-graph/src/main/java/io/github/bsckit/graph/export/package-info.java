/**
 * Pictures of a strategy map: Graphviz DOT, Mermaid, and an SVG drawn as Kaplan and Norton draw a strategy
 * map. Start with {@link io.github.bsckit.graph.export.MapExport}.
 */
package io.github.bsckit.graph.export;
