package io.github.bsckit.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.Fixtures;
import io.github.bsckit.graph.internal.Palette;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.model.StrategyMapGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the SVG map draws inside and around its boxes, read back from the SVG: the title and the bands below it,
 * the perspective labels, each box's id, name, score, theme stripe, theme dots and stale-data clock, the curves
 * and loops of the arrows with their widths, colours and arrowheads, and the legend: which entries it has and how
 * they flow into lines. The numbers are the drawing's specification (a 10 px inset, a 24 px line); each test
 * states the relation, so a wrong sign or factor in the writer moves something a test measures.
 */
class SvgDrawingTest {
  /** The SVG's numbers have one decimal. */
  private static final double EPS = 0.051;
  /** Relations between two rounded numbers. */
  private static final double EPS2 = 0.11;
  private static final LocalDate AS_OF = LocalDate.parse("2026-06-15");

  // ---- maps ------------------------------------------------------------------------------------------------

  /**
   * Five objectives over four perspectives and three themes: C1 serves all three (two dots), P1 none; a strong,
   * a weak, an unstated-strength and an inverse link, a downward link (P2 -> L1) and a self-link on P1.
   */
  private static Scorecard.Builder richBuilder() {
    return Scorecard.builder("Rich")
        .theme("T1", "Customer Intimacy").theme("T2", "Operational Excellence").theme("T3", "Growth")
        .objective("F1", "Grow Lifetime Customer Value", "financial", o -> o.theme("T1"))
        .objective("C1", "Increase Customer Retention", "customer", o -> o.theme("T1", "T2", "T3"))
        .objective("P1", "Improve Sales Conversion Process", "internal-process")
        .objective("P2", "Automate Order Checks", "internal-process", o -> o.theme("T2"))
        .objective("L1", "Train Staff on New CRM", "learning-growth", o -> o.theme("T3"))
        .link("L1", "P1", l -> l.strong()).link("P1", "C1").link("P2", "C1", l -> l.inverse())
        .link("C1", "F1", l -> l.weak()).link("P2", "L1").link("P1", "P1");
  }

  private static final StrategyMap RICH = StrategyMap.of(richBuilder().build());

  /** The rich map by status, dated, with a stale objective, a styled link and every kind of mark. */
  private static SvgOptions richStatus() {
    return SvgOptions.defaults()
        .withStatuses(Map.of(ObjectiveId.of("F1"), Status.ON_TRACK, ObjectiveId.of("C1"), Status.AT_RISK,
            ObjectiveId.of("P1"), Status.OFF_TRACK))
        .withAsOf(AS_OF)
        .withStale(Map.of(ObjectiveId.of("P2"), Set.of(KpiId.of("checks"))))
        .withLinkStyle(ObjectiveId.of("L1"), ObjectiveId.of("P1"), LinkStyle.of("#6a1b9a", "2 2", "questioned"))
        .withMark(ObjectiveId.of("F1"), Mark.CHANGED).withMark(ObjectiveId.of("L1"), Mark.ADDED)
        .withMark(ObjectiveId.of("C1"), ObjectiveId.of("F1"), Mark.REMOVED);
  }

  /** Fixtures, the rich map and generated maps of every shape, each drawn plainly and by status. */
  private static Stream<Drawn> drawings() {
    Stream<Scorecard> cards = Stream.of(
        Stream.of(Fixtures.crmChain(), Fixtures.retail25(), richBuilder().build(), longNames()),
        Samples.stream(StrategyMapGenerators.any(), 29, 20)).flatMap(s -> s);
    return cards.flatMap(s -> {
      StrategyMap map = StrategyMap.of(s);
      Map<ObjectiveId, Status> statuses = new HashMap<>();
      List<ObjectiveId> ids = map.objectiveIds();
      for (int i = 0; i < ids.size(); i++) {
        statuses.put(ids.get(i), Status.values()[i % Status.values().length]);
      }
      return Stream.of(new Drawn(map, SvgOptions.defaults()),
          new Drawn(map, SvgOptions.defaults().withStatuses(statuses).withAsOf(AS_OF)));
    });
  }

  /** A map whose names need the smaller font, and one that is cut. */
  private static Scorecard longNames() {
    String name = "Ensure that every resident of the municipality, regardless of district, income or language, "
        + "can reach a public service point within fifteen minutes";
    return Fixtures.crmBuilder().objective("X1", name, "customer").objective("X2", name.repeat(3), "customer")
        .link("X1", "F1").link("X2", "F1").build();
  }

  record Drawn(StrategyMap map, SvgOptions options) {
    Document doc() {
      return MapExportTest.parse(MapExport.svg(map, options));
    }
  }

  // ---- reading the SVG -------------------------------------------------------------------------------------

  private static List<Element> kids(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Element> all(Document d, String tag) {
    NodeList nodes = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static Element layer(Document d, String cls) {
    return all(d, "g").stream().filter(g -> g.getAttribute("class").equals(cls)).findFirst()
        .orElseThrow(() -> new AssertionError("no <g class=\"" + cls + "\">"));
  }

  private static boolean hasLayer(Document d, String cls) {
    return all(d, "g").stream().anyMatch(g -> g.getAttribute("class").equals(cls));
  }

  private static Element objective(Document d, ObjectiveId id) {
    return all(d, "g").stream().filter(g -> g.getAttribute("id").equals("objective-" + id)).findFirst()
        .orElseThrow();
  }

  private static double n(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  private static double[] point(String xy) {
    String[] p = xy.split(",");
    return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
  }

  private static List<Element> titleLines(Document d) {
    return kids(d.getDocumentElement(), "text").stream().filter(t -> t.getAttribute("font-size").equals("20"))
        .toList();
  }

  private static List<Element> bands(Document d) {
    return kids(layer(d, "perspectives"), "rect").stream().filter(r -> n(r, "width") != Layout.LABEL_W).toList();
  }

  private static Element arrow(Document d, String startOfTitle) {
    return kids(layer(d, "links"), "path").stream()
        .filter(p -> kids(p, "title").get(0).getTextContent().startsWith(startOfTitle)).findFirst().orElseThrow();
  }

  /** The box of an objective: x, y, width, height. */
  private static double[] box(Element group) {
    Element r = kids(group, "rect").get(0);
    return new double[] {n(r, "x"), n(r, "y"), n(r, "width"), n(r, "height")};
  }

  // ---- title and canvas ------------------------------------------------------------------------------------

  @Test
  void aWrappedTitleSetsItsLines24PxApartAndTheBandsStart24PxBelowTheLast() {
    String name = "The Regional Health Authority of the Northern Provinces and Islands: Strategy 2026 to 2030,"
        + " Refreshed After the Consultation";
    StrategyMap map = StrategyMap.of(Fixtures.crmChain().withName(name));
    Document d = MapExportTest.parse(MapExport.svg(map));
    double width = n(d.getDocumentElement(), "width");

    List<Element> lines = titleLines(d);
    assertThat(lines).hasSizeBetween(2, 3);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(n(lines.get(i), "x")).isEqualTo(Layout.MARGIN);
      assertThat(n(lines.get(i), "y")).isCloseTo(Layout.MARGIN + 22 + 24 * i, within(EPS2));
      assertThat(TextWidth.of(lines.get(i).getTextContent(), 20, true)).isLessThanOrEqualTo(width - 2 * Layout.MARGIN);
      if (i + 1 < lines.size()) {
        String next = lines.get(i + 1).getTextContent().split(" ")[0];
        assertThat(TextWidth.of(lines.get(i).getTextContent() + " " + next, 20, true))
            .as("the next line's first word would not have fitted").isGreaterThan(width - 2 * Layout.MARGIN);
      }
    }
    double lastBaseline = n(lines.get(lines.size() - 1), "y");
    assertThat(n(bands(d).get(0), "y")).isCloseTo(lastBaseline + 24, within(EPS2));
  }

  @Test
  void theAsOfDateSits18PxBelowTheTitleAndPushesTheBands20PxFurtherDown() {
    StrategyMap map = StrategyMap.of(Fixtures.crmChain());
    Document dated = MapExportTest.parse(MapExport.svg(map, SvgOptions.defaults().withAsOf(AS_OF)));
    Document plain = MapExportTest.parse(MapExport.svg(map));

    Element asOf = all(dated, "text").stream().filter(t -> t.getAttribute("class").equals("as-of")).findFirst()
        .orElseThrow();
    assertThat(asOf.getTextContent()).isEqualTo("Status as of 2026-06-15");
    assertThat(n(asOf, "x")).isEqualTo(Layout.MARGIN);
    assertThat(n(asOf, "y")).isCloseTo(n(titleLines(dated).get(0), "y") + 18, within(EPS2));
    assertThat(n(bands(dated).get(0), "y") - n(bands(plain).get(0), "y")).isEqualTo(20);
    assertThat(n(dated.getDocumentElement(), "height") - n(plain.getDocumentElement(), "height")).isEqualTo(20);
    assertThat(MapExport.svg(map, SvgOptions.defaults().withAsOf(AS_OF).withTitle(false)))
        .as("no title, no date under it").doesNotContain("as-of");
  }

  @Test
  void theCanvasEndsAMarginBelowTheLegendWhoseLinesStart30PxBelowTheBandsAnd24PxApart() {
    drawings().forEach(drawn -> {
      Document d = drawn.doc();
      List<Element> bands = bands(d);
      double bandsBottom = n(bands.get(bands.size() - 1), "y") + n(bands.get(bands.size() - 1), "height");
      List<Double> baselines = kids(layer(d, "legend"), "text").stream().map(t -> n(t, "y")).distinct().toList();

      assertThat(baselines).isNotEmpty();
      for (int i = 0; i < baselines.size(); i++) {
        assertThat(baselines.get(i)).isCloseTo(bandsBottom + 30 + 24 * i, within(EPS2));
      }
      assertThat(n(d.getDocumentElement(), "height")).isCloseTo(bandsBottom + 12 + 24 * baselines.size() + 20, within(EPS2));

      Document bare = MapExportTest.parse(MapExport.svg(drawn.map(), drawn.options().withLegend(false)));
      assertThat(hasLayer(bare, "legend")).isFalse();
      assertThat(n(bare.getDocumentElement(), "height")).isCloseTo(bandsBottom + 20, within(EPS2));
    });
  }

  // ---- bands ------------------------------------------------------------------------------------------------

  @Test
  void aPerspectiveLabelIsCentredInItsBoxLineByLine17PxApart() {
    Scorecard s = Scorecard.builder("Custom")
        .perspective("outcomes", "Outcomes")
        .perspective("capacity", "Organisational Capacity, Culture and the Infrastructure That Carries Them")
        .objective("O1", "Serve Residents", "outcomes").objective("K1", "Build Capacity", "capacity")
        .link("K1", "O1").build();
    Document d = MapExportTest.parse(MapExport.svg(StrategyMap.of(s)));
    List<Element> rects = kids(layer(d, "perspectives"), "rect");
    List<Element> texts = kids(layer(d, "perspectives"), "text");

    assertThat(rects).hasSize(4);
    Element bottomBand = rects.get(2);
    List<Element> capacity = texts.subList(1, texts.size());
    assertThat(capacity).hasSize(3);
    double middle = n(bottomBand, "y") + n(bottomBand, "height") / 2;
    for (int i = 0; i < capacity.size(); i++) {
      assertThat(n(capacity.get(i), "x")).isCloseTo(Layout.MARGIN + Layout.LABEL_W / 2, within(EPS2));
      assertThat(n(capacity.get(i), "y") - n(capacity.get(0), "y")).isCloseTo(17.0 * i, within(EPS2));
      assertThat(TextWidth.of(capacity.get(i).getTextContent(), 14, true)).isLessThanOrEqualTo(Layout.LABEL_W - 16);
    }
    assertThat((n(capacity.get(0), "y") + n(capacity.get(2), "y")) / 2).as("the block's middle line")
        .isCloseTo(middle + 5, within(EPS2));
    Element outcomes = texts.get(0);
    assertThat(n(outcomes, "y")).isCloseTo(n(rects.get(0), "y") + n(rects.get(0), "height") / 2 + 5, within(EPS2));
  }

  @Test
  void bandsAlternateTheirFillsStartingLightAtTheTop() {
    Document d = MapExportTest.parse(MapExport.svg(StrategyMap.of(Fixtures.crmChain())));

    assertThat(bands(d)).extracting(b -> b.getAttribute("fill"))
        .containsExactly("#f5f7f9", "#e8edf1", "#f5f7f9", "#e8edf1");
  }

  // ---- boxes ------------------------------------------------------------------------------------------------

  @Test
  void theIdSits10PxInsideTheBoxOr14PxBesideAThemeStripeAndTheScore10PxFromTheRight() {
    drawings().forEach(drawn -> {
      Document d = drawn.doc();
      boolean status = drawn.options().statuses().isPresent();
      for (ObjectiveId id : drawn.map().objectiveIds()) {
        Element g = objective(d, id);
        double[] b = box(g);
        List<ThemeId> themes = drawn.map().themesOf(id);
        boolean stripe = status && !themes.isEmpty();
        List<Element> texts = kids(g, "text");
        Element idText = texts.get(0);

        assertThat(idText.getTextContent()).isEqualTo(id.value());
        assertThat(n(idText, "x")).as("%s's id", id).isCloseTo(b[0] + (stripe ? 14 : 10), within(EPS2));
        assertThat(n(idText, "y")).isCloseTo(b[1] + 16, within(EPS2));
        assertThat(idText.getAttribute("fill")).isEqualTo(kids(g, "rect").get(0).getAttribute("stroke"));
        assertThat(kids(g, "rect").get(0).getAttribute("stroke-width")).isEqualTo("1.6");
        List<Element> scores = texts.stream().filter(t -> t.getAttribute("class").equals("score")).toList();
        assertThat(scores).hasSize(status ? 1 : 0);
        for (Element score : scores) {
          assertThat(n(score, "x")).isCloseTo(b[0] + b[2] - 10, within(EPS2));
          assertThat(n(score, "y")).isCloseTo(b[1] + 16, within(EPS2));
          assertThat(score.getAttribute("text-anchor")).isEqualTo("end");
        }
        List<Element> stripes = kids(g, "rect").stream().filter(r -> r.getAttribute("class").equals("theme"))
            .toList();
        assertThat(stripes).hasSize(stripe ? 1 : 0);
        for (Element s : stripes) {
          assertThat(n(s, "x")).as("stripe 4 px in").isCloseTo(b[0] + 4, within(EPS2));
          assertThat(n(s, "y")).as("stripe 9 px below the top").isCloseTo(b[1] + 9, within(EPS2));
          assertThat(n(s, "y") + n(s, "height")).as("stripe 9 px above the bottom").isCloseTo(b[1] + b[3] - 9, within(EPS2));
          assertThat(n(s, "width")).isEqualTo(5);
          assertThat(s.getAttribute("fill")).isEqualTo(Palette.ofTheme(drawn.map(), themes.get(0))[1]);
        }
      }
    });
  }

  @Test
  void aBoxSetsItsNameCentredLineUnderLineInTheSpaceBelowItsId() {
    drawings().forEach(drawn -> {
      Document d = drawn.doc();
      for (ObjectiveId id : drawn.map().objectiveIds()) {
        Element g = objective(d, id);
        double[] b = box(g);
        List<Element> lines = kids(g, "text").stream().filter(t -> t.getAttribute("text-anchor").equals("middle"))
            .toList();
        assertThat(lines).isNotEmpty();
        double font = n(lines.get(0), "font-size");
        double lineH = font == Layout.FONT ? Layout.LINE_H : Layout.SMALL_LINE_H;
        for (int i = 0; i < lines.size(); i++) {
          assertThat(n(lines.get(i), "x")).as("%s centred", id).isCloseTo(b[0] + b[2] / 2, within(EPS2));
          assertThat(n(lines.get(i), "font-size")).isEqualTo(font);
          assertThat(n(lines.get(i), "y") - n(lines.get(0), "y")).as("%s line %d", id, i)
              .isCloseTo(lineH * i, within(EPS2));
        }
        // Each line's box runs from 0.85 of the font above its baseline; the block is as far below the id line
        // (8 px padding and 12 px for the id) as it is above the bottom padding.
        double blockTop = n(lines.get(0), "y") - 0.85 * font;
        double blockBottom = blockTop + lines.size() * lineH;
        assertThat(blockTop - (b[1] + Layout.PAD + Layout.ID_H)).as("%s centred vertically", id)
            .isCloseTo(b[1] + b[3] - Layout.PAD - blockBottom, within(2 * EPS2));
        assertThat(blockTop).isGreaterThanOrEqualTo(b[1] + Layout.PAD + Layout.ID_H - EPS2);
      }
    });
  }

  @Test
  void eachFurtherThemeIsADotInTheBottomRightCornerSteppingLeft11Px() {
    drawings().forEach(drawn -> {
      Document d = drawn.doc();
      for (ObjectiveId id : drawn.map().objectiveIds()) {
        Element g = objective(d, id);
        double[] b = box(g);
        List<ThemeId> themes = drawn.map().themesOf(id);
        List<Element> dots = kids(g, "circle");

        assertThat(dots).as("%s's dots", id).hasSize(Math.max(0, themes.size() - 1));
        for (int t = 1; t < themes.size(); t++) {
          Element dot = dots.get(t - 1);
          assertThat(n(dot, "cx")).isCloseTo(b[0] + b[2] - 12 - 11 * (t - 1), within(EPS2));
          assertThat(n(dot, "cy")).isCloseTo(b[1] + b[3] - 9, within(EPS2));
          assertThat(n(dot, "r")).isEqualTo(4);
          assertThat(dot.getAttribute("fill")).isEqualTo(Palette.ofTheme(drawn.map(), themes.get(t))[1]);
        }
      }
    });
  }

  @Test
  void aStaleObjectiveWearsAClockOnItsTopRightCornerShowingThreeOClock() {
    Document d = MapExportTest.parse(MapExport.svg(RICH, richStatus()));
    Element g = objective(d, ObjectiveId.of("P2"));
    double[] b = box(g);
    Element clock = kids(g, "g").get(0);

    assertThat(clock.getAttribute("class")).isEqualTo("stale");
    Element face = kids(clock, "circle").get(0);
    assertThat(n(face, "cx")).isCloseTo(b[0] + b[2], within(EPS2));
    assertThat(n(face, "cy")).isEqualTo(b[1]);
    assertThat(n(face, "r")).isEqualTo(8);
    // The minute hand straight up, 3 px short of the rim; the hour hand towards three, 3.5 px short of it.
    double cx = b[0] + b[2];
    double cy = b[1];
    assertPath(kids(clock, "path").get(0).getAttribute("d"), "MLL", cx, cy - 5, cx, cy, cx + 4.5, cy + 1.5);
    assertThat(kids(g, "title").get(0).getTextContent())
        .endsWith("; stale data: checks without an actual for the last complete period");
    for (String other : List.of("F1", "C1", "P1", "L1")) {
      assertThat(kids(objective(d, ObjectiveId.of(other)), "g")).as(other).isEmpty();
    }
  }

  @Test
  void aMarkedBoxHasADoubleWidthOutlineInTheMarksColour() {
    Document d = MapExportTest.parse(MapExport.svg(RICH, richStatus()));

    Element f1 = kids(objective(d, ObjectiveId.of("F1")), "rect").get(0);
    assertThat(f1.getAttribute("stroke-width")).isEqualTo("3.2");
    assertThat(f1.getAttribute("stroke")).isEqualTo("#ef6c00");
    assertThat(f1.getAttribute("fill")).isEqualTo(Palette.ofStatus(Status.ON_TRACK)[0]);
    assertThat(kids(objective(d, ObjectiveId.of("P2")), "rect").get(0).getAttribute("stroke-width")).isEqualTo("1.6");
  }

  /** A path's commands are the letters given and its numbers are the ones given, to within rounding. */
  private static void assertPath(String d, String commands, double... numbers) {
    assertThat(d.replaceAll("[^A-Za-z]", "")).as(d).isEqualTo(commands);
    List<Double> actual = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?").matcher(d).results()
        .map(m -> Double.parseDouble(m.group())).toList();
    assertThat(actual).as(d).hasSameSizeAs(numbers);
    for (int i = 0; i < numbers.length; i++) {
      assertThat(actual.get(i)).as("%s, number %d", d, i).isCloseTo(numbers[i], within(EPS2));
    }
  }

  // ---- arrows -----------------------------------------------------------------------------------------------

  @Test
  void arrowsBetweenRowsAreSCurvesWithVerticalTangentsAtEveryPoint() {
    drawings().forEach(drawn -> {
      Document d = drawn.doc();
      for (Element p : kids(layer(d, "links"), "path")) {
        String path = p.getAttribute("d");
        if (path.contains("L") || !path.contains("C")) {
          continue; // a route within a row
        }
        String[] parts = path.split("(?=[MC])");
        double[] from = point(parts[0].substring(1));
        for (int i = 1; i < parts.length; i++) {
          String[] c = parts[i].trim().substring(1).trim().split(" ");
          double[] c1 = point(c[0]);
          double[] c2 = point(c[1]);
          double[] to = point(c[2]);
          if (from[0] == to[0] && from[1] == to[1]) {
            continue;
          }
          boolean loop = c1[0] != from[0];
          if (loop) {
            continue; // a self-link's loop: see aSelfLinkIsALoopOnItsBoxsRightSide
          }
          assertThat(c1[0]).as("%s leaves vertically", path).isEqualTo(from[0]);
          assertThat(c2[0]).as("%s arrives vertically", path).isEqualTo(to[0]);
          assertThat(c1[1]).as("%s bends halfway", path).isCloseTo((from[1] + to[1]) / 2, within(EPS2));
          assertThat(c2[1]).isEqualTo(c1[1]);
          from = to;
        }
      }
    });
  }

  @Test
  void aSelfLinkIsALoopOnItsBoxsRightSide() {
    Document d = MapExportTest.parse(MapExport.svg(RICH));
    double[] b = box(objective(d, ObjectiveId.of("P1")));
    double right = b[0] + b[2];
    double middle = b[1] + b[3] / 2;

    assertPath(arrow(d, "P1 -> P1").getAttribute("d"), "MC", right, middle - 8, right + 34, middle - 30, right + 34,
        middle + 30, right, middle + 8);
  }

  @Test
  void anArrowIs08PxWidePlus22PxPerUnitOfStrengthAnd16PxWithoutOne() {
    drawings().forEach(drawn -> {
      Document d = drawn.doc();
      Map<String, CausalLink> byTitle = new HashMap<>();
      drawn.map().links().forEach(l -> byTitle.putIfAbsent(l.toString() + l.rationale().map(r -> ": " + r)
          .orElse(""), l));
      for (Element p : kids(layer(d, "links"), "path")) {
        CausalLink l = byTitle.get(kids(p, "title").get(0).getTextContent());
        double expected = l.strength().map(s -> 0.8 + 2.2 * s.value()).orElse(1.6);
        assertThat(n(p, "stroke-width")).as(l.toString()).isCloseTo(expected, within(EPS));
      }
    });
  }

  @Test
  void everyArrowheadHasTheColourOfItsLineAndRedMeansDownward() {
    drawings().forEach(drawn -> {
      Document d = drawn.doc();
      Map<String, String> markerFill = new HashMap<>();
      for (Element m : all(d, "marker")) {
        markerFill.put(m.getAttribute("id"), kids(m, "path").get(0).getAttribute("fill"));
      }
      Map<String, CausalLink> byTitle = new HashMap<>();
      drawn.map().links().forEach(l -> byTitle.putIfAbsent(l.toString() + l.rationale().map(r -> ": " + r)
          .orElse(""), l));
      for (Element p : kids(layer(d, "links"), "path")) {
        CausalLink l = byTitle.get(kids(p, "title").get(0).getTextContent());
        String ref = p.getAttribute("marker-end").replaceAll("url\\(#(.*)\\)", "$1");
        boolean down = drawn.map().rankOf(l.to()) < drawn.map().rankOf(l.from());
        assertThat(markerFill.get(ref)).as(l.toString()).isEqualTo(p.getAttribute("stroke"));
        assertThat(p.getAttribute("stroke")).as(l.toString()).isEqualTo(down ? "#c62828" : "#455a64");
        assertThat(p.getAttribute("stroke-dasharray")).isEqualTo(l.polarity() == Polarity.INVERSE ? "7 4" : "");
        assertThat(p.hasAttribute("opacity")).isFalse();
      }
      for (Element legendLine : kids(layer(d, "legend"), "path")) {
        String ref = legendLine.getAttribute("marker-end").replaceAll("url\\(#(.*)\\)", "$1");
        assertThat(markerFill.get(ref)).isEqualTo(legendLine.getAttribute("stroke"));
      }
    });
  }

  @Test
  void aLinkWithinARowIsDrawnGreyNotAsADownwardLink() {
    Scorecard s = Fixtures.crmBuilder().objective("P2", "Qualify Leads", "internal-process").link("P2", "P1").build();
    Document d = MapExportTest.parse(MapExport.svg(StrategyMap.of(s)));

    Element within = arrow(d, "P2 -> P1");
    assertThat(within.getAttribute("stroke")).isEqualTo("#455a64");
    assertThat(within.getAttribute("marker-end")).isEqualTo("url(#arrow)");
    assertThat(legendLabels(d)).doesNotContain("downward link");
  }

  @Test
  void aRemovedLinkIsAFadedDottedGhostAndAChangedOneIsOpaque() {
    Document d = MapExportTest.parse(MapExport.svg(RICH, SvgOptions.defaults()
        .withMark(ObjectiveId.of("C1"), ObjectiveId.of("F1"), Mark.REMOVED)
        .withMark(ObjectiveId.of("P1"), ObjectiveId.of("C1"), Mark.CHANGED)));

    Element removed = arrow(d, "C1 -> F1");
    assertThat(removed.getAttribute("opacity")).isEqualTo("0.45");
    assertThat(removed.getAttribute("stroke-dasharray")).isEqualTo("3 3");
    assertThat(removed.getAttribute("stroke")).isEqualTo("#90a4ae");
    assertThat(removed.getAttribute("class")).isEqualTo("removed");
    Element changed = arrow(d, "P1 -> C1");
    assertThat(changed.hasAttribute("opacity")).isFalse();
    assertThat(changed.hasAttribute("stroke-dasharray")).isFalse();
    assertThat(changed.getAttribute("class")).isEqualTo("changed");
    assertThat(arrow(d, "L1 -> P1").hasAttribute("class")).isFalse();
  }

  // ---- legend -----------------------------------------------------------------------------------------------

  /** One legend entry: its symbol's elements, and its words. */
  record Entry(List<Element> symbol, Element text) {
    String label() {
      return text.getTextContent();
    }

    boolean bold() {
      return text.getAttribute("font-weight").equals("bold");
    }

    /** Where the entry starts: its symbol's left edge, or its words for an entry of words alone. */
    double x() {
      return n(text, "x") - (symbol.isEmpty() ? 0 : 28);
    }

    double baseline() {
      return n(text, "y");
    }

    double width() {
      return (symbol.isEmpty() ? 0 : 28) + TextWidth.of(label(), 12, bold()) + 22;
    }
  }

  private static List<Entry> legend(Document d) {
    List<Entry> entries = new ArrayList<>();
    List<Element> symbol = new ArrayList<>();
    for (Element e : kids(layer(d, "legend"), null)) {
      if (e.getTagName().equals("text")) {
        entries.add(new Entry(List.copyOf(symbol), e));
        symbol.clear();
      } else {
        symbol.add(e);
      }
    }
    assertThat(symbol).as("every symbol has words").isEmpty();
    return entries;
  }

  private static List<String> legendLabels(Document d) {
    return legend(d).stream().map(Entry::label).toList();
  }

  @Test
  void legendEntriesFlowLeftToRight22PxApartAndWrapOnlyWhenTheNextWouldPassTheMargin() {
    List<Drawn> wide = new ArrayList<>(drawings().toList());
    wide.add(new Drawn(RICH, richStatus()));
    int wrapped = 0;
    for (Drawn drawn : wide) {
      Document d = drawn.doc();
      double width = n(d.getDocumentElement(), "width");
      List<Entry> entries = legend(d);
      double x = Layout.MARGIN;
      double y = entries.get(0).baseline();
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        if (i > 0) {
          Entry prev = entries.get(i - 1);
          x = prev.x() + prev.width();
          if (x + e.width() > width - Layout.MARGIN) {
            x = Layout.MARGIN;
            y += 24;
            wrapped++;
          }
        }
        assertThat(e.x()).as("%s starts", e.label()).isCloseTo(x, within(EPS2));
        assertThat(e.baseline()).as("%s's line", e.label()).isEqualTo(y);
      }
    }
    assertThat(wrapped).as("some legends wrap").isPositive();
  }

  @Test
  void eachLegendSymbolSitsInThe22PxBeforeItsWordsCentred4PxAboveTheBaseline() {
    Document d = MapExportTest.parse(MapExport.svg(RICH, richStatus()));
    Set<String> kinds = new java.util.TreeSet<>();
    for (Entry e : legend(d)) {
      double x = e.x();
      double y = e.baseline();
      if (e.symbol().isEmpty()) {
        kinds.add("words");
        assertThat(n(e.text(), "x")).isEqualTo(x);
        continue;
      }
      Element s = e.symbol().get(0);
      switch (s.getTagName() + ":" + s.getAttribute("class")) {
        case "rect:" -> {
          boolean stripe = n(s, "width") == 5;
          kinds.add(stripe ? "stripe" : "box");
          assertThat(n(s, "x")).isCloseTo(stripe ? x + 8 : x, within(EPS2));
          assertThat(n(s, "y")).isCloseTo(stripe ? y - 12 : y - 11, within(EPS2));
          assertThat(n(s, "height")).isEqualTo(stripe ? 16 : 14);
          assertThat(n(s, "y") + n(s, "height") / 2).isCloseTo(y - 4, within(EPS2));
          if (!stripe) {
            assertThat(n(s, "width")).isEqualTo(22);
          }
        }
        case "circle:" -> {
          kinds.add("dot");
          assertThat(n(s, "cx")).isCloseTo(x + 11, within(EPS2));
          assertThat(n(s, "cy")).isCloseTo(y - 4, within(EPS2));
        }
        case "path:" -> {
          kinds.add("line");
          assertPath(s.getAttribute("d"), "ML", x, y - 4, x + 22, y - 4);
        }
        case "g:stale" -> {
          kinds.add("clock");
          Element face = kids(s, "circle").get(0);
          assertThat(n(face, "cx")).isCloseTo(x + 11, within(EPS2));
          assertThat(n(face, "cy")).isCloseTo(y - 4, within(EPS2));
        }
        default -> throw new AssertionError("unexpected symbol " + s.getTagName());
      }
      assertThat(n(e.text(), "x")).isCloseTo(x + 28, within(EPS2));
    }
    assertThat(kinds).containsExactly("box", "clock", "dot", "line", "stripe", "words");
  }

  @Test
  void aThemeMapsLegendNamesItsThemesUnthemedBoxesDotsAndEveryKindOfArrowItDraws() {
    Document d = MapExportTest.parse(MapExport.svg(RICH));
    List<Entry> entries = legend(d);

    assertThat(entries).extracting(Entry::label).containsExactly("theme: Customer Intimacy",
        "theme: Operational Excellence", "theme: Growth", "no theme", "dot: a further theme, in its colour",
        "cause \u2192 effect (thicker: stronger)", "inverse link", "downward link");
    assertThat(entries).noneMatch(Entry::bold);
    Element t2 = entries.get(1).symbol().get(0);
    assertThat(t2.getAttribute("fill")).isEqualTo(Palette.ofTheme(RICH, ThemeId.of("T2"))[0]);
    assertThat(t2.getAttribute("stroke")).isEqualTo(Palette.ofTheme(RICH, ThemeId.of("T2"))[1]);
    Element plain = entries.get(3).symbol().get(0);
    assertThat(plain.getAttribute("fill")).isEqualTo(Palette.PLAIN_FILL);
    assertThat(plain.getAttribute("stroke")).isEqualTo(Palette.PLAIN_STROKE);
    assertThat(entries.get(6).symbol().get(0).getAttribute("stroke-dasharray")).isEqualTo("7 4");
    assertThat(entries.get(7).symbol().get(0).getAttribute("stroke")).isEqualTo("#c62828");
    assertThat(entries.get(5).symbol().get(0).getAttribute("marker-end")).isEqualTo("url(#arrow)");
    assertThat(entries.get(7).symbol().get(0).getAttribute("marker-end")).isEqualTo("url(#arrow-down)");
  }

  @Test
  void aStatusMapsLegendDatesItselfThenNamesEachStatusShownThemesAsStripesStylesAndMarks() {
    Document d = MapExportTest.parse(MapExport.svg(RICH, richStatus()));
    List<Entry> entries = legend(d);

    assertThat(entries).extracting(Entry::label).containsExactly("Status as of 2026-06-15:",
        "\u2713 on track", "! at risk", "\u2717 off track", "\u2013 no data",
        "stale data: a KPI has no actual for its last complete period",
        "theme: Customer Intimacy", "theme: Operational Excellence", "theme: Growth",
        "dot: a further theme, in its colour", "cause \u2192 effect (thicker: stronger)", "questioned",
        "inverse link", "downward link", "added", "removed (ghosted)", "changed");
    assertThat(entries.get(0).bold()).isTrue();
    assertThat(entries.subList(1, entries.size())).noneMatch(Entry::bold);
    for (Status s : Status.values()) {
      Element box = entries.get(1 + s.ordinal()).symbol().get(0);
      assertThat(box.getAttribute("fill")).isEqualTo(Palette.ofStatus(s)[0]);
      assertThat(box.getAttribute("stroke")).isEqualTo(Palette.ofStatus(s)[1]);
    }
    Element stripe = entries.get(7).symbol().get(0);
    assertThat(stripe.getAttribute("fill")).isEqualTo(Palette.ofTheme(RICH, ThemeId.of("T2"))[1]);
    Element styled = entries.get(11).symbol().get(0);
    assertThat(styled.getAttribute("stroke")).isEqualTo("#6a1b9a");
    assertThat(styled.getAttribute("stroke-dasharray")).isEqualTo("2 2");
    assertThat(styled.getAttribute("marker-end")).isEqualTo("url(#arrow-6a1b9a)");
    assertThat(entries.get(14).symbol().get(0).getAttribute("stroke")).isEqualTo(Mark.ADDED.colour());
  }

  @Test
  void theLegendLeavesOutWhatTheMapDoesNotDraw() {
    // No strengths, no inverse, no downward link, every objective themed.
    Scorecard quiet = Scorecard.builder("Quiet").theme("T1", "One")
        .objective("F1", "Grow", "financial", o -> o.theme("T1"))
        .objective("C1", "Keep", "customer", o -> o.theme("T1"))
        .objective("C2", "Win", "customer", o -> o.theme("T1"))
        .link("C1", "F1").link("C2", "C1").link("C2", "C2").build();
    assertThat(legendLabels(MapExportTest.parse(MapExport.svg(StrategyMap.of(quiet)))))
        .containsExactly("theme: One", "cause \u2192 effect");

    // The only inverse and the only downward link are styled: the style's entry explains them.
    SvgOptions styled = SvgOptions.defaults()
        .withLinkStyle(ObjectiveId.of("P2"), ObjectiveId.of("C1"), LinkStyle.of("#6a1b9a", "", "questioned"))
        .withLinkStyle(ObjectiveId.of("P2"), ObjectiveId.of("L1"), LinkStyle.of("#6a1b9a", "", "questioned"));
    assertThat(legendLabels(MapExportTest.parse(MapExport.svg(RICH, styled))))
        .contains("questioned").containsOnlyOnce("questioned").doesNotContain("inverse link", "downward link");

    // Only a self-link: still an arrow to explain.
    Scorecard loop = Scorecard.builder("Loop").objective("F1", "Grow", "financial")
        .objective("C1", "Keep", "customer").link("C1", "C1").build();
    assertThat(legendLabels(MapExportTest.parse(MapExport.svg(StrategyMap.of(loop)))))
        .containsExactly("no theme", "cause \u2192 effect");

    // No links at all: no arrow entry.
    Scorecard none = Scorecard.builder("None").objective("F1", "Grow", "financial")
        .objective("C1", "Keep", "customer").build();
    assertThat(legendLabels(MapExportTest.parse(MapExport.svg(StrategyMap.of(none)))))
        .containsExactly("no theme");
  }
}
