package io.github.bsckit.graph.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.portfolio.Alignment;
import io.github.bsckit.core.portfolio.ConsolidatedScore;
import io.github.bsckit.core.portfolio.Consolidation;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.PortfolioReport;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitId;
import io.github.bsckit.core.portfolio.UnitObjective;
import io.github.bsckit.core.portfolio.UnitScore;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.internal.Palette;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The cascade picture read back from its SVG: a band per level of the unit tree, each level's boxes centred and
 * 18 px apart, each box as wide as its chips and never under 160 px, chips 124 by 52 px, 8 px apart and centred
 * in their unit, each chip's id, score and wrapped name, arrows from the top middle of the supporting chip to
 * just under the supported one with vertical tangents, thicker with weight, and a legend along the bottom.
 */
@Tag("text")
class CascadeSvgTest {
  private static final double EPS = 0.11;
  private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

  private static Scorecard card(String name, int objectives) {
    Scorecard.Builder b = Scorecard.builder(name);
    for (int i = 1; i <= objectives; i++) {
      String kpi = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + i;
      b.objective("O" + i, name + " objective number " + i, i % 2 == 0 ? "customer" : "financial", o -> o
          .kpi(kpi, "KPI " + kpi, k -> k.unit("%").baseline(0, "2026-01-01").target(100, "2026-12-31")));
    }
    return b.build();
  }

  /**
   * corp (3 objectives) over a (1 objective, the minimum width) and b (4 objectives), and team t under a with a
   * name long enough to be cut; alignments of weight 1 (default), 3 and 9 (capped), one with a rationale.
   */
  private static Portfolio portfolio() {
    Scorecard team = Scorecard.builder("T").objective("T1", "Answer every customer question within two working"
        + " hours of it reaching the service desk", "customer", o -> o.kpi("speed", "Answer time",
            k -> k.decrease().unit("h").baseline(10, "2026-01-01").target(2, "2026-12-31"))).build();
    return Portfolio.builder("Group & Co")
        .unit(Unit.root("corp", "Group", card("Group", 3)))
        .unit(Unit.of("a", "Unit A", "corp", card("A", 1)))
        .unit(Unit.of("b", "Unit B, the business unit with a name far too long for even the widest box on this"
            + " page of the map", "corp", card("B", 4)))
        .unit(Unit.of("t", "Team T", "a", team))
        .align("a", "O1", "corp", "O1")
        .align(Alignment.of(UnitObjective.parse("b/O2"), UnitObjective.parse("corp/O2")).withWeight(3)
            .withRationale("B's customers are the group's"))
        .align(Alignment.of(UnitObjective.parse("b/O3"), UnitObjective.parse("corp/O3")).withWeight(9))
        .align("t", "T1", "a", "O1")
        .build();
  }

  private static PortfolioReport report(Portfolio p) {
    return Consolidation.defaults().score(p, Map.of(
        UnitId.of("a"), Actuals.builder().add("a1", "2026-06-30", 45).build(),
        UnitId.of("b"), Actuals.builder().add("b1", "2026-06-30", 10).add("b2", "2026-06-30", 50).build()), AS_OF);
  }

  private static Document parse(String svg) {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<Element> kids(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Element> groups(Document d, String cls) {
    NodeList gs = d.getElementsByTagName("g");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < gs.getLength(); i++) {
      Element g = (Element) gs.item(i);
      if (g.getAttribute("class").equals(cls)) {
        out.add(g);
      }
    }
    return out;
  }

  private static double n(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  private static double[] numbers(String path) {
    return java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?").matcher(path).results()
        .mapToDouble(m -> Double.parseDouble(m.group())).toArray();
  }

  /** Drawn boxes by unit id: x, y, w, h. */
  private static Map<String, double[]> units(Document d) {
    Map<String, double[]> out = new HashMap<>();
    for (Element g : groups(d, "unit")) {
      Element r = kids(g, "rect").get(0);
      out.put(g.getAttribute("id").substring("unit-".length()),
          new double[] {n(r, "x"), n(r, "y"), n(r, "width"), n(r, "height")});
    }
    return out;
  }

  /** Drawn chips in drawing order (unit by unit, objectives in order): their rect and texts. */
  private static List<Element> chips(Document d) {
    return groups(d, "objective");
  }

  private static double unitWidth(int objectives) {
    return Math.max(160, objectives == 0 ? 0 : objectives * 124 + (objectives - 1) * 8 + 20);
  }

  @Test
  void eachLevelIsABandOfUnitBoxesCentredOnTheCanvas18PxApart() {
    Portfolio p = portfolio();
    Document d = parse(CascadeSvg.draw(p, Optional.empty()));
    Map<String, double[]> u = units(d);
    double width = n(d.getDocumentElement(), "width");
    double height = n(d.getDocumentElement(), "height");

    // Level 1 (a, b) is the widest: 160 + 18 + 4 chips' width, plus 24 px margins.
    assertThat(width).isEqualTo(24 + unitWidth(1) + 18 + unitWidth(4) + 24);
    assertThat(height).isEqualTo(24 + 40 + 3 * 96 + 2 * 90 + 40 + 24);
    assertThat(u.get("a")[2]).isEqualTo(160);
    assertThat(u.get("corp")[2]).isEqualTo(unitWidth(3));
    assertThat(u.get("b")[2]).isEqualTo(unitWidth(4));
    assertThat(u.get("a")[0]).isEqualTo(24);
    assertThat(u.get("b")[0]).isEqualTo(u.get("a")[0] + u.get("a")[2] + 18);
    assertThat(u.get("corp")[0] + u.get("corp")[2] / 2).isCloseTo(width / 2, within(EPS));
    assertThat(u.get("t")[0] + u.get("t")[2] / 2).isCloseTo(width / 2, within(EPS));
    for (String id : List.of("corp", "a", "b", "t")) {
      assertThat(u.get(id)[3]).isEqualTo(24 + 52 + 2 * 10);
    }
    assertThat(u.get("corp")[1]).isEqualTo(24 + 40);
    assertThat(u.get("a")[1]).isEqualTo(u.get("corp")[1] + 96 + 90);
    assertThat(u.get("b")[1]).isEqualTo(u.get("a")[1]);
    assertThat(u.get("t")[1]).isEqualTo(u.get("a")[1] + 96 + 90);
  }

  @Test
  void chipsSitInARowCentredInTheirUnitBelowItsHeading() {
    Portfolio p = portfolio();
    Document d = parse(CascadeSvg.draw(p, Optional.empty()));
    Map<String, double[]> u = units(d);
    List<Element> chips = chips(d);
    int at = 0;

    for (String unit : List.of("corp", "a", "b", "t")) {
      double[] box = u.get(unit);
      int count = p.unit(unit).orElseThrow().scorecard().objectives().size();
      double row = count * 124 + (count - 1) * 8;
      for (int i = 0; i < count; i++) {
        Element rect = kids(chips.get(at++), "rect").get(0);
        assertThat(n(rect, "x")).as("%s chip %d", unit, i)
            .isCloseTo(box[0] + (box[2] - row) / 2 + i * 132, within(EPS));
        assertThat(n(rect, "y")).isEqualTo(box[1] + 24 + 10);
        assertThat(n(rect, "width")).isEqualTo(124);
        assertThat(n(rect, "height")).isEqualTo(52);
      }
    }
    assertThat(at).isEqualTo(chips.size());
  }

  @Test
  void aChipShowsItsIdAndScoreOverItsNameWrappedToTwoLinesOfTwentyCharacters() {
    Portfolio p = portfolio();
    PortfolioReport report = report(p);
    Document d = parse(CascadeSvg.draw(p, Optional.of(report)));
    List<Element> chips = chips(d);
    int at = 0;

    for (Unit unit : List.of(p.unit("corp").orElseThrow(), p.unit("a").orElseThrow(), p.unit("b").orElseThrow(),
        p.unit("t").orElseThrow())) {
      for (Objective o : unit.scorecard().objectives()) {
        Element chip = chips.get(at++);
        Element rect = kids(chip, "rect").get(0);
        List<Element> texts = kids(chip, "text");
        ConsolidatedScore score = report.objective(new UnitObjective(unit.id(), o.id())).orElseThrow();

        assertThat(kids(chip, "title").get(0).getTextContent()).isEqualTo(score.explain());
        assertThat(rect.getAttribute("fill")).isEqualTo(Palette.ofStatus(score.status())[0]);
        assertThat(rect.getAttribute("stroke")).isEqualTo(Palette.ofStatus(score.status())[1]);
        assertThat(texts.get(0).getTextContent()).isEqualTo(o.id().value() + "  "
            + (score.score().isPresent() ? Numbers.percent(score.score().getAsDouble()) : "no data"));
        assertThat(texts.get(0).getAttribute("font-weight")).isEqualTo("bold");
        assertThat(n(texts.get(0), "x")).isEqualTo(n(rect, "x") + 6);
        assertThat(n(texts.get(0), "y")).isEqualTo(n(rect, "y") + 15);
        List<Element> name = texts.subList(1, texts.size());
        assertThat(name).hasSizeBetween(1, 2);
        for (int i = 0; i < name.size(); i++) {
          assertThat(n(name.get(i), "x")).isEqualTo(n(rect, "x") + 6);
          assertThat(n(name.get(i), "y")).isEqualTo(n(rect, "y") + 30 + 12 * i);
          assertThat(name.get(i).getTextContent().codePointCount(0, name.get(i).getTextContent().length()))
              .isLessThanOrEqualTo(20);
        }
        String shown = String.join(" ", name.stream().map(Element::getTextContent).toList());
        if (shown.endsWith("\u2026")) {
          assertThat(o.name()).startsWith(shown.substring(0, shown.length() - 1));
          assertThat(name).hasSize(2);
        } else {
          assertThat(shown).isEqualTo(o.name());
        }
      }
    }
    assertThat(chips.get(chips.size() - 1).getTextContent()).contains("\u2026");
  }

  @Test
  void wrappingFillsEachLineGreedilyAndCutsTheSecondWithAnEllipsis() {
    Portfolio p = portfolio();
    Document d = parse(CascadeSvg.draw(p, Optional.empty()));
    List<Element> chips = chips(d);
    Element team = chips.get(chips.size() - 1);
    List<Element> texts = kids(team, "text");

    assertThat(texts.get(0).getTextContent()).isEqualTo("T1");
    assertThat(kids(team, "title").get(0).getTextContent())
        .isEqualTo("T1 Answer every customer question within two working hours of it reaching the service desk");
    assertThat(texts.subList(1, 3)).extracting(Element::getTextContent)
        .containsExactly("Answer every", "customer question w\u2026");
    // "A objective number 1" is exactly 20 characters: one line, uncut.
    Element a1 = chips.get(3);
    assertThat(kids(a1, "text").subList(1, kids(a1, "text").size())).extracting(Element::getTextContent)
        .containsExactly("A objective number 1");
    Element corp1 = chips.get(0);
    assertThat(kids(corp1, "text").subList(1, 3)).extracting(Element::getTextContent)
        .containsExactly("Group objective", "number 1");
  }

  @Test
  void aUnitsHeadingGivesItsScoreAndCoverageAndIsCutToItsBox() {
    Portfolio p = portfolio();
    PortfolioReport report = report(p);
    Document d = parse(CascadeSvg.draw(p, Optional.of(report)));

    for (Element g : groups(d, "unit")) {
      Element rect = kids(g, "rect").get(0);
      Element head = kids(g, "text").get(0);
      String id = g.getAttribute("id").substring("unit-".length());
      UnitScore score = report.unit(UnitId.of(id)).orElseThrow();
      String full = p.unit(id).orElseThrow().name() + "  " + (score.score().isPresent()
          ? Numbers.percent(score.score().getAsDouble()) : "no data") + ", coverage " + Numbers.share(score.coverage());
      int room = (int) (n(rect, "width") / 6.6);
      String shown = head.getTextContent();

      assertThat(n(head, "x")).isEqualTo(n(rect, "x") + 10);
      assertThat(n(head, "y")).isEqualTo(n(rect, "y") + 17);
      if (full.length() <= room) {
        assertThat(shown).isEqualTo(full);
      } else {
        assertThat(shown).hasSize(room).endsWith("\u2026");
        assertThat(full).startsWith(shown.substring(0, room - 1));
      }
    }
    assertThat(units(d)).containsKey("b");
    Element b = groups(d, "unit").stream().filter(g -> g.getAttribute("id").equals("unit-b")).findFirst()
        .orElseThrow();
    assertThat(kids(b, "text").get(0).getTextContent()).endsWith("\u2026");
    assertThat(CascadeSvg.draw(p, Optional.empty())).contains(">Group</text>").contains(">Unit A</text>");
  }

  @Test
  void anArrowRunsFromTheTopMiddleOfTheSupportingChipToJustUnderTheSupportedOne() {
    Portfolio p = portfolio();
    Document d = parse(CascadeSvg.draw(p, Optional.empty()));
    Map<String, double[]> chipAt = new HashMap<>();
    for (Element chip : chips(d)) {
      Element rect = kids(chip, "rect").get(0);
      String title = kids(chip, "title").get(0).getTextContent();
      chipAt.putIfAbsent(title, new double[] {n(rect, "x"), n(rect, "y")});
    }
    NodeList paths = d.getElementsByTagName("path");
    List<Element> arrows = new ArrayList<>();
    for (int i = 0; i < paths.getLength(); i++) {
      Element path = (Element) paths.item(i);
      if (path.hasAttribute("marker-end")) {
        arrows.add(path);
      }
    }

    assertThat(arrows).hasSize(p.alignments().size());
    for (int i = 0; i < arrows.size(); i++) {
      Alignment a = p.alignments().get(i);
      double[] from = chipAt.get(a.from().objective() + " " + p.objective(a.from()).orElseThrow().name());
      double[] to = chipAt.get(a.to().objective() + " " + p.objective(a.to()).orElseThrow().name());
      double[] c = numbers(arrows.get(i).getAttribute("d"));
      double x1 = from[0] + 62;
      double y1 = from[1];
      double x2 = to[0] + 62;
      double y2 = to[1] + 52 + 2;
      double bend = Math.max(30, Math.abs(y1 - y2) / 2);

      assertThat(arrows.get(i).getAttribute("d")).startsWith("M").contains(" C");
      assertThat(c).as(a.toString()).containsExactly(new double[] {x1, y1, x1, y1 - bend, x2, y2 + bend, x2, y2},
          within(EPS));
      assertThat(n(arrows.get(i), "stroke-width")).isCloseTo(Math.min(4, 1 + a.weight() / 2), within(EPS));
      assertThat(kids(arrows.get(i), "title").get(0).getTextContent()).isEqualTo(a.from() + " supports " + a.to()
          + a.rationale().map(r -> ": " + r).orElse(""));
    }
    assertThat(arrows).extracting(e -> e.getAttribute("stroke-width")).containsExactly("1.5", "2.5", "4", "1.5");
  }

  @Test
  void theLegendRunsAlongTheBottomExplainingEachStatusOnlyWhenScored() {
    Portfolio p = portfolio();
    Document scored = parse(CascadeSvg.draw(p, Optional.of(report(p))));
    Document plain = parse(CascadeSvg.draw(p, Optional.empty()));
    double baseline = n(scored.getDocumentElement(), "height") - 24 - 40 + 16;

    Element legend = groups(scored, "legend").get(0);
    List<Element> rects = kids(legend, "rect");
    List<Element> texts = kids(legend, "text");
    assertThat(rects).hasSize(Status.values().length);
    for (Status s : Status.values()) {
      Element r = rects.get(s.ordinal());
      assertThat(n(r, "x")).isEqualTo(24 + 110 * s.ordinal());
      assertThat(n(r, "y")).isEqualTo(baseline - 10);
      assertThat(r.getAttribute("fill")).isEqualTo(Palette.ofStatus(s)[0]);
      assertThat(r.getAttribute("stroke")).isEqualTo(Palette.ofStatus(s)[1]);
      assertThat(n(texts.get(s.ordinal()), "x")).isEqualTo(24 + 110 * s.ordinal() + 20);
      assertThat(n(texts.get(s.ordinal()), "y")).isEqualTo(baseline);
      assertThat(texts.get(s.ordinal()).getTextContent()).isEqualTo(Palette.label(s));
    }
    Element note = texts.get(texts.size() - 1);
    assertThat(n(note, "x")).isEqualTo(24 + 110 * Status.values().length);
    assertThat(note.getTextContent()).startsWith("arrow: supports the objective above");

    Element bare = groups(plain, "legend").get(0);
    assertThat(kids(bare, "rect")).isEmpty();
    assertThat(kids(bare, "text")).singleElement().satisfies(t -> {
      assertThat(n(t, "x")).isEqualTo(24);
      assertThat(n(t, "y")).isEqualTo(baseline);
    });
  }

  @Test
  void theTitleNamesThePortfolioAndTheDateOfItsScores() {
    Portfolio p = portfolio();
    Document scored = parse(CascadeSvg.draw(p, Optional.of(report(p))));
    Document plain = parse(CascadeSvg.draw(p, Optional.empty()));

    Element title = kids(scored.getDocumentElement(), "text").get(0);
    assertThat(title.getTextContent()).isEqualTo("Group & Co \u2014 alignment as of 2026-06-30");
    assertThat(n(title, "x")).isEqualTo(24);
    assertThat(n(title, "y")).isEqualTo(42);
    assertThat(kids(plain.getDocumentElement(), "text").get(0).getTextContent())
        .isEqualTo("Group & Co \u2014 alignment");
    assertThat(kids(plain.getDocumentElement(), "title").get(0).getTextContent()).isEqualTo("Group & Co: alignment");
  }
}
