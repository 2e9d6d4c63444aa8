package io.github.bsckit.graph.cascade;

import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitId;
import io.github.bsckit.core.portfolio.UnitObjective;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The combined map as graph text: Graphviz DOT and Mermaid, one cluster (subgraph) per unit, causal links as
 * solid arrows and alignments as dashed ones. Deterministic. Thread-safe: static functions.
 *
 * <pre>{@code
 * String dot = CascadeText.dot(CascadeMap.of(portfolio));
 * }</pre>
 */
public final class CascadeText {
  private CascadeText() {}

  /**
   * {@return the map in Graphviz DOT, bottom to top}
   *
   * @param map the combined map
   */
  public static String dot(CascadeMap map) {
    Objects.requireNonNull(map, "map");
    StringBuilder sb = new StringBuilder("digraph cascade {\n  rankdir=BT;\n  node [shape=box, style=rounded];\n");
    int i = 0;
    for (Unit u : map.portfolio().units()) {
      sb.append("  subgraph cluster_").append(i++).append(" {\n    label=").append(quote(u.name())).append(";\n");
      for (Objective o : u.scorecard().objectives()) {
        sb.append("    ").append(quote(new UnitObjective(u.id(), o.id()).toString())).append(" [label=")
            .append(quote(o.id() + " " + o.name())).append("];\n");
      }
      sb.append("  }\n");
    }
    for (CascadeLink e : map.graph().edgeSet().stream().sorted(order(map)).toList()) {
      sb.append("  ").append(quote(e.from().toString())).append(" -> ").append(quote(e.to().toString()))
          .append(e.kind() == CascadeLink.Kind.ALIGNMENT ? " [style=dashed]" : "").append(";\n");
    }
    return sb.append("}\n").toString();
  }

  /**
   * {@return the map as a Mermaid flowchart, bottom to top}
   *
   * @param map the combined map
   */
  public static String mermaid(CascadeMap map) {
    Objects.requireNonNull(map, "map");
    StringBuilder sb = new StringBuilder("flowchart BT\n");
    for (Unit u : map.portfolio().units()) {
      sb.append("  subgraph ").append(node(u.id().value())).append("_unit[\"").append(label(u.name())).append("\"]\n");
      for (Objective o : u.scorecard().objectives()) {
        sb.append("    ").append(node(new UnitObjective(u.id(), o.id()).toString())).append("[\"")
            .append(label(o.id() + " " + o.name())).append("\"]\n");
      }
      sb.append("  end\n");
    }
    for (CascadeLink e : map.graph().edgeSet().stream().sorted(order(map)).toList()) {
      sb.append("  ").append(node(e.from().toString())).append(e.kind() == CascadeLink.Kind.ALIGNMENT ? " -.-> "
          : " --> ").append(node(e.to().toString())).append('\n');
    }
    return sb.toString();
  }

  /**
   * Links first, unit by unit as declared, then alignments as declared. (Units are ranked by their place in the
   * portfolio, not by their ids, which would put a unit "alpha" declared last before the root.)
   */
  private static Comparator<CascadeLink> order(CascadeMap map) {
    Map<UnitId, Integer> rank = new HashMap<>();
    for (Unit u : map.portfolio().units()) {
      rank.put(u.id(), rank.size());
    }
    return Comparator.comparing(CascadeLink::kind)
        .thenComparingInt(e -> e.kind() == CascadeLink.Kind.LINK ? rank.get(e.from().unit()) : 0)
        .thenComparingInt(CascadeLink::index);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
  }

  /** A Mermaid node id: letters, digits and underscores only, so ids with '.', '-' or '/' stay distinct. */
  private static String node(String s) {
    StringBuilder sb = new StringBuilder("n_");
    for (char c : s.toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : "_" + (int) c + "_");
    }
    return sb.toString();
  }

  private static String label(String s) {
    return s.replace("\"", "#quot;").replace("\n", " ");
  }
}
