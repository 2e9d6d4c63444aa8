package io.github.bsckit.graph.export;

import static io.github.bsckit.graph.export.SvgDrawings.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.Fixtures;
import io.github.bsckit.graph.internal.Palette;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the SVG map draws inside and around its boxes, read back from the SVG: the title and the bands below it,
 * the perspective labels, each box's id, name, score, theme stripe, theme dots and stale-data clock, the curves
 * and loops of the arrows with their widths, colours and arrowheads (the legend: {@link SvgLegendTest}). The
 * numbers are the drawing's specification (a 10 px inset, a 24 px line); each test states the relation, so a
 * wrong sign or factor in the writer moves something a test measures.
 */
class SvgDrawingTest {
  // ---- title and canvas ------------------------------------------------------------------------------------

  @Test
  void aWrappedTitleSetsItsLines24PxApartAndTheBandsStart24PxBelowTheLast() {
    // A real name, and one of short words: a line break is never more than one short word from the edge.
    for (String name : List.of("The Regional Health Authority of the Northern Provinces and Islands: Strategy 2026"
        + " to 2030, Refreshed After the Consultation", String.join(" ", java.util.Collections.nCopies(30, "Go")))) {
      StrategyMap map = StrategyMap.of(Fixtures.crmChain().withName(name));
      Document d = MapExportTest.parse(MapExport.svg(map));
      double width = n(d.getDocumentElement(), "width");

      List<Element> lines = titleLines(d);
      assertThat(lines).hasSizeBetween(2, 3);
      for (int i = 0; i < lines.size(); i++) {
        assertThat(n(lines.get(i), "x")).isEqualTo(Layout.MARGIN);
        assertThat(n(lines.get(i), "y")).isEqualTo(Layout.MARGIN + 22 + 24 * i);
        assertThat(TextWidth.of(lines.get(i).getTextContent(), 20, true))
            .isLessThanOrEqualTo(width - 2 * Layout.MARGIN);
        if (i + 1 < lines.size()) {
          String next = lines.get(i + 1).getTextContent().split(" ")[0];
          assertThat(TextWidth.of(lines.get(i).getTextContent() + " " + next, 20, true))
              .as("the next line's first word would not have fitted").isGreaterThan(width - 2 * Layout.MARGIN);
        }
      }
      double lastBaseline = n(lines.get(lines.size() - 1), "y");
      assertThat(n(bands(d).get(0), "y")).isEqualTo(lastBaseline + 24);
    }
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
}
