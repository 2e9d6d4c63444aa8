package io.github.bsckit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringSpec;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A FLOW KPI's actuals are amounts per period: what is scored is their running total since the baseline. */
class FlowScoringTest {
  private static Scorecard bookings(String method) {
    return Scorecard.builder("SaaS").objective("F1", "Book new business", "financial", o -> o
        .kpi("new-arr", "New ARR", k -> k.flow().unit("$M").baseline(9, "2025-12-31").target(12, "2026-12-31")
            .scoring(ScoringSpec.of(method)))).build();
  }

  private static final Actuals MONTHLY = Actuals.builder()
      .add("new-arr", "2025-12-31", 0.8)       // last year's December: before the baseline, not counted
      .add("new-arr", "2026-01-31", 1.0)
      .add("new-arr", "2026-02-28", 1.0)
      .add("new-arr", "2026-03-31", 1.0)
      .build();

  @Test
  void progressCountsTheRunningTotalFromNothingTowardTheTarget() {
    ScoreNode kpi = Scorer.defaults().score(bookings("progress"), MONTHLY, LocalDate.parse("2026-03-31"))
        .kpi(KpiId.of("new-arr")).orElseThrow();

    assertThat(kpi.actual()).contains(DatedValue.of(3, "2026-03-31"));
    assertThat(kpi.score().getAsDouble()).isCloseTo(3.0 / 12, within(1e-9));
  }

  @Test
  void expectedToDateComparesTheRunningTotalWithTheExpectedRunningTotal() {
    ScoreNode kpi = Scorer.defaults().score(bookings("expected-to-date"), MONTHLY, LocalDate.parse("2026-04-30"))
        .kpi(KpiId.of("new-arr")).orElseThrow();

    double expected = 12.0 * (1 + 30.0 / 91) / 4;   // Q1's quarter of the total, and 30 of Q2's 91 days
    assertThat(kpi.score().getAsDouble()).isCloseTo(3.0 / expected, within(1e-9));
  }

  @Test
  void amountsAfterTheAsOfDateAreIgnored() {
    ScoreNode kpi = Scorer.defaults().score(bookings("progress"), MONTHLY, LocalDate.parse("2026-02-15"))
        .kpi(KpiId.of("new-arr")).orElseThrow();

    assertThat(kpi.actual()).contains(DatedValue.of(1, "2026-01-31"));
  }
}
