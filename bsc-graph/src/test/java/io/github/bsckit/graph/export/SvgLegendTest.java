package io.github.bsckit.graph.export;

import static io.github.bsckit.graph.export.SvgDrawings.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.internal.Palette;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SVG map's legend read back: it explains exactly what the map draws (themes or statuses, unthemed boxes,
 * dots, the stale clock, each kind of arrow, styles and marks), its entries flow left to right 22 px apart and
 * wrap only when the next would pass the margin, and each symbol sits in the 22 px before its words.
 */
class SvgLegendTest {

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

