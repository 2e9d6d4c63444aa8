package io.github.bsckit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.period.TimePeriod;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class ScoreHistoryTest {
  private static final Scorecard CARD = Scorecard.builder("Retail").fiscalYearStart(Month.JULY)
      .objective("F1", "Grow revenue", "financial", o -> o
          .kpi("revenue", "Revenue", k -> k.flow().unit("$").baseline(0, "2026-06-30").target(1200, "2027-06-30"))
          .kpi("retention", "Retention", k -> k.unit("%").baseline(80, "2026-06-30").target(90, "2027-06-30")))
      .build();
  private static final Actuals ACTUALS = Actuals.builder()
      .add("revenue", "2026-07-31", 100).add("revenue", "2026-08-31", 100).add("revenue", "2026-09-30", 100)
      .add("revenue", "2026-10-31", 50).add("revenue", "2026-11-30", 50)
      .add("retention", "2026-07-31", 81).add("retention", "2026-09-30", 83).add("retention", "2026-11-30", 82)
      .build();

  @Test
  void scoresAtEveryFiscalQuarterEndAndAtTheRangesEndInsideTheLastQuarter() {
    ScoreHistory h = Scorer.defaults().history(CARD, ACTUALS, LocalDate.parse("2026-07-01"),
        LocalDate.parse("2026-11-30"), PeriodUnit.QUARTER);
    assertThat(h.periods()).extracting(TimePeriod::label).containsExactly("FY2027 Q1", "FY2027 Q2");
    assertThat(h.reports()).extracting(ScoreReport::asOf)
        .containsExactly(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-11-30"));
    assertThat(h.series(KpiId.of("revenue"))).extracting(n -> n.actual().orElseThrow().value())
        .containsExactly(300.0, 400.0);
    assertThat(h.table().lines().toList()).first().asString().contains("FY2027 Q1", "FY2027 Q2");
    assertThat(h.table()).contains("    revenue  ", "  F1  ");
    assertThat(h.toJson()).contains("\"unit\": \"quarter\"", "\"label\": \"FY2027 Q1\"", "\"asOf\": \"2026-11-30\"",
        "\"id\": \"retention\"");
  }

  @Test
  void everyReportIsTheReportOfThatDate() {
    ScoreHistory h = Scorer.defaults().history(CARD, ACTUALS, LocalDate.parse("2026-06-15"),
        LocalDate.parse("2027-01-31"), PeriodUnit.MONTH);
    assertThat(h.reports()).hasSize(8);
    for (ScoreReport r : h.reports()) {
      assertThat(r).isEqualTo(Scorer.defaults().score(CARD, ACTUALS, r.asOf()));
    }
  }

  @Test
  void rejectsABackwardOrOverlongRange() {
    assertThatThrownBy(() -> Scorer.defaults().history(CARD, ACTUALS, LocalDate.parse("2026-02-01"),
        LocalDate.parse("2026-01-01"), PeriodUnit.MONTH)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("to: must not be before from");
    assertThatThrownBy(() -> Scorer.defaults().history(CARD, ACTUALS, LocalDate.parse("1900-01-01"),
        LocalDate.parse("2100-01-01"), PeriodUnit.DAY)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("more than " + Scorer.MAX_HISTORY);
  }
}
