package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small group for the portfolio tests: corporate with revenue (rolled up by sum), a win rate (ratio of sums)
 * and retention; two business units, retail (weight 3) and online (weight 1), each with revenue, deals won,
 * deals quoted and retention. Scored by plain progress so the numbers are easy to follow.
 */
final class Group {
  static final LocalDate AS_OF = LocalDate.parse("2026-06-30");
  static final ScoringPolicy PROGRESS = ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("progress"));

  private Group() {}

  static Scorecard corporate() {
    return Scorecard.builder("Acme Group").scoring(PROGRESS)
        .objective("F1", "Grow revenue", "financial", o -> o
            .kpi("revenue", "Revenue", k -> k.unit("$").flow().baseline(0, "2026-01-01").target(1000, "2026-12-31")))
        .objective("C1", "Keep and win customers", "customer", o -> o
            .kpi("win-rate", "Win rate", k -> k.unit("%").baseline(0, "2026-01-01").target(50, "2026-12-31")))
        .build();
  }

  static Scorecard business(String name) {
    return Scorecard.builder(name).scoring(PROGRESS)
        .objective("F1", "Grow " + name + " revenue", "financial", o -> o
            .kpi("revenue", "Revenue", k -> k.unit("$").flow().baseline(0, "2026-01-01").target(500, "2026-12-31")))
        .objective("C1", "Win deals", "customer", o -> o
            .kpi("won", "Deals won", k -> k.unit("deals").flow().baseline(0, "2026-01-01").target(100, "2026-12-31"))
            .kpi("quoted", "Deals quoted", k -> k.unit("deals").flow().weight(0).baseline(0, "2026-01-01")
                .target(200, "2026-12-31")))
        .build();
  }

  static Portfolio.Builder builder() {
    return Portfolio.builder("Acme Group")
        .unit(Unit.root("corp", "Acme Group", corporate()))
        .unit(Unit.of("retail", "Retail", "corp", business("Retail")).withWeight(3))
        .unit(Unit.of("online", "Online", "corp", business("Online")).withWeight(1))
        .align("retail", "F1", "corp", "F1")
        .align("online", "F1", "corp", "F1")
        .align("retail", "C1", "corp", "C1")
        .align("online", "C1", "corp", "C1")
        .rollUp(KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.SUM,
            List.of(UnitKpi.parse("retail/revenue"), UnitKpi.parse("online/revenue"))))
        .rollUp(KpiRollUp.ratioOfSums(UnitKpi.parse("corp/win-rate"),
            List.of(UnitKpi.parse("retail/won"), UnitKpi.parse("online/won")),
            List.of(UnitKpi.parse("retail/quoted"), UnitKpi.parse("online/quoted")), 100));
  }

  static Portfolio portfolio() {
    return builder().build();
  }

  /** Retail: revenue 100 + 150, won 30 of 40; online: revenue 50 + 50, won 1 of 10. */
  static Map<UnitId, Actuals> actuals() {
    return Map.of(
        UnitId.of("retail"), Actuals.builder()
            .add("revenue", "2026-03-31", 100).add("revenue", "2026-06-30", 150)
            .add("won", "2026-06-30", 30).add("quoted", "2026-06-30", 40).build(),
        UnitId.of("online"), Actuals.builder()
            .add("revenue", "2026-03-31", 50).add("revenue", "2026-06-30", 50)
            .add("won", "2026-06-30", 1).add("quoted", "2026-06-30", 10).build());
  }
}
