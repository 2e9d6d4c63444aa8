package io.github.bsckit.core.portfolio;

import static io.github.bsckit.core.portfolio.Group.AS_OF;
import static io.github.bsckit.core.portfolio.Group.PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The report of a small portfolio whose every figure is worked out by hand: headquarters and two shops, one of
 * which reported nothing; revenue summed from the shops; a peak rolled up from the silent shop alone.
 */
@Tag("text")
class PortfolioReportTest {

  /** Revenue (target 1000 from 0) and a peak of weight 0 that only a roll-up fills. */
  private static Scorecard headquarters() {
    return Scorecard.builder("Duo").scoring(PROGRESS)
        .objective("F1", "Grow", "financial", o -> o
            .kpi("revenue", "Revenue", k -> k.unit("$").baseline(0, "2026-01-01").target(1000, "2026-12-31"))
            .kpi("peak", "Peak", k -> k.unit("$").weight(0).baseline(0, "2026-01-01").target(500, "2026-12-31")))
        .build();
  }

  private static Scorecard shop(String name) {
    return Scorecard.builder(name).scoring(PROGRESS)
        .objective("F1", "Grow " + name, "financial", o -> o
            .kpi("revenue", "Revenue", k -> k.unit("$").baseline(0, "2026-01-01").target(500, "2026-12-31")))
        .build();
  }

  private static Portfolio.Builder duo() {
    return Portfolio.builder("Duo")
        .unit(Unit.root("hq", "Headquarters", headquarters()))
        .unit(Unit.of("shop", "Shop", "hq", shop("Shop")).withWeight(3))
        .unit(Unit.of("web", "Web", "hq", shop("Web")))
        .align("shop", "F1", "hq", "F1")
        .align(Alignment.of(UnitObjective.parse("web/F1"), UnitObjective.parse("hq/F1")).withWeight(2))
        .rollUp(KpiRollUp.of(UnitKpi.parse("hq/revenue"), Aggregation.SUM,
            List.of(UnitKpi.parse("shop/revenue"), UnitKpi.parse("web/revenue"))))
        .rollUp(KpiRollUp.of(UnitKpi.parse("hq/peak"), Aggregation.MAX, List.of(UnitKpi.parse("web/revenue"))));
  }

  /** Only the shop reported: revenue 300 of its 500, so 60%; the web reported nothing. */
  private static final Map<UnitId, Actuals> ACTUALS =
      Map.of(UnitId.of("shop"), Actuals.builder().add("revenue", AS_OF.toString(), 300).build());

  private static PortfolioReport report(Portfolio p) {
    return Consolidation.defaults().score(p, ACTUALS, AS_OF);
  }

  private static final PortfolioReport REPORT = report(duo().build());

  @Test
  void knowsThePortfolioItScoredTheDateAndEveryUnitInOrder() {
    assertThat(REPORT.portfolio()).isEqualTo(duo().build());
    assertThat(REPORT.asOf()).isEqualTo(AS_OF);
    assertThat(REPORT.units()).containsOnlyKeys(UnitId.of("hq"), UnitId.of("shop"), UnitId.of("web"));
    assertThat(REPORT.units().keySet()).extracting(UnitId::value).containsExactly("hq", "shop", "web");
    assertThat(REPORT.root().unit().id()).isEqualTo(UnitId.of("hq"));
    assertThat(REPORT.unit(UnitId.of("nowhere"))).isEmpty();
    assertThat(REPORT.rolledUp().keySet()).extracting(UnitKpi::toString).containsExactly("hq/revenue", "hq/peak");
  }

  @Test
  void writesEveryUnitObjectiveSupporterRollUpAndSourceAsJson() {
    // hq/F1: own 300 / 1000 = 0.3; supporters: shop 0.6 (weight 1), web no data (weight 2), so 0.6;
    // 0.5 x 0.3 + 0.5 x 0.6 = 0.45; coverage 0.5 x 1 + 0.5 x (1 x 1 + 2 x 0) / 3 = 0.6667. A unit's coverage is
    // over its four perspectives, only one of which holds objectives: hq 0.6667 / 4, shop 1 / 4. An objective that
    // nothing supports has support share 0; a sum weighs every source 1. The web has no score and no coverage; the
    // peak roll-up has no value.
    assertThat(REPORT.toJson()).isEqualTo("""
        {
          "name": "Duo",
          "asOf": "2026-06-30",
          "units": [
            {
              "id": "hq",
              "name": "Headquarters",
              "parent": null,
              "weight": 1,
              "score": 0.45,
              "status": "off-track",
              "coverage": 0.1667,
              "own": 0.3,
              "objectives": [
                {
                  "id": "F1",
                  "name": "Grow",
                  "score": 0.45,
                  "status": "off-track",
                  "coverage": 0.6667,
                  "own": 0.3,
                  "supportShare": 0.5,
                  "supporters": [
                    {
                      "objective": "shop/F1",
                      "score": 0.6,
                      "weight": 1
                    },
                    {
                      "objective": "web/F1",
                      "score": null,
                      "weight": 2
                    }
                  ]
                }
              ]
            },
            {
              "id": "shop",
              "name": "Shop",
              "parent": "hq",
              "weight": 3,
              "score": 0.6,
              "status": "at-risk",
              "coverage": 0.25,
              "own": 0.6,
              "objectives": [
                {
                  "id": "F1",
                  "name": "Grow Shop",
                  "score": 0.6,
                  "status": "at-risk",
                  "coverage": 1,
                  "own": 0.6,
                  "supportShare": 0,
                  "supporters": []
                }
              ]
            },
            {
              "id": "web",
              "name": "Web",
              "parent": "hq",
              "weight": 1,
              "score": null,
              "status": "no-data",
              "coverage": 0,
              "own": null,
              "objectives": [
                {
                  "id": "F1",
                  "name": "Grow Web",
                  "score": null,
                  "status": "no-data",
                  "coverage": 0,
                  "own": null,
                  "supportShare": 0,
                  "supporters": []
                }
              ]
            }
          ],
          "rollUps": [
            {
              "kpi": "hq/revenue",
              "aggregation": "sum",
              "date": "2026-06-30",
              "value": 300,
              "coverage": 0.5,
              "sources": [
                {
                  "kpi": "shop/revenue",
                  "role": "source",
                  "value": 300,
                  "weight": 1
                },
                {
                  "kpi": "web/revenue",
                  "role": "source",
                  "value": null,
                  "weight": 1
                }
              ]
            },
            {
              "kpi": "hq/peak",
              "aggregation": "max",
              "date": null,
              "value": null,
              "coverage": null,
              "sources": []
            }
          ]
        }""");
  }

  @Test
  void writesTheSameJsonToAWriter() {
    StringWriter out = new StringWriter();
    REPORT.writeJson(out);
    assertThat(out).hasToString(REPORT.toJson());
  }

  @Test
  void printsTheTreeAndEveryRollUpWithItsLatestValueOrNoData() {
    assertThat(REPORT).hasToString("""
        Portfolio "Duo" as of 2026-06-30
        hq "Headquarters": 45.0% off-track, coverage 16.7% (own 30.0%)
          shop "Shop": 60.0% at-risk, coverage 25% (own 60.0%)
          web "Web": NO_DATA, coverage 0% (own NO_DATA)
        rolled up: hq/revenue 300 @ 2026-06-30 (coverage 50%); hq/peak no data""");
  }

  /** Without the revenue roll-up hq has no data of its own: its F1 is its supporters' 0.6, coverage 1/6 / 4. */
  @Test
  void printsEveryRootsTreeAndNoRollUpLineWithoutRollUps() {
    Portfolio twoRoots = duo().unit(Unit.root("lab", "Lab", shop("Lab"))).build().withoutRollUp(UnitKpi.parse("hq/peak"))
        .withoutRollUp(UnitKpi.parse("hq/revenue"));

    assertThat(report(twoRoots)).hasToString("""
        Portfolio "Duo" as of 2026-06-30
        hq "Headquarters": 60.0% at-risk, coverage 4.2% (own NO_DATA)
          shop "Shop": 60.0% at-risk, coverage 25% (own 60.0%)
          web "Web": NO_DATA, coverage 0% (own NO_DATA)
        lab "Lab": NO_DATA, coverage 0% (own NO_DATA)""");
  }

  @Test
  void explainsARollUpWithoutDataAsNoSourceReported() {
    assertThat(REPORT.explain(UnitKpi.parse("hq/peak"))).isEqualTo("""
        hq/peak = max(web/revenue)
          no source reported on or before 2026-06-30""");
    assertThat(REPORT.explain(UnitKpi.parse("hq/revenue"))).isEqualTo("""
        hq/revenue = sum(shop/revenue, web/revenue)
          = 300 @ 2026-06-30 (coverage 50%)
          source shop/revenue = 300
          source web/revenue: no data""");
  }

  @Test
  void refusesToExplainWhatThePortfolioDoesNotHold() {
    assertThatThrownBy(() -> REPORT.explain(UnitObjective.parse("hq/F9"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must name an objective of the portfolio but was hq/F9");
    assertThatThrownBy(() -> REPORT.explain(UnitKpi.parse("shop/revenue"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must name a rolled-up KPI but was shop/revenue; rolled up: [hq/revenue, hq/peak]");
  }
}
