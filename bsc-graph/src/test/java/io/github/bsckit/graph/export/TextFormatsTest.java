package io.github.bsckit.graph.export;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.internal.Markup;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.graph.Fixtures;
import io.github.bsckit.graph.internal.Palette;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.testkit.model.StrategyMapGenerators;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * DOT and Mermaid read back line by line: every perspective a row in order, every objective a node with its
 * wrapped name and its first theme's colours, and every declared link an edge in declaration order with its
 * width, dash, colour and tooltip. Checked on generated maps of every shape, self-links and duplicates included.
 */
@Tag("text")
class TextFormatsTest {
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** The strings of a DOT line, unescaped. */
  private static List<String> strings(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(line);
    while (m.find()) {
      StringBuilder sb = new StringBuilder();
      String q = m.group(1);
      for (int i = 0; i < q.length(); i++) {
        char c = q.charAt(i);
        if (c == '\\') {
          char next = q.charAt(++i);
          sb.append(next == 'n' ? '\n' : next);
        } else {
          sb.append(c);
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** What a name becomes in every picture: control characters replaced, white space runs as one space. */
  private static String visible(String name) {
    return Words.visible(name).strip().replaceAll("\\s+", " ");
  }

  @Test
  void dotDrawsEachPerspectiveAsARowChainedBottomToTopHoldingItsObjectives() {
    qt().withExamples(100).forAll(gen(StrategyMapGenerators.any())).checkAssert(s -> {
      StrategyMap map = StrategyMap.of(s);
      List<String> lines = MapExport.dot(map).lines().toList();
      int top = map.topRank();

      assertThat(lines.get(0)).isEqualTo("digraph " + DotWriter.quote(s.name()) + " {");
      assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
      int at = 4;
      for (int r = 0; r <= top; r++) {
        assertThat(strings(lines.get(at++))).containsExactly("perspective:" + map.perspectiveAt(r).id(), "",
            map.perspectiveAt(r).name());
      }
      for (int r = 0; r < top; r++) {
        assertThat(lines.get(at)).endsWith(" [style=invis];");
        assertThat(strings(lines.get(at++))).containsExactly("perspective:" + map.perspectiveAt(r).id(),
            "perspective:" + map.perspectiveAt(r + 1).id());
      }
      for (int r = 0; r <= top; r++) {
        List<String> row = new ArrayList<>(List.of("perspective:" + map.perspectiveAt(r).id()));
        map.row(r).forEach(id -> row.add(id.value()));
        assertThat(lines.get(at)).startsWith("  { rank=same; ");
        assertThat(strings(lines.get(at++))).containsExactlyElementsOf(row);
      }
      for (ObjectiveId id : map.objectiveIds()) {
        List<String> node = strings(lines.get(at++));
        String[] colours = Palette.ofObjective(map, map.themesOf(id));
        assertThat(node).hasSize(4);
        assertThat(node.get(0)).isEqualTo(id.value());
        List<String> label = List.of(node.get(1).split("\n"));
        assertThat(label).hasSizeLessThanOrEqualTo(Layout.MAX_LINES)
            .allSatisfy(l -> assertThat(Words.length(l)).isLessThanOrEqualTo(Layout.CHARS));
        String name = visible(map.objective(id).orElseThrow().name());
        boolean longWord = List.of(name.split(" ")).stream().anyMatch(w -> Words.length(w) > Layout.CHARS);
        if (!node.get(1).endsWith("\u2026")) {
          // A word longer than a line is cut inside: the lines then hold the name's letters, not its spaces.
          String joined = String.join(" ", label);
          assertThat(longWord ? joined.replace(" ", "") : joined).isEqualTo(longWord ? name.replace(" ", "") : name);
        }
        assertThat(node.subList(2, 4)).containsExactly(colours[0], colours[1]);
      }
      assertThat(lines.size() - 1 - at).as("one edge per declared link").isEqualTo(map.links().size());
    });
  }

  @Test
  void dotDrawsEveryDeclaredLinkInOrderWithItsWidthDashColourAndTooltip() {
    qt().withExamples(100).forAll(gen(StrategyMapGenerators.any())).checkAssert(s -> {
      StrategyMap map = StrategyMap.of(s);
      List<String> lines = MapExport.dot(map).lines().toList();
      List<String> edges = lines.subList(lines.size() - 1 - map.links().size(), lines.size() - 1);

      for (int i = 0; i < edges.size(); i++) {
        CausalLink l = map.links().get(i);
        List<String> attrs = new ArrayList<>();
        l.strength().ifPresent(v -> attrs.add("penwidth=" + Markup.num(0.8 + 2.2 * v.value())));
        if (l.polarity() == Polarity.INVERSE) {
          attrs.add("style=dashed");
        }
        if (map.rankOf(l.to()) < map.rankOf(l.from())) {
          attrs.add("color=\"#c62828\"");
        }
        l.rationale().ifPresent(r -> attrs.add("tooltip=" + DotWriter.quote(r)));
        String expected = "  " + DotWriter.quote(l.from().value()) + " -> " + DotWriter.quote(l.to().value())
            + (attrs.isEmpty() ? "" : " [" + String.join(", ", attrs) + "]") + ";";
        assertThat(edges.get(i)).isEqualTo(expected);
      }
    });
  }

  @Test
  void dotStyleOfEachKindOfLink() {
    Scorecard s = Fixtures.crmBuilder().objective("P2", "Automate \"Checks\"", "internal-process")
        .link("P2", "C1", l -> l.inverse().weak()).link("P2", "L1").link("P2", "P1").build();
    String dot = MapExport.dot(StrategyMap.of(s));

    assertThat(dot).contains("  \"P2\" -> \"C1\" [penwidth=1.5, style=dashed];\n",
        "  \"P2\" -> \"L1\" [color=\"#c62828\"];\n", "  \"P2\" -> \"P1\";\n",
        "  \"C1\" -> \"F1\" [penwidth=2.8];\n", "  \"P1\" -> \"C1\" [penwidth=2.1];\n",
        "  \"P2\" [label=\"Automate \\\"Checks\\\"\", fillcolor=\"#ffffff\", color=\"#5f6b76\"];\n");
  }

  @Test
  void dotQuotesBackslashesQuotesAndLineBreaksAndDropsCarriageReturns() {
    assertThat(DotWriter.quote("a\\b\"c\nd\re")).isEqualTo("\"a\\\\b\\\"c\\nde\"");
    assertThat(DotWriter.quote("")).isEqualTo("\"\"");
  }

  @Test
  void mermaidDrawsASubgraphPerNonEmptyPerspectiveChainedBottomToTopAndEveryLinkInOrder() {
    qt().withExamples(100).forAll(gen(StrategyMapGenerators.any())).checkAssert(s -> {
      StrategyMap map = StrategyMap.of(s);
      List<String> lines = MapExport.mermaid(map).lines().toList();
      Map<ObjectiveId, String> node = new LinkedHashMap<>();
      List<String> rows = new ArrayList<>();

      assertThat(lines.get(0)).isEqualTo("flowchart BT");
      int at = 1;
      for (int r = 0; r <= map.topRank(); r++) {
        if (map.row(r).isEmpty()) {
          continue;
        }
        Matcher sub = Pattern.compile("  subgraph (p_[A-Za-z0-9_]+)\\[\"([^\"]*)\"]").matcher(lines.get(at++));
        assertThat(sub.matches()).isTrue();
        assertThat(sub.group(1)).startsWith("p_" + map.perspectiveAt(r).id().value().replaceAll("[^A-Za-z0-9_]", "_"));
        rows.add(sub.group(1));
        for (ObjectiveId id : map.row(r)) {
          Matcher n = Pattern.compile("    (o_[A-Za-z0-9_]+)\\[\"([^\"]*)\"]").matcher(lines.get(at++));
          assertThat(n.matches()).as(lines.get(at - 1)).isTrue();
          assertThat(n.group(1)).startsWith("o_" + id.value().replaceAll("[^A-Za-z0-9_]", "_"));
          node.put(id, n.group(1));
        }
        assertThat(lines.get(at++)).isEqualTo("  end");
      }
      assertThat(node.values()).as("node ids are distinct").doesNotHaveDuplicates();
      assertThat(rows).doesNotHaveDuplicates().doesNotContainAnyElementsOf(node.values());
      for (int i = 0; i + 1 < rows.size(); i++) {
        assertThat(lines.get(at++)).isEqualTo("  " + rows.get(i) + " ~~~ " + rows.get(i + 1));
      }
      for (CausalLink l : map.links()) {
        assertThat(lines.get(at++)).isEqualTo("  " + node.get(l.from())
            + (l.polarity() == Polarity.INVERSE ? " -.-> " : " --> ") + node.get(l.to()));
      }
      // Then the theme classes: one per theme that is some objective's first, numbered by theme order.
      List<ThemeId> themes = List.copyOf(map.themes().keySet());
      for (int k = 0; k < themes.size(); k++) {
        List<String> members = new ArrayList<>();
        for (ObjectiveId id : map.objectiveIds()) {
          if (!map.themesOf(id).isEmpty() && map.themesOf(id).get(0).equals(themes.get(k))) {
            members.add(node.get(id));
          }
        }
        if (!members.isEmpty()) {
          String[] c = Palette.ofTheme(map, themes.get(k));
          assertThat(lines.get(at++)).isEqualTo("  classDef theme" + k + " fill:" + c[0] + ",stroke:" + c[1]);
          assertThat(lines.get(at++)).isEqualTo("  class " + String.join(",", members) + " theme" + k);
        }
      }
      assertThat(lines).hasSize(at);
    });
  }

  @Test
  void mermaidGivesIdsThatCleanUpAlikeTheirOwnNumberedNodes() {
    Scorecard s = Scorecard.builder("Alike")
        .perspective("top-row", "Top").perspective("top_row", "Also top")
        .objective("A-1", "First", "top-row").objective("A_1", "Second", "top-row").objective("A.1", "Third", "top_row")
        .link("A-1", "A.1").link("A_1", "A.1", l -> l.inverse()).build();
    String mermaid = MapExport.mermaid(StrategyMap.of(s));

    assertThat(mermaid).contains("  subgraph p_top_row[\"Also top\"]\n    o_A_1_3[\"Third\"]\n",
        "  subgraph p_top_row_2[\"Top\"]\n    o_A_1[\"First\"]\n    o_A_1_2[\"Second\"]\n",
        "  p_top_row ~~~ p_top_row_2\n", "  o_A_1 --> o_A_1_3\n", "  o_A_1_2 -.-> o_A_1_3\n");
  }

  @Test
  void mermaidNumbersThemeClassesByThemeOrderSkippingThemesNoObjectiveLeads() {
    Scorecard s = Scorecard.builder("Themes").theme("T1", "Only second").theme("T2", "Leading")
        .objective("F1", "Grow", "financial", o -> o.theme("T2", "T1"))
        .objective("C1", "Keep", "customer", o -> o.theme("T2")).objective("C2", "Plain", "customer")
        .link("C1", "F1").build();
    String mermaid = MapExport.mermaid(StrategyMap.of(s));
    String[] c = Palette.ofTheme(StrategyMap.of(s), ThemeId.of("T2"));

    assertThat(mermaid).endsWith("  classDef theme1 fill:" + c[0] + ",stroke:" + c[1] + "\n"
        + "  class o_F1,o_C1 theme1\n").doesNotContain("theme0");
    assertThat(mermaid.lines().filter(l -> l.startsWith("    o_C2"))).containsExactly("    o_C2[\"Plain\"]");
  }

  @Test
  void mermaidReplacesLineBreaksInsideALabelWithSpaces() {
    Scorecard s = Scorecard.builder("Breaks").perspective("top", "Two\r\nLines").perspective("base", "Base")
        .objective("F1", "Grow", "top").build();

    assertThat(MapExport.mermaid(StrategyMap.of(s))).contains("  subgraph p_top[\"Two  Lines\"]\n")
        .doesNotContain("p_base");
  }
}
