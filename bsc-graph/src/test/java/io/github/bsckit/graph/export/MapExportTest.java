package io.github.bsckit.graph.export;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.Fixtures;
import io.github.bsckit.graph.internal.Palette;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.testkit.model.StrategyMapGenerators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@Tag("text")
class MapExportTest {
  private static final String AWKWARD = "R&D <Lab> \"Quoted\" 'n' \\ back # hash `tick` 日本語 😀 end";
  private final StrategyMap crm = StrategyMap.of(Fixtures.crmChain());

  private static Scorecard awkward() {
    return Fixtures.crmBuilder().objective("X1", AWKWARD + "\u0001", "customer").link("X1", "F1").build();
  }

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  private static List<Element> elements(Document d, String tag) {
    NodeList nodes = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static Element group(Document d, String id) {
    return elements(d, "g").stream().filter(g -> g.getAttribute("id").equals(id)).findFirst().orElseThrow();
  }

  @Test
  void dotDrawsOneRowPerPerspectiveBottomToTop() {
    String dot = MapExport.dot(crm);

    assertThat(dot).startsWith("digraph \"Acme Retail\" {\n").contains("rankdir=BT")
        .contains("  { rank=same; \"perspective:financial\"; \"F1\"; }\n")
        .contains("  { rank=same; \"perspective:learning-growth\"; \"L1\"; }\n")
        .contains("  \"perspective:learning-growth\" -> \"perspective:internal-process\" [style=invis];\n")
        .contains("  \"L1\" -> \"P1\" [penwidth=2.8, tooltip=\"Trained staff convert more demos\"];\n")
        .contains("  \"P1\" [label=\"Improve Sales\\nConversion Process\", fillcolor=\"#ffffff\"")
        .endsWith("}\n");
    assertThat(dot.split("rank=same", -1)).hasSize(5);
  }

  @Test
  void dotEscapesQuotesAndBackslashes() {
    assertThat(MapExport.dot(StrategyMap.of(awkward())))
        .contains("[label=\"R&D <Lab> \\\"Quoted\\\" 'n'\\n\\\\ back # hash `tick`\\n日本語 😀 end\uFFFD\"");
  }

  @Test
  void mermaidDrawsASubgraphPerPerspectiveBottomToTop() {
    String mermaid = MapExport.mermaid(crm);

    assertThat(mermaid).startsWith("flowchart BT\n  subgraph p_learning_growth[\"Learning #amp; Growth\"]\n")
        .contains("    o_L1[\"Train Staff on New CRM\"]\n")
        .contains("  p_learning_growth ~~~ p_internal_process\n")
        .contains("  o_L1 --> o_P1\n");
    assertThat(mermaid.split("subgraph ", -1)).hasSize(5);
  }

  @Test
  void mermaidEscapesEverythingThatWouldBreakALabel() {
    String mermaid = MapExport.mermaid(StrategyMap.of(awkward()));

    assertThat(mermaid).contains("R#amp;D #lt;Lab#gt; #quot;Quoted#quot; 'n'")
        .contains("#35; hash #96;tick#96;").contains("日本語 😀");
    assertThat(mermaid.lines().filter(l -> l.contains("o_X1[")).findFirst().orElseThrow())
        .matches(" {4}o_X1\\[\"[^\"]*\"]");
  }

  @Test
  void mermaidDashesInverseLinks() {
    Scorecard s = Fixtures.crmBuilder().objective("P2", "Automate Checks", "internal-process")
        .link("P2", "C1", l -> l.inverse()).build();

    assertThat(MapExport.mermaid(StrategyMap.of(s))).contains("  o_P2 -.-> o_C1\n");
  }

  @Test
  void svgIsWellFormedAndKeepsEveryCharacterOfAName() {
    Document svg = parse(MapExport.svg(StrategyMap.of(awkward())));

    StringBuilder text = new StringBuilder();
    NodeList texts = group(svg, "objective-X1").getElementsByTagName("text");
    for (int i = 1; i < texts.getLength(); i++) {
      text.append(i > 1 ? " " : "").append(texts.item(i).getTextContent());
    }
    assertThat(text.toString()).isEqualTo(AWKWARD + "\uFFFD");
  }

  @Test
  void svgDrawsFourBandsTopPerspectiveFirst() {
    Document svg = parse(MapExport.svg(crm));

    List<String> labels = new ArrayList<>();
    List<Double> tops = new ArrayList<>();
    for (Element t : elements(svg, "text")) {
      if (t.getAttribute("font-weight").equals("bold") && t.getAttribute("fill").equals("#ffffff")) {
        labels.add(t.getTextContent());
        tops.add(Double.parseDouble(t.getAttribute("y")));
      }
    }
    assertThat(labels).containsExactly("Financial", "Customer", "Internal Process", "Learning & Growth");
    assertThat(tops).isSorted();
  }

  @Test
  void svgArrowsPointUpFromCauseToEffect() {
    Document svg = parse(MapExport.svg(crm));

    List<Element> paths = elements(svg, "path").stream().filter(p -> p.hasAttribute("marker-end")
        && ((Element) p.getParentNode()).getAttribute("class").equals("links")).toList();
    assertThat(paths).hasSize(3);
    for (Element p : paths) {
      String[] points = p.getAttribute("d").replaceAll("[MC]", " ").trim().split("\\s+");
      double startY = Double.parseDouble(points[0].split(",")[1]);
      double endY = Double.parseDouble(points[points.length - 1].split(",")[1]);
      assertThat(endY).isLessThan(startY);
    }
  }

  @Test
  void svgMarksAddedRemovedAndChangedObjectivesAndLinksAndExplainsThemInTheLegend() {
    SvgOptions options = SvgOptions.defaults().withMark(ObjectiveId.of("F1"), Mark.ADDED)
        .withMark(ObjectiveId.of("C1"), Mark.REMOVED).withMark(ObjectiveId.of("P1"), ObjectiveId.of("C1"), Mark.CHANGED);
    String text = MapExport.svg(crm, options);
    Document svg = parse(text);

    Element f1 = group(svg, "objective-F1");
    assertThat(f1.getAttribute("class")).isEqualTo("added");
    assertThat(((Element) f1.getElementsByTagName("rect").item(0)).getAttribute("stroke")).isEqualTo("#2e7d32");
    Element c1 = group(svg, "objective-C1");
    assertThat(c1.getAttribute("class")).isEqualTo("removed");
    assertThat(c1.getAttribute("opacity")).isEqualTo("0.45");
    assertThat(((Element) c1.getElementsByTagName("rect").item(0)).getAttribute("stroke-dasharray")).isEqualTo("6 4");
    assertThat(group(svg, "objective-L1").hasAttribute("class")).isFalse();
    assertThat(elements(svg, "path")).filteredOn(p -> p.getAttribute("class").equals("changed")).singleElement()
        .satisfies(p -> assertThat(p.getAttribute("stroke")).isEqualTo("#ef6c00"));
    assertThat(text).contains(">added</text>", ">removed (ghosted)</text>", ">changed</text>");
    assertThat(MapExport.svg(crm)).doesNotContain("class=\"added\"", ">changed</text>");
  }

  @Test
  void svgColoursObjectivesByStatusWhenGivenSome() {
    SvgOptions options = SvgOptions.defaults().withStatuses(Map.of(ObjectiveId.of("F1"), Status.ON_TRACK,
        ObjectiveId.of("C1"), Status.OFF_TRACK));
    Document svg = parse(MapExport.svg(crm, options));

    assertThat(((Element) group(svg, "objective-F1").getElementsByTagName("rect").item(0)).getAttribute("fill"))
        .isEqualTo("#d4edda");
    assertThat(((Element) group(svg, "objective-L1").getElementsByTagName("rect").item(0)).getAttribute("fill"))
        .isEqualTo("#eceff1");
    assertThat(MapExport.svg(crm, options)).contains("\u2713 on track</text>", "\u2717 off track</text>",
        "\u2013 no data</text>");
  }

  @Test
  void svgColoursObjectivesByTheirFirstTheme() {
    Document svg = parse(MapExport.svg(StrategyMap.of(Fixtures.retail25())));

    assertThat(((Element) group(svg, "objective-F1").getElementsByTagName("rect").item(0)).getAttribute("fill"))
        .isEqualTo("#e2f0d9");
    assertThat(group(svg, "objective-P9").getElementsByTagName("circle").getLength()).isEqualTo(1);
  }

  @Test
  void svgOrdersEachRowToUncrossArrows() {
    Scorecard crossed = Scorecard.builder("Crossed")
        .objective("C1", "Win Shoppers", "customer").objective("C2", "Keep Shoppers", "customer")
        .objective("C3", "Serve Businesses", "customer")
        .objective("P1", "Price Right", "internal-process").objective("P2", "Serve Well", "internal-process")
        .objective("P3", "Sell to Firms", "internal-process")
        .link("P1", "C3").link("P2", "C2").link("P3", "C1").link("P1", "C2")
        .build();

    assertThat(new Layout(StrategyMap.of(crossed)).crossings()).isZero();
  }

  @Test
  void exportsAreDeterministic() {
    assertThat(MapExport.svg(StrategyMap.of(Fixtures.retail25())))
        .isEqualTo(MapExport.svg(StrategyMap.of(Fixtures.retail25())));
    assertThat(MapExport.dot(crm)).isEqualTo(MapExport.dot(StrategyMap.of(Fixtures.crmChain())));
    assertThat(MapExport.mermaid(crm)).isEqualTo(MapExport.mermaid(StrategyMap.of(Fixtures.crmChain())));
  }

  @Test
  void anyMapGivesWellFormedSvg() {
    qt().withExamples(150).forAll(gen(StrategyMapGenerators.any())).checkAssert(s -> {
      String svg = MapExport.svg(StrategyMap.of(s));
      assertThat(parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
      assertThat(svg).doesNotContain("NaN", "Infinity");
    });
  }

  @Test
  void svgTakesTheStatusesOfAScoreReport() {
    Scorecard scored = Scorecard.builder("Acme Retail")
        .objective("F1", "Grow Lifetime Customer Value", "financial", o -> o.kpi("clv", "Customer lifetime value",
            k -> k.lagging().unit("$").baseline(1200, "2026-01-01").target(1500, "2026-12-31")))
        .objective("C1", "Increase Customer Retention", "customer", o -> o.kpi("retention", "Retention rate",
            k -> k.lagging().unit("%").baseline(85, "2026-01-01").target(90, "2026-12-31")))
        .link("C1", "F1").build();
    ScoreReport report = Scorer.defaults().score(scored,
        Actuals.builder().add("clv", "2026-12-01", 1500).add("retention", "2026-12-01", 85).build(),
        LocalDate.parse("2026-12-31"));
    Document svg = parse(MapExport.svg(StrategyMap.of(scored), SvgOptions.defaults().withScores(report)));

    assertThat(report.objectives().get(ObjectiveId.of("F1")).status()).isEqualTo(Status.ON_TRACK);
    assertThat(((Element) group(svg, "objective-F1").getElementsByTagName("rect").item(0)).getAttribute("fill"))
        .isEqualTo("#d4edda");
    assertThat(report.objectives().get(ObjectiveId.of("C1")).status()).isEqualTo(Status.OFF_TRACK);
    assertThat(((Element) group(svg, "objective-C1").getElementsByTagName("rect").item(0)).getAttribute("fill"))
        .isEqualTo("#f8d7da");
  }

  @Test
  void aStatusMapFromAScoreReportPrintsTheDateAndEveryObjectivesScore() {
    Scorecard scored = Scorecard.builder("Acme Retail").theme("T1", "Customer intimacy")
        .objective("F1", "Grow Lifetime Customer Value", "financial", o -> o.theme("T1").kpi("clv", "CLV",
            k -> k.lagging().unit("$").baseline(1200, "2026-01-01").target(1500, "2026-12-31")))
        .objective("C1", "Increase Customer Retention", "customer", o -> o.kpi("retention", "Retention rate",
            k -> k.lagging().unit("%").baseline(85, "2026-01-01").target(90, "2026-12-31")))
        .objective("C2", "Unmeasured", "customer")
        .link("C1", "F1").link("C2", "F1").build();
    ScoreReport report = Scorer.defaults().score(scored,
        Actuals.builder().add("clv", "2026-12-01", 1500).add("retention", "2026-12-01", 86).build(),
        LocalDate.parse("2026-12-31"));
    String text = MapExport.svg(StrategyMap.of(scored), SvgOptions.defaults().withScores(report));
    Document svg = parse(text);

    assertThat(elements(svg, "text").stream().filter(t -> t.getAttribute("class").equals("as-of"))
        .map(Element::getTextContent)).containsExactly("Status as of 2026-12-31");
    assertThat(score(svg, "objective-F1")).isEqualTo("\u2713 100%");
    assertThat(score(svg, "objective-C1")).isEqualTo("\u2717 20%");
    assertThat(score(svg, "objective-C2")).isEqualTo("\u2013 no data");
    assertThat(text).contains(">Status as of 2026-12-31:</text>", ">73% = the objective&#39;s score</text>");
  }

  private static String score(Document svg, String objective) {
    NodeList texts = group(svg, objective).getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      if (((Element) texts.item(i)).getAttribute("class").equals("score")) {
        return texts.item(i).getTextContent();
      }
    }
    throw new AssertionError("no score in " + objective);
  }

  @Test
  void aStatusMapKeepsEachObjectivesFirstThemeAsAStripe() {
    StrategyMap retail = StrategyMap.of(Fixtures.retail25());
    Document svg = parse(MapExport.svg(retail, SvgOptions.defaults().withStatuses(Map.of())));

    for (ObjectiveId id : retail.objectiveIds()) {
      List<io.github.bsckit.core.model.ThemeId> themes = retail.objective(id).orElseThrow().themes();
      NodeList rects = group(svg, "objective-" + id).getElementsByTagName("rect");
      if (themes.isEmpty()) {
        assertThat(rects.getLength()).isEqualTo(1);
      } else {
        Element stripe = (Element) rects.item(1);
        assertThat(stripe.getAttribute("class")).isEqualTo("theme");
        assertThat(stripe.getAttribute("fill")).isEqualTo(Palette.ofTheme(retail, themes.get(0))[1]);
      }
    }
  }

  @Test
  void theLegendNamesOnlyTheThemesObjectivesServeAndExplainsEveryMark() {
    Scorecard s = Fixtures.crmBuilder().theme("T8", "Unused theme").theme("T9", "Second theme")
        .objective("X1", "Serve two themes", "customer", o -> o.theme("T9")).link("X1", "F1").build();
    String plain = MapExport.svg(StrategyMap.of(s));
    String legend = plain.substring(plain.indexOf("<g class=\"legend\""));

    assertThat(legend).doesNotContain("Unused theme").contains("theme: Second theme", "cause \u2192 effect");
    assertThat(legend.contains("dot: a further theme")).isEqualTo(s.objectives().stream()
        .anyMatch(o -> o.themes().size() > 1));
    assertThat(MapExport.svg(StrategyMap.of(Fixtures.retail25()))).contains("dot: a further theme, in its colour");
  }

  @Test
  void aLongScorecardNameWrapsInsideTheCanvas() {
    String name = "The Regional Health Authority of the Northern Provinces and Islands: Strategy 2026 to 2030";
    Scorecard s = Fixtures.crmBuilder().build().withName(name);
    Document svg = parse(MapExport.svg(StrategyMap.of(s)));
    double width = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));

    List<Element> title = elements(svg, "text").stream().filter(t -> t.getAttribute("font-size").equals("20"))
        .toList();
    assertThat(title).hasSizeGreaterThan(1);
    assertThat(title.stream().map(Element::getTextContent).reduce((a, b) -> a + " " + b).orElseThrow())
        .isEqualTo(name);
    assertThat(title).allSatisfy(t -> assertThat(TextWidth.of(t.getTextContent(), 20, true))
        .isLessThanOrEqualTo(width - 2 * Layout.MARGIN));
  }

  @Test
  void aLongNameIsSetSmallerAndGrowsItsBoxBeforeItIsCut() {
    String name = "Ensure that every resident of the municipality, regardless of district, income or language, "
        + "can reach a public service point within fifteen minutes";
    Document svg = parse(MapExport.svg(StrategyMap.of(Fixtures.crmBuilder()
        .objective("X1", name, "customer").link("X1", "F1").build())));

    List<Element> lines = nameLines(svg, "objective-X1");
    assertThat(lines.stream().map(Element::getTextContent).reduce((a, b) -> a + " " + b).orElseThrow())
        .isEqualTo(name);
    assertThat(lines).allSatisfy(l -> assertThat(l.getAttribute("font-size")).isEqualTo("11"));
    assertThat(nameLines(svg, "objective-F1")).allSatisfy(l -> assertThat(l.getAttribute("font-size"))
        .isEqualTo("13"));

    Document cut = parse(MapExport.svg(StrategyMap.of(Fixtures.crmBuilder()
        .objective("X1", (name + " ").repeat(3), "customer").link("X1", "F1").build())));
    List<Element> cutLines = nameLines(cut, "objective-X1");
    assertThat(cutLines).hasSize(Layout.MAX_SMALL_LINES);
    assertThat(cutLines.get(cutLines.size() - 1).getTextContent()).endsWith("\u2026");
  }

  private static List<Element> nameLines(Document svg, String objective) {
    NodeList texts = group(svg, objective).getElementsByTagName("text");
    List<Element> out = new ArrayList<>();
    for (int i = 1; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      if (t.getAttribute("text-anchor").equals("middle")) {
        out.add(t);
      }
    }
    return out;
  }

  @Test
  void textIsMeasuredWithHelveticasWidthsAndWideCharactersAsAFullEm() {
    assertThat(TextWidth.of("W", 10, false)).isEqualTo(9.44);
    assertThat(TextWidth.of("i", 10, false)).isEqualTo(2.22);
    assertThat(TextWidth.of("\u00e9", 10, false)).isEqualTo(TextWidth.of("e", 10, false));
    assertThat(TextWidth.of("e\u0301", 10, false)).isEqualTo(TextWidth.of("e", 10, false));
    assertThat(TextWidth.of("\u65e5\u672c\u8a9e", 10, false)).isEqualTo(30);
    assertThat(TextWidth.of("\uD83D\uDE00", 10, false)).isEqualTo(10);
    assertThat(TextWidth.of("m", 10, true)).isGreaterThan(TextWidth.of("m", 10, false));
  }

  @Test
  void svgDrawsAStyledLinkInItsColourAndDashWithItsNoteAndALegendEntry() {
    LinkStyle refuted = LinkStyle.of("#AA2200", "2 3", "contradicted").withNote("r = -0.41");
    SvgOptions options = SvgOptions.defaults().withLinkStyle(ObjectiveId.of("C1"), ObjectiveId.of("F1"), refuted);
    String text = MapExport.svg(crm, options);
    Document svg = parse(text);

    // The links' arrows, not the legend's samples (which carry arrowheads too).
    List<Element> arrows = elements(svg, "path").stream().filter(p -> p.hasAttribute("marker-end")
        && ((Element) p.getParentNode()).getAttribute("class").equals("links")).toList();
    Element styled = arrows.stream().filter(p -> p.getTextContent().startsWith("C1 -> F1")).findFirst().orElseThrow();
    assertThat(styled.getAttribute("stroke")).isEqualTo("#AA2200");
    assertThat(styled.getAttribute("stroke-dasharray")).isEqualTo("2 3");
    assertThat(styled.getAttribute("marker-end")).isEqualTo("url(#arrow-aa2200)");
    assertThat(styled.getTextContent()).endsWith("[contradicted: r = -0.41]");
    assertThat(elements(svg, "marker")).extracting(m -> m.getAttribute("id")).contains("arrow-aa2200");
    assertThat(arrows).filteredOn(p -> p != styled).allSatisfy(p -> {
      assertThat(p.getAttribute("stroke")).isEqualTo("#455a64");
      assertThat(p.hasAttribute("stroke-dasharray")).isFalse();
    });
    assertThat(text).containsOnlyOnce(">contradicted</text>");
    assertThat(MapExport.svg(crm)).doesNotContain("contradicted", "arrow-aa2200");
  }

  @Test
  void aStyleForALinkTheMapDoesNotHaveChangesNothing() {
    SvgOptions options = SvgOptions.defaults()
        .withLinkStyle(ObjectiveId.of("F1"), ObjectiveId.of("L1"), LinkStyle.of("#00ff00", "", "unused"));

    assertThat(MapExport.svg(crm, options)).isEqualTo(MapExport.svg(crm));
    assertThat(options).isNotEqualTo(SvgOptions.defaults()).hasToString(
        "SvgOptions[colours=themes, title=true, legend=true, styled links=1]");
  }

  @Test
  void rejectsAMalformedLinkStyleNamingTheField() {
    assertThatThrownBy(() -> LinkStyle.of("red", "7 4", "x")).hasMessageContaining("colour")
        .hasMessageContaining("\"red\"");
    assertThatThrownBy(() -> LinkStyle.of("#ff0000", "7,4", "x")).hasMessageContaining("dash");
    assertThatThrownBy(() -> LinkStyle.of("#ff0000", "", " ")).hasMessageContaining("label");
    assertThatThrownBy(() -> LinkStyle.of("#ff0000", "", "x").withNote("")).hasMessageContaining("note");
  }

  @Test
  void rejectsUnknownStatusesAndNulls() {
    assertThatThrownBy(() -> MapExport.svg(crm, null)).isInstanceOf(NullPointerException.class).hasMessage("options");
    assertThatThrownBy(() -> MapExport.dot(null)).isInstanceOf(NullPointerException.class).hasMessage("map");
  }
}
