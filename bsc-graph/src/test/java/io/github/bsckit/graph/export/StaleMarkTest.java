package io.github.bsckit.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import io.github.bsckit.graph.map.StrategyMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A status map marks exactly the objectives whose KPIs are stale, and explains the mark only when it draws one. */
@Tag("text")
class StaleMarkTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-06-15"); // May is the last complete month
  private static final String LEGEND = "stale data: a KPI has no actual for its last complete period";

  /** The CRM chain with monthly KPIs; P1 has two, so one stale KPI among fresh ones still marks it. */
  private static final Scorecard CARD = Scorecard.builder("Acme Retail")
      .objective("F1", "Grow Lifetime Customer Value", "financial", o -> o.kpi("clv", "Customer lifetime value",
          k -> k.lagging().unit("$").baseline(1200, "2026-01-01").target(1500, "2026-12-31")))
      .objective("C1", "Increase Customer Retention", "customer", o -> o.kpi("retention", "Retention rate",
          k -> k.lagging().unit("%").baseline(85, "2026-01-01").target(90, "2026-12-31")))
      .objective("P1", "Improve Sales Conversion Process", "internal-process", o -> o
          .kpi("conversion", "Demo conversion", k -> k.leading().unit("%").baseline(18, "2026-01-01")
              .target(25, "2026-12-31"))
          .kpi("demos", "Demos held", k -> k.leading().unit("%").baseline(10, "2026-01-01").target(40, "2026-12-31")))
      .objective("L1", "Train Staff on New CRM", "learning-growth", o -> o.kpi("crm-certified", "Staff certified",
          k -> k.leading().unit("%").baseline(20, "2026-01-01").target(90, "2026-12-31")))
      .link("L1", "P1").link("P1", "C1").link("C1", "F1")
      .build();

  /** Every KPI reported monthly through {@code last}, except those named, which stop at the end of February. */
  private static Actuals actuals(String... lagging) {
    Actuals.Builder b = Actuals.builder();
    for (String kpi : List.of("clv", "retention", "conversion", "demos", "crm-certified")) {
      LocalDate stop = List.of(lagging).contains(kpi) ? LocalDate.parse("2026-02-28") : LocalDate.parse("2026-05-31");
      for (LocalDate d = LocalDate.parse("2026-01-31"); !d.isAfter(stop); d = d.plusDays(1).plusMonths(1).minusDays(1)) {
        b.add(KpiId.of(kpi), d, 50);
      }
    }
    return b.build();
  }

  private static String svg(Actuals actuals) {
    ScoreReport report = Scorer.defaults().score(CARD, actuals, AS_OF);
    return MapExport.svg(StrategyMap.of(CARD), SvgOptions.defaults().withScores(report));
  }

  private static List<Element> staleBadges(Document d) {
    NodeList gs = d.getElementsByTagName("g");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < gs.getLength(); i++) {
      Element g = (Element) gs.item(i);
      if (g.getAttribute("class").equals("stale")) {
        out.add(g);
      }
    }
    return out;
  }

  /** The id of the objective group holding a badge, or "legend". */
  private static String holder(Element badge) {
    for (Node n = badge.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
      if (e.getAttribute("id").startsWith("objective-")) {
        return e.getAttribute("id");
      }
      if (e.getAttribute("class").equals("legend")) {
        return "legend";
      }
    }
    return "nowhere";
  }

  @Test
  void marksExactlyTheObjectivesWithAStaleKpiAndExplainsTheMarkInTheLegend() {
    String text = svg(actuals("retention", "demos"));
    Document svg = MapExportTest.parse(text);

    assertThat(staleBadges(svg)).extracting(StaleMarkTest::holder)
        .containsExactlyInAnyOrder("objective-C1", "objective-P1", "legend");
    assertThat(text).contains(">" + LEGEND + "</text>")
        .contains("P1: Improve Sales Conversion Process (").contains("; stale data: demos without an actual");
  }

  @Test
  void aMapWithFreshDataDrawsNoClockAndNoLegendEntry() {
    String text = svg(actuals());

    assertThat(staleBadges(MapExportTest.parse(text))).isEmpty();
    assertThat(text).doesNotContain(LEGEND).doesNotContain("stale data");
  }

  @Test
  void theExplicitOptionMarksTheObjectivesItNamesAndAnEmptyMapRemovesThem() {
    SvgOptions options = SvgOptions.defaults().withStale(Map.of(ObjectiveId.of("L1"), Set.of(KpiId.of("crm-certified"))));
    StrategyMap map = StrategyMap.of(CARD);

    assertThat(staleBadges(MapExportTest.parse(MapExport.svg(map, options)))).extracting(StaleMarkTest::holder)
        .containsExactlyInAnyOrder("objective-L1", "legend");
    assertThat(options.staleKpis(ObjectiveId.of("L1"))).containsExactly(KpiId.of("crm-certified"));
    assertThat(options.staleKpis(ObjectiveId.of("F1"))).isEmpty();
    assertThat(staleBadges(MapExportTest.parse(MapExport.svg(map, options.withStale(Map.of()))))).isEmpty();
  }

  @Test
  void anObjectiveMarkedStaleMustNameAKpi() {
    assertThatThrownBy(() -> SvgOptions.defaults().withStale(Map.of(ObjectiveId.of("L1"), Set.of())))
        .isInstanceOf(ValidationException.class).hasMessageContaining("staleKpis[L1]");
    assertThatThrownBy(() -> SvgOptions.defaults().withStale(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("staleKpis");
  }
}
