package io.github.bsckit.graph.export;

import io.github.bsckit.graph.map.StrategyMap;
import java.util.Objects;

/**
 * Pictures of a strategy map. Every export is deterministic (the same map gives the same text, byte for byte)
 * and escapes every name, whatever characters it holds.
 *
 * <pre>{@code
 * StrategyMap map = StrategyMap.of(scorecard);
 * Files.writeString(Path.of("map.svg"), MapExport.svg(map), StandardCharsets.UTF_8);
 * Files.writeString(Path.of("map.dot"), MapExport.dot(map), StandardCharsets.UTF_8);   // dot -Tpng map.dot
 * String mermaid = MapExport.mermaid(map);                                             // paste into Markdown
 * }</pre>
 *
 * <p>DOT and Mermaid show every declared link, duplicates and self-links included; the SVG draws one arrow per
 * pair of objectives (the map's {@linkplain StrategyMap#graph() graph}) plus a loop for each self-linked
 * objective. Downward links are red, inverse links dashed, and a link's line is thicker the stronger it is.
 */
public final class MapExport {
  private MapExport() {}

  /**
   * Writes the map as Graphviz DOT: drawn bottom to top, one {@code rank=same} row per perspective, headed by a
   * label node with the perspective's name; objectives coloured by their first theme.
   *
   * @param map the map
   * @return the DOT text
   */
  public static String dot(StrategyMap map) {
    return DotWriter.write(Objects.requireNonNull(map, "map"));
  }

  /**
   * Writes the map as a Mermaid flowchart ({@code flowchart BT}): a subgraph per perspective that has
   * objectives, kept in order bottom to top by invisible links; objectives coloured by their first theme.
   * Mermaid node ids are derived from objective ids ({@code o_L1}); names go in quoted labels with Mermaid's
   * entity codes for quotes, {@code #}, {@code &}, {@code <}, {@code >} and backticks.
   *
   * @param map the map
   * @return the Mermaid text
   */
  public static String mermaid(StrategyMap map) {
    return MermaidWriter.write(Objects.requireNonNull(map, "map"));
  }

  /**
   * Draws the map as SVG with {@linkplain SvgOptions#defaults() default options}.
   *
   * @param map the map
   * @return a standalone SVG document, UTF-8 declared
   */
  public static String svg(StrategyMap map) {
    return svg(map, SvgOptions.defaults());
  }

  /**
   * Draws the map as SVG the way Kaplan and Norton draw a strategy map: one horizontal band per perspective,
   * labelled on the left, the top perspective on top; objectives as rounded boxes with their names wrapped;
   * links as arrows, pointing up when a cause sits below its effect. Within each band the objectives are
   * ordered to keep arrows from crossing (barycenter sweeps over a layered drawing, where an arrow spanning
   * several bands threads through the gaps between boxes). Boxes take their first theme's colour, or their
   * status colour when the options carry statuses.
   *
   * @param map the map
   * @param options how to draw it
   * @return a standalone SVG document, UTF-8 declared; write it as UTF-8
   */
  public static String svg(StrategyMap map, SvgOptions options) {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(options, "options");
    return new SvgWriter(map, options).write();
  }
}
