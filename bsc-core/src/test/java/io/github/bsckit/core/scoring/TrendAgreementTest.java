package io.github.bsckit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringSpec;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 11 §5: trends agree through the roll-up. */
class TrendAgreementTest {

  @Test
  void aKpiRisingMoreSlowlyThanItsPlanWorsensAsItsObjectiveDoes() {
    // Expected-to-date: 0 -> 120 over the year. The actual rises 10 a month, the plan 10 a month too but from a
    // head start the KPI keeps losing: the value improves, the score against the plan falls.
    Scorecard s = Scorecard.builder("Acme").objective("F1", "Grow", "financial", o -> o
        .kpi("k", "Orders", k -> k.scoring(ScoringSpec.of("expected-to-date")).baseline(0, "2026-01-01")
            .target(120, "2026-12-31")))
        .build();
    Actuals a = Actuals.builder().add("k", "2026-03-31", 20).add("k", "2026-04-30", 22).add("k", "2026-05-31", 24)
        .build();
    ScoreReport r = Scorer.defaults().score(s, a, LocalDate.parse("2026-05-31"));

    Trend kpi = r.kpi(KpiId.of("k")).orElseThrow().trend();
    Trend objective = r.objective(ObjectiveId.of("F1")).orElseThrow().trend();
    assertThat(kpi.direction()).isEqualTo(TrendDirection.WORSENING);
    assertThat(objective.direction()).isEqualTo(TrendDirection.WORSENING);
    assertThat(kpi.slopePerDay()).as("the slope stays in the KPI's unit: +2 a month").isPositive();
  }
}
