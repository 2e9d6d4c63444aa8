package io.github.bsckit.graph.export;

import io.github.bsckit.core.internal.Markup;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.graph.internal.Palette;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.ArrayList;
import java.util.List;

/** Writes a map as Graphviz DOT: bottom to top, one {@code rank=same} row per perspective. */
final class DotWriter {
  private DotWriter() {}

  static String write(StrategyMap map) {
    StringBuilder sb = new StringBuilder();
    sb.append("digraph ").append(quote(map.scorecard().name())).append(" {\n")
        .append("  graph [rankdir=BT, newrank=true, nodesep=0.35, ranksep=0.7, fontname=\"Helvetica\", label=")
        .append(quote(map.scorecard().name())).append(", labelloc=t, fontsize=18];\n")
        .append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, fillcolor=\"")
        .append(Palette.PLAIN_FILL).append("\", color=\"").append(Palette.PLAIN_STROKE).append("\"];\n")
        .append("  edge [color=\"#455a64\", arrowsize=0.8];\n");
    // A label node per perspective, chained bottom to top by invisible edges, pins the rows in order even where
    // no link connects them.
    for (int r = 0; r <= map.topRank(); r++) {
      sb.append("  ").append(quote(rowNode(map, r))).append(" [shape=plaintext, style=\"\", fontsize=13, label=")
          .append(quote(map.perspectiveAt(r).name())).append("];\n");
    }
    for (int r = 0; r < map.topRank(); r++) {
      sb.append("  ").append(quote(rowNode(map, r))).append(" -> ").append(quote(rowNode(map, r + 1)))
          .append(" [style=invis];\n");
    }
    for (int r = 0; r <= map.topRank(); r++) {
      sb.append("  { rank=same; ").append(quote(rowNode(map, r))).append(';');
      for (ObjectiveId id : map.row(r)) {
        sb.append(' ').append(quote(id.value())).append(';');
      }
      sb.append(" }\n");
    }
    for (ObjectiveId id : map.objectiveIds()) {
      Objective o = map.objective(id).orElseThrow();
      String[] colours = Palette.ofObjective(map, o.themes());
      sb.append("  ").append(quote(id.value())).append(" [label=")
          .append(quote(String.join("\n", Words.wrap(o.name(), Layout.CHARS, Layout.MAX_LINES))))
          .append(", fillcolor=\"").append(colours[0]).append("\", color=\"").append(colours[1]).append("\"];\n");
    }
    for (CausalLink l : map.links()) {
      // Every declared link, so the picture shows what the rules complain about (copies, self-links).
      sb.append("  ").append(quote(l.from().value())).append(" -> ").append(quote(l.to().value()));
      List<String> attrs = new ArrayList<>();
      l.strength().ifPresent(s -> attrs.add("penwidth=" + Markup.num(0.8 + 2.2 * s.value())));
      if (l.polarity() == Polarity.INVERSE) {
        attrs.add("style=dashed");
      }
      if (map.rankOf(l.to()) < map.rankOf(l.from())) {
        attrs.add("color=\"#c62828\"");
      }
      l.rationale().ifPresent(r -> attrs.add("tooltip=" + quote(r)));
      if (!attrs.isEmpty()) {
        sb.append(" [").append(String.join(", ", attrs)).append(']');
      }
      sb.append(";\n");
    }
    return sb.append("}\n").toString();
  }

  private static String rowNode(StrategyMap map, int rank) {
    return "perspective:" + map.perspectiveAt(rank).id();
  }

  /** A DOT string: backslashes and quotes escaped, line breaks as DOT's centred {@code \n}. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> { }
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
