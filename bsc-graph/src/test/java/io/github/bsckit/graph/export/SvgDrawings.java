package io.github.bsckit.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.graph.Fixtures;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Maps, options and readers shared by the tests that read the SVG map back ({@link SvgDrawingTest},
 * {@link SvgLegendTest}): a rich map with every kind of box and arrow, fixtures and generated maps drawn plainly
 * and by status, and small DOM helpers.
 */
final class SvgDrawings {
  private SvgDrawings() {}

  /** The SVG's numbers have one decimal. */
  static final double EPS = 0.051;
  /** Relations between two rounded numbers. */
  static final double EPS2 = 0.11;
  static final LocalDate AS_OF = LocalDate.parse("2026-06-15");

  // ---- maps ------------------------------------------------------------------------------------------------

  /**
   * Five objectives over four perspectives and three themes: C1 serves all three (two dots), P1 none; a strong,
   * a weak, an unstated-strength and an inverse link, a downward link (P2 -> L1) and a self-link on P1.
   */
  static Scorecard.Builder richBuilder() {
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

  static final StrategyMap RICH = StrategyMap.of(richBuilder().build());

  /** The rich map by status, dated, with a stale objective, a styled link and every kind of mark. */
  static SvgOptions richStatus() {
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
  static Stream<Drawn> drawings() {
    Stream<Scorecard> cards = Stream.of(
        Stream.of(Fixtures.crmChain(), Fixtures.retail25(), richBuilder().build(), longNames(), longTheme()),
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

  /** The CRM chain in one theme whose legend entry, its first, is wider than the canvas. */
  static Scorecard longTheme() {
    Scorecard.Builder b = Scorecard.builder("Long theme").theme("T1", "Customer intimacy, from the first visit to"
        + " the tenth purchase, in every store and online");
    for (String[] o : new String[][] {{"F1", "financial"}, {"C1", "customer"}, {"P1", "internal-process"}}) {
      b.objective(o[0], "Objective " + o[0], o[1], x -> x.theme("T1"));
    }
    return b.link("P1", "C1").link("C1", "F1").build();
  }

  /** A map whose names need the smaller font, and one that is cut. */
  static Scorecard longNames() {
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

  static List<Element> kids(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
        out.add(e);
      }
    }
    return out;
  }

  static List<Element> all(Document d, String tag) {
    NodeList nodes = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static Element layer(Document d, String cls) {
    return all(d, "g").stream().filter(g -> g.getAttribute("class").equals(cls)).findFirst()
        .orElseThrow(() -> new AssertionError("no <g class=\"" + cls + "\">"));
  }

  static boolean hasLayer(Document d, String cls) {
    return all(d, "g").stream().anyMatch(g -> g.getAttribute("class").equals(cls));
  }

  static Element objective(Document d, ObjectiveId id) {
    return all(d, "g").stream().filter(g -> g.getAttribute("id").equals("objective-" + id)).findFirst()
        .orElseThrow();
  }

  static double n(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  static double[] point(String xy) {
    String[] p = xy.split(",");
    return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
  }

  static List<Element> titleLines(Document d) {
    return kids(d.getDocumentElement(), "text").stream().filter(t -> t.getAttribute("font-size").equals("20"))
        .toList();
  }

  static List<Element> bands(Document d) {
    return kids(layer(d, "perspectives"), "rect").stream().filter(r -> n(r, "width") != Layout.LABEL_W).toList();
  }

  static Element arrow(Document d, String startOfTitle) {
    return kids(layer(d, "links"), "path").stream()
        .filter(p -> kids(p, "title").get(0).getTextContent().startsWith(startOfTitle)).findFirst().orElseThrow();
  }

  /** The box of an objective: x, y, width, height. */
  static double[] box(Element group) {
    Element r = kids(group, "rect").get(0);
    return new double[] {n(r, "x"), n(r, "y"), n(r, "width"), n(r, "height")};
  }

  /** A path's commands are the letters given and its numbers are the ones given, to within rounding. */
  static void assertPath(String d, String commands, double... numbers) {
    assertThat(d.replaceAll("[^A-Za-z]", "")).as(d).isEqualTo(commands);
    List<Double> actual = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?").matcher(d).results()
        .map(m -> Double.parseDouble(m.group())).toList();
    assertThat(actual).as(d).hasSameSizeAs(numbers);
    for (int i = 0; i < numbers.length; i++) {
      assertThat(actual.get(i)).as("%s, number %d", d, i).isCloseTo(numbers[i], within(EPS2));
    }
  }

  // ---- the legend -------------------------------------------------------------------------------------------

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

  static List<Entry> legend(Document d) {
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

  static List<String> legendLabels(Document d) {
    return legend(d).stream().map(Entry::label).toList();
  }
}
