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

  @Test
  void theTableRightAlignsEachPeriodsScoreAndStatusUnderItsLabel() {
    ScoreHistory h = Scorer.defaults().history(CARD, ACTUALS, LocalDate.parse("2026-07-01"),
        LocalDate.parse("2026-11-30"), PeriodUnit.QUARTER);
    assertThat(h.table()).isEqualTo(String.join("\n",
        "                    FY2027 Q1   FY2027 Q2",
        "Retail              100.0% on   64.1% off",
        "  financial         100.0% on   64.1% off",
        "    F1              100.0% on   64.1% off",
        "      revenue       100.0% on  80.2% risk",
        "      retention     100.0% on   48.1% off",
        "  customer                  -           -",
        "  internal-process          -           -",
        "  learning-growth           -           -"));
    assertThat(h.toString()).isEqualTo("Score history by quarter from 2026-07-01 to 2026-11-30\n" + h.table());
  }

  @Test
  void theJsonHasOnePointPerPeriodForEveryNodeWithTheActualScored() {
    ScoreHistory h = Scorer.defaults().history(CARD, ACTUALS, LocalDate.parse("2026-07-01"),
        LocalDate.parse("2026-11-30"), PeriodUnit.QUARTER);
    String json = h.toJson().replaceAll("\\s+", "");
    assertThat(json).startsWith("{\"name\":\"Retail\",\"unit\":\"quarter\",\"periods\":[{\"label\":\"FY2027Q1\","
        + "\"first\":\"2026-07-01\",\"last\":\"2026-09-30\",\"asOf\":\"2026-09-30\"}");
    assertThat(json).contains("{\"level\":\"scorecard\",\"id\":\"\",\"name\":\"Retail\",\"points\":[{\"period\":"
        + "\"FY2027Q1\",\"score\":1,\"status\":\"on-track\",\"actual\":null,\"date\":null}");
    assertThat(json).contains("{\"period\":\"FY2027Q2\",\"score\":0.8017,\"status\":\"at-risk\",\"actual\":400,"
        + "\"date\":\"2026-11-30\"}");
    assertThat(json).contains("{\"level\":\"perspective\",\"id\":\"customer\",\"name\":\"Customer\",\"points\":"
        + "[{\"period\":\"FY2027Q1\",\"score\":null,\"status\":\"no-data\",\"actual\":null,\"date\":null}");
    java.io.StringWriter out = new java.io.StringWriter();
    h.writeJson(out);
    assertThat(out.toString()).isEqualTo(h.toJson());
  }

  @Test
  void historiesAreValuesAndTheScorecardsOwnSeriesIsItsRoot() {
    ScoreHistory h = Scorer.defaults().history(CARD, ACTUALS, LocalDate.parse("2026-07-01"),
        LocalDate.parse("2026-11-30"), PeriodUnit.QUARTER);
    ScoreHistory again = Scorer.defaults().history(CARD, ACTUALS, LocalDate.parse("2026-07-01"),
        LocalDate.parse("2026-11-30"), PeriodUnit.QUARTER);
    ScoreHistory monthly = Scorer.defaults().history(CARD, ACTUALS, LocalDate.parse("2026-07-01"),
        LocalDate.parse("2026-11-30"), PeriodUnit.MONTH);

    assertThat(h).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(monthly).isNotEqualTo("history");
    assertThat(h.unit()).isEqualTo(PeriodUnit.QUARTER);
    assertThat(monthly.unit()).isEqualTo(PeriodUnit.MONTH);
    assertThat(h.scorecardSeries()).extracting(ScoreNode::name).containsExactly("Retail", "Retail");
    assertThat(h.scorecardSeries()).containsExactly(h.reports().get(0).scorecard(), h.reports().get(1).scorecard());
    assertThat(h.series(KpiId.of("nothing"))).isEmpty();
  }
}
