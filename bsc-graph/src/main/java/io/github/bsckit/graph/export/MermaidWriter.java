package io.github.bsckit.graph.export;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.graph.internal.Palette;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes a map as a Mermaid flowchart: bottom to top, a subgraph per perspective. */
final class MermaidWriter {
  private MermaidWriter() {}

  static String write(StrategyMap map) {
    Set<String> taken = new HashSet<>();
    Map<ObjectiveId, String> node = new HashMap<>();
    for (ObjectiveId id : map.objectiveIds()) {
      node.put(id, unique("o_" + id.value(), taken));
    }
    StringBuilder sb = new StringBuilder("flowchart BT\n");
    List<String> rows = new ArrayList<>();
    for (int r = 0; r <= map.topRank(); r++) {
      if (map.row(r).isEmpty()) {
        continue; // Mermaid cannot draw an empty subgraph
      }
      String row = unique("p_" + map.perspectiveAt(r).id().value(), taken);
      rows.add(row);
      sb.append("  subgraph ").append(row).append("[\"").append(label(map.perspectiveAt(r).name())).append("\"]\n");
      for (ObjectiveId id : map.row(r)) {
        // Each line escaped, then joined by Mermaid's line break, which must stay markup.
        String text = Words.wrap(map.objective(id).orElseThrow().name(), Layout.CHARS, Layout.MAX_LINES).stream()
            .map(MermaidWriter::label).collect(Collectors.joining("<br/>"));
        sb.append("    ").append(node.get(id)).append("[\"").append(text).append("\"]\n");
      }
      sb.append("  end\n");
    }
    for (int i = 0; i + 1 < rows.size(); i++) {
      sb.append("  ").append(rows.get(i)).append(" ~~~ ").append(rows.get(i + 1)).append('\n');
    }
    for (CausalLink l : map.links()) {
      sb.append("  ").append(node.get(l.from())).append(l.polarity() == Polarity.INVERSE ? " -.-> " : " --> ")
          .append(node.get(l.to())).append('\n');
    }
    // Colour by first theme, as the SVG does: one class per theme that colours any objective.
    Map<ThemeId, List<String>> byTheme = new LinkedHashMap<>();
    map.themes().keySet().forEach(t -> byTheme.put(t, new ArrayList<>()));
    for (ObjectiveId id : map.objectiveIds()) {
      List<ThemeId> themes = map.themesOf(id);
      if (!themes.isEmpty()) {
        byTheme.get(themes.get(0)).add(node.get(id));
      }
    }
    int k = 0;
    for (Map.Entry<ThemeId, List<String>> e : byTheme.entrySet()) {
      String cls = "theme" + k++;
      if (!e.getValue().isEmpty()) {
        String[] c = Palette.ofTheme(map, e.getKey());
        sb.append("  classDef ").append(cls).append(" fill:").append(c[0]).append(",stroke:").append(c[1]).append('\n');
        sb.append("  class ").append(String.join(",", e.getValue())).append(' ').append(cls).append('\n');
      }
    }
    return sb.toString();
  }

  /** A Mermaid id from an objective or perspective id: letters, digits and underscores, never a keyword. */
  private static String unique(String raw, Set<String> taken) {
    String base = raw.replaceAll("[^A-Za-z0-9_]", "_");
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "_" + n;
    }
    return id;
  }

  /** Mermaid's entity codes for what would otherwise end the label or be read as markup or markdown. */
  private static String label(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("#quot;");
        case '#' -> sb.append("#35;");
        case '&' -> sb.append("#amp;");
        case '<' -> sb.append("#lt;");
        case '>' -> sb.append("#gt;");
        case '`' -> sb.append("#96;");
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
