package io.github.bsckit.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.Fixtures;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.model.StrategyMapGenerators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The SVG map's geometry, read back from the SVG itself: bands top to bottom in perspective order, each box
 * inside its perspective's band, no two boxes overlapping, every arrow leaving its cause's box and arriving on
 * its effect's box, multi-row arrows passing between boxes, and nothing outside the canvas. Checked on the
 * example fixtures and on generated maps of every shape (bsc-testkit), so the layout code cannot drift unseen.
 */
class SvgGeometryTest {
  /** The SVG's numbers have one decimal: positions agree to within rounding. */
  private static final double EPS = 0.11;

  /** A rectangle as drawn. */
  record Box(double x, double y, double w, double h) {
    double right() {
      return x + w;
    }

    double bottom() {
      return y + h;
    }

    boolean containsX(double px) {
      return px >= x - EPS && px <= right() + EPS;
    }
  }

  /**
   * One arrow: its title (the link as text), the points its path passes through, start and end included, and the
   * point its last stretch comes from (a curve's last control point, a line's previous point): the arrowhead
   * points from there to the end.
   */
  record Arrow(String title, List<double[]> points, double[] approach) {
    double[] start() {
      return points.get(0);
    }

    double[] end() {
      return points.get(points.size() - 1);
    }
  }

  /** What was drawn, read back. */
  record Drawing(double width, double height, List<Box> bands, List<Box> labels, Map<ObjectiveId, Box> boxes,
      List<Arrow> arrows) {}

  static Drawing read(String svg) {
    Document doc = MapExportTest.parse(svg);
    Element root = doc.getDocumentElement();
    List<Box> bands = new ArrayList<>();
    List<Box> labels = new ArrayList<>();
    for (Element rect : children(group(doc, "perspectives"), "rect")) {
      (num(rect, "width") == Layout.LABEL_W ? labels : bands).add(box(rect));
    }
    Map<ObjectiveId, Box> boxes = new LinkedHashMap<>();
    for (Element g : children(group(doc, "objectives"), "g")) {
      boxes.put(ObjectiveId.of(g.getAttribute("id").substring("objective-".length())),
          box(children(g, "rect").get(0)));
    }
    List<Arrow> arrows = new ArrayList<>();
    for (Element path : children(group(doc, "links"), "path")) {
      arrows.add(new Arrow(children(path, "title").get(0).getTextContent(), points(path.getAttribute("d")),
          approach(path.getAttribute("d"))));
    }
    return new Drawing(Double.parseDouble(root.getAttribute("width")), Double.parseDouble(root.getAttribute("height")),
        bands, labels, boxes, arrows);
  }

  /** Where the last stretch of a path comes from: a curve's second control point, or a line's start. */
  private static double[] approach(String d) {
    String[] parts = d.split("(?=[MCL])");
    String last = parts[parts.length - 1];
    if (last.charAt(0) == 'C') {
      String[] c = last.substring(1).trim().split("\\s+")[1].split(",");
      return new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1])};
    }
    List<double[]> points = points(d);
    return points.get(points.size() - 2);
  }

  /** The end points of a path's segments: the M point, then the last point of each C or L (control points skipped). */
  private static List<double[]> points(String d) {
    List<double[]> out = new ArrayList<>();
    for (String part : d.split("(?=[MCL])")) {
      String[] coords = part.substring(1).trim().split("\\s+");
      String[] last = coords[coords.length - 1].split(",");
      out.add(new double[] {Double.parseDouble(last[0]), Double.parseDouble(last[1])});
    }
    return out;
  }

  private static Element group(Document doc, String cls) {
    NodeList gs = doc.getElementsByTagName("g");
    for (int i = 0; i < gs.getLength(); i++) {
      Element g = (Element) gs.item(i);
      if (g.getAttribute("class").equals(cls)) {
        return g;
      }
    }
    throw new AssertionError("no <g class=\"" + cls + "\">");
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  private static Box box(Element rect) {
    return new Box(num(rect, "x"), num(rect, "y"), num(rect, "width"), num(rect, "height"));
  }

  private static Stream<Scorecard> maps() {
    return Stream.of(
        Stream.of(Fixtures.crmChain(), Fixtures.retail25()),
        Samples.stream(StrategyMapGenerators.upward(), 18, 60),
        Samples.stream(StrategyMapGenerators.any(), 19, 60)).flatMap(s -> s);
  }

  @Test
  void bandsRunTopToBottomInPerspectiveOrderWithoutGapsAcrossTheCanvas() {
    maps().forEach(s -> {
      StrategyMap map = StrategyMap.of(s);
      Drawing d = read(MapExport.svg(map));

      assertThat(d.bands()).as("one band per perspective").hasSize(map.topRank() + 1);
      assertThat(d.labels()).hasSameSizeAs(d.bands());
      double y = Layout.MARGIN + 46;
      for (int i = 0; i < d.bands().size(); i++) {
        Box band = d.bands().get(i);
        assertThat(band.y()).as("band %d starts where the one above ends", i).isCloseTo(y, within(EPS));
        assertThat(band.h()).isCloseTo(d.bands().get(0).h(), within(EPS));
        assertThat(band.x()).isEqualTo(Layout.MARGIN);
        assertThat(band.right()).isCloseTo(d.width() - Layout.MARGIN, within(EPS));
        assertThat(d.labels().get(i).y()).isCloseTo(band.y(), within(EPS));
        y = band.bottom();
      }
      assertThat(y).isLessThanOrEqualTo(d.height() - Layout.MARGIN + EPS);
    });
  }

  @Test
  void everyBoxLiesInsideItsPerspectivesBandRightOfTheLabels() {
    maps().forEach(s -> {
      StrategyMap map = StrategyMap.of(s);
      Drawing d = read(MapExport.svg(map));

      assertThat(d.boxes().keySet()).containsExactlyElementsOf(map.objectiveIds());
      d.boxes().forEach((id, box) -> {
        Box band = d.bands().get(map.topRank() - map.rankOf(id));
        assertThat(box.w()).isEqualTo(Layout.BOX_W);
        assertThat(box.y()).as("%s below its band's top", id).isGreaterThanOrEqualTo(band.y() + Layout.BAND_PAD - EPS);
        assertThat(box.bottom()).as("%s above its band's bottom", id)
            .isLessThanOrEqualTo(band.bottom() - Layout.BAND_PAD + EPS);
        assertThat(box.x()).as("%s right of the labels", id)
            .isGreaterThanOrEqualTo(Layout.MARGIN + Layout.LABEL_W + Layout.GAP - EPS);
        assertThat(box.right()).as("%s inside the band", id).isLessThanOrEqualTo(band.right() - Layout.GAP + EPS);
      });
    });
  }

  @Test
  void boxesInARowKeepAtLeastTheGapBetweenThemAndNeverOverlap() {
    maps().forEach(s -> {
      StrategyMap map = StrategyMap.of(s);
      Drawing d = read(MapExport.svg(map));

      for (int rank = 0; rank <= map.topRank(); rank++) {
        List<Box> row = map.row(rank).stream().map(d.boxes()::get)
            .sorted((a, b) -> Double.compare(a.x(), b.x())).toList();
        for (int i = 0; i + 1 < row.size(); i++) {
          assertThat(row.get(i + 1).x() - row.get(i).right()).as("gap in %s", map.perspectiveAt(rank).name())
              .isGreaterThanOrEqualTo(Layout.GAP - EPS);
        }
      }
    });
  }

  @Test
  void everyArrowLeavesItsCausesBoxAndEndsOnItsEffectsBox() {
    maps().forEach(s -> {
      StrategyMap map = StrategyMap.of(s);
      Drawing d = read(MapExport.svg(map));
      Map<String, List<CausalLink>> byTitle = new HashMap<>();
      for (CausalLink l : map.links()) {
        byTitle.computeIfAbsent(title(l), t -> new ArrayList<>()).add(l);
      }

      int selfLinks = (int) map.links().stream().filter(CausalLink::isSelfLink).map(CausalLink::from).distinct().count();
      assertThat(d.arrows()).hasSize(map.graph().edgeSet().size() + selfLinks);
      for (Arrow a : d.arrows()) {
        CausalLink link = byTitle.get(a.title()).get(0);
        Box cause = d.boxes().get(link.from());
        Box effect = d.boxes().get(link.to());
        int rf = map.rankOf(link.from());
        int rt = map.rankOf(link.to());
        if (link.isSelfLink()) {
          assertThat(a.start()[0]).isCloseTo(cause.right(), within(EPS));
          assertThat(a.end()[0]).isCloseTo(cause.right(), within(EPS));
          continue;
        }
        assertThat(cause.containsX(a.start()[0])).as("%s starts over its cause's box", a.title()).isTrue();
        assertThat(effect.containsX(a.end()[0])).as("%s ends over its effect's box", a.title()).isTrue();
        if (rt > rf) {
          assertThat(a.start()[1]).as("%s leaves the top of its cause", a.title()).isCloseTo(cause.y(), within(EPS));
          assertThat(a.end()[1]).as("%s reaches the bottom of its effect", a.title())
              .isCloseTo(effect.bottom(), within(EPS));
        } else if (rt < rf) {
          assertThat(a.start()[1]).as("%s leaves the bottom of its cause", a.title())
              .isCloseTo(cause.bottom(), within(EPS));
          assertThat(a.end()[1]).as("%s reaches the top of its effect", a.title()).isCloseTo(effect.y(), within(EPS));
        } else {
          boolean rightward = effect.x() > cause.x();
          assertThat(a.start()[0]).as("%s leaves its cause's side facing the effect", a.title())
              .isCloseTo(rightward ? cause.right() : cause.x(), within(EPS));
          assertThat(a.start()[1]).isBetween(cause.y(), cause.bottom());
          assertThat(a.end()[0]).as("%s enters its effect's side facing the cause", a.title())
              .isCloseTo(rightward ? effect.x() : effect.right(), within(EPS));
          assertThat(a.end()[1]).isBetween(effect.y(), effect.bottom());
          assertThat(a.approach()[1]).as("%s arrives level", a.title()).isCloseTo(a.end()[1], within(EPS));
          assertThat(a.approach()[0] < a.end()[0]).as("%s points into the box", a.title()).isEqualTo(rightward);
        }
      }
    });
  }

  @Test
  void arrowsSpanningRowsPassBetweenTheBoxesOfTheRowsTheyCross() {
    maps().forEach(s -> {
      StrategyMap map = StrategyMap.of(s);
      Drawing d = read(MapExport.svg(map));

      for (Arrow a : d.arrows()) {
        if (band(d, a.start()[1]) == band(d, a.end()[1])) {
          continue; // within a row: see linksWithinARowGoAroundTheBoxesBetweenThem
        }
        List<double[]> inner = a.points().subList(1, a.points().size() - 1);
        assertThat(inner.size()).as("%s passes one point per row it crosses", a.title())
            .isLessThanOrEqualTo(map.topRank());
        for (double[] p : inner) {
          Box band = d.bands().stream().filter(b -> p[1] > b.y() && p[1] < b.bottom()).findFirst().orElseThrow();
          assertThat(p[1]).as("%s crosses a row at its middle", a.title())
              .isCloseTo(band.y() + band.h() / 2, within(EPS));
          for (Box box : d.boxes().values()) {
            boolean inThisBand = box.y() >= band.y() && box.bottom() <= band.bottom();
            assertThat(inThisBand && p[0] > box.x() && p[0] < box.right())
                .as("%s runs through a box at %s,%s", a.title(), p[0], p[1]).isFalse();
          }
        }
      }
    });
  }

  private static Box band(Drawing d, double y) {
    return d.bands().stream().filter(b -> y >= b.y() && y <= b.bottom()).findFirst().orElseThrow();
  }

  @Test
  void linksWithinARowGoAroundTheBoxesBetweenThem() {
    maps().forEach(s -> {
      Drawing d = read(MapExport.svg(StrategyMap.of(s)));

      for (Arrow a : d.arrows()) {
        if (band(d, a.start()[1]) != band(d, a.end()[1]) || a.title().matches("(\\S+) -> \\1\\b.*")) {
          continue;
        }
        for (double[] p : a.points().subList(1, a.points().size() - 1)) {
          assertThat(d.boxes().values()).as("%s turns at %s,%s", a.title(), p[0], p[1])
              .noneMatch(b -> p[0] > b.x() + EPS && p[0] < b.right() - EPS && p[1] > b.y() + EPS
                  && p[1] < b.bottom() - EPS);
        }
      }
    });
  }

  @Test
  void fiveLinksIntoOneBoxOfTheirOwnRowArriveApartAndPointIntoIt() {
    Scorecard.Builder b = Scorecard.builder("Within").objective("F1", "Grow", "financial");
    for (int i = 1; i <= 6; i++) {
      b.objective("C" + i, "Customer objective " + i, "customer");
    }
    Scorecard s = b.link("C1", "C3").link("C2", "C3").link("C4", "C3").link("C5", "C3").link("C6", "C3")
        .link("C1", "C2").link("C6", "C5").link("C1", "C6").link("C2", "C5").link("C4", "C5").link("C3", "F1").build();
    Drawing d = read(MapExport.svg(StrategyMap.of(s)));
    Box c3 = d.boxes().get(ObjectiveId.of("C3"));

    List<Arrow> into = d.arrows().stream().filter(a -> a.title().matches("C\\d -> C3\\b.*")).toList();
    assertThat(into).hasSize(5);
    assertThat(into.stream().map(a -> a.end()[0] + "," + a.end()[1]).distinct()).hasSize(5);
    for (Arrow a : into) {
      boolean fromLeft = a.end()[0] < c3.x() + EPS;
      assertThat(a.end()[0]).isCloseTo(fromLeft ? c3.x() : c3.right(), within(EPS));
      assertThat(a.end()[1]).isStrictlyBetween(c3.y(), c3.bottom());
      assertThat(a.approach()[1]).isCloseTo(a.end()[1], within(EPS));
      assertThat(a.approach()[0] < a.end()[0]).as("%s points into C3", a.title()).isEqualTo(fromLeft);
    }
    assertThat(into.stream().filter(a -> a.end()[0] < c3.x() + EPS).map(a -> a.end()[1]).toList())
        .as("the left side's arrows, apart").doesNotHaveDuplicates();
  }

  @Test
  void arrowsMeetingOneEdgeOfABoxEachGetTheirOwnPortInTheOrderOfWhereTheyGo() {
    maps().forEach(s -> {
      StrategyMap map = StrategyMap.of(s);
      Drawing d = read(MapExport.svg(map));

      Map<String, List<Double>> portsByEdge = new HashMap<>();
      for (Arrow a : d.arrows()) {
        if (a.points().size() < 2 || a.title().matches("(\\S+) -> \\1\\b.*")) {
          continue;
        }
        portsByEdge.computeIfAbsent("start " + a.start()[1] + " " + owner(d, a.start()), k -> new ArrayList<>())
            .add(a.start()[0]);
        portsByEdge.computeIfAbsent("end " + a.end()[1] + " " + owner(d, a.end()), k -> new ArrayList<>())
            .add(a.end()[0]);
      }
      portsByEdge.values().forEach(xs -> {
        if (xs.size() > 1) {
          assertThat(xs.stream().distinct().count()).as("ports %s", xs).isEqualTo(xs.size());
        }
      });
    });
  }

  @Test
  void everythingDrawnLiesInsideTheCanvas() {
    maps().forEach(s -> {
      Drawing d = read(MapExport.svg(StrategyMap.of(s)));

      for (Box b : d.boxes().values()) {
        assertThat(b.x()).isGreaterThanOrEqualTo(0);
        assertThat(b.right()).isLessThanOrEqualTo(d.width());
        assertThat(b.bottom()).isLessThanOrEqualTo(d.height());
      }
      for (Arrow a : d.arrows()) {
        for (double[] p : a.points()) {
          assertThat(p[0]).isBetween(0.0, d.width());
          assertThat(p[1]).isBetween(0.0, d.height());
        }
      }
    });
  }

  @Test
  void withoutTheTitleTheBandsStartAtTheMargin() {
    StrategyMap map = StrategyMap.of(Fixtures.crmChain());
    Drawing titled = read(MapExport.svg(map));
    Drawing bare = read(MapExport.svg(map, SvgOptions.defaults().withTitle(false)));

    assertThat(bare.bands().get(0).y()).isEqualTo(Layout.MARGIN);
    assertThat(titled.bands().get(0).y() - bare.bands().get(0).y()).isEqualTo(46);
    assertThat(titled.height() - bare.height()).isEqualTo(46);
  }

  @Test
  void aMapThatCanBeDrawnWithoutCrossingsIsDrawnWithoutCrossings() {
    // Declared in reverse: a naive layout would cross every pair of arrows.
    Scorecard s = Scorecard.builder("Matching")
        .objective("C1", "One", "customer").objective("C2", "Two", "customer").objective("C3", "Three", "customer")
        .objective("C4", "Four", "customer")
        .objective("P1", "Four Below", "internal-process").objective("P2", "Three Below", "internal-process")
        .objective("P3", "Two Below", "internal-process").objective("P4", "One Below", "internal-process")
        .link("P1", "C4").link("P2", "C3").link("P3", "C2").link("P4", "C1")
        .build();
    Drawing d = read(MapExport.svg(StrategyMap.of(s)));

    List<Arrow> byStart = d.arrows().stream().sorted((a, b) -> Double.compare(a.start()[0], b.start()[0])).toList();
    for (int i = 0; i + 1 < byStart.size(); i++) {
      assertThat(byStart.get(i).end()[0]).isLessThan(byStart.get(i + 1).end()[0]);
    }
    // Straightened: each arrow runs vertically from its cause to its effect.
    for (Arrow a : d.arrows()) {
      assertThat(a.end()[0]).isCloseTo(a.start()[0], within(EPS));
    }
  }

  @Test
  void theCanvasIsAsWideAsTheWidestRowPlusTheLabelsAndMargins() {
    StrategyMap map = StrategyMap.of(Fixtures.retail25());
    Drawing d = read(MapExport.svg(map));

    double left = d.boxes().values().stream().mapToDouble(Box::x).min().orElseThrow();
    double right = d.boxes().values().stream().mapToDouble(Box::right).max().orElseThrow();
    assertThat(left).isGreaterThanOrEqualTo(Layout.MARGIN + Layout.LABEL_W + Layout.GAP - EPS);
    assertThat(d.width() - right).isGreaterThanOrEqualTo(Layout.GAP + Layout.MARGIN - EPS);
    assertThat(right - left).isLessThanOrEqualTo(d.width() - Layout.MARGIN * 2 - Layout.LABEL_W - 2 * Layout.GAP + EPS);
  }

  private static String owner(Drawing d, double[] p) {
    return d.boxes().entrySet().stream().filter(e -> e.getValue().containsX(p[0])
        && (Math.abs(e.getValue().y() - p[1]) < EPS || Math.abs(e.getValue().bottom() - p[1]) < EPS))
        .map(e -> e.getKey().value()).findFirst().orElse("?");
  }

  private static String title(CausalLink l) {
    return l.toString() + l.rationale().map(r -> ": " + r).orElse("");
  }
}
