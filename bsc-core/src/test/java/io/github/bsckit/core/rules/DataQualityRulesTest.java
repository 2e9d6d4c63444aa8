package io.github.bsckit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class DataQualityRulesTest {
  private static final Scorecard CARD = Scorecard.builder("Fresh").fiscalYearStart(Month.JULY)
      .objective("F1", "Grow", "financial", o -> o
          .kpi("revenue", "Revenue", k -> k.flow().baseline(0, "2026-06-30").target(100, "2027-06-30"))
          .kpi("nps", "NPS", k -> k.frequency(Frequency.QUARTERLY).baseline(20, "2026-06-30").target(40, "2027-06-30"))
          .kpi("leads", "Leads", k -> k.flow().frequency(Frequency.WEEKLY))
          .kpi("later", "Not yet measured", k -> k.baseline(1, "2027-01-01").target(2, "2027-06-30"))
          .kpi("ratio", "Calculated", k -> k.formula("revenue / nps")))
      .build();

  private static ValidationReport check(Actuals actuals, String asOf) {
    return DataQualityRules.of(actuals, LocalDate.parse(asOf)).validate(CARD);
  }

  @Test
  void aKpiWithoutAnActualForItsLastCompletePeriodIsStaleAndSaysHowOverdue() {
    Actuals a = Actuals.builder().add("revenue", "2026-07-31", 10).add("revenue", "2026-08-31", 10)
        .add("nps", "2026-09-30", 25).add("leads", "2026-10-25", 4).build();
    ValidationReport r = check(a, "2026-11-15");
    assertThat(r.ofRule(DataQualityRules.STALE_ACTUAL)).extracting(Violation::message).containsExactly(
        "revenue has no actual for 2026-10, its last complete month as of 2026-11-15; its latest is dated"
            + " 2026-08-31, 2 months overdue",
        "leads has no actual for 2026-W46, its last complete week as of 2026-11-15; its latest is dated 2026-10-25,"
            + " 3 weeks overdue");
    assertThat(r.ofRule(DataQualityRules.STALE_ACTUAL)).allSatisfy(v -> assertThat(v.severity())
        .isEqualTo(Severity.WARNING));
  }

  @Test
  void aPeriodEndingOnTheDateIsComplete() {
    Actuals a = Actuals.builder().add("revenue", "2026-09-30", 10).add("nps", "2026-06-30", 20).build();
    assertThat(check(a, "2026-09-30").ofRule(DataQualityRules.STALE_ACTUAL)).extracting(Violation::subjectIds)
        .containsExactly(java.util.List.of("nps"), java.util.List.of("leads"));
    assertThat(check(a, "2026-09-29").ofRule(DataQualityRules.STALE_ACTUAL)).extracting(Violation::subjectIds)
        .as("Q1 not yet complete; nps has FY2026 Q4").containsExactly(java.util.List.of("revenue"),
            java.util.List.of("leads"));
  }

  @Test
  void reportsGapsInsideASeriesAndActualsInTheFutureOrBeforeTheBaseline() {
    Actuals a = Actuals.builder().add("revenue", "2026-05-31", 1).add("revenue", "2026-07-31", 10)
        .add("revenue", "2026-10-31", 10).add("revenue", "2027-03-31", 10).build();
    ValidationReport r = check(a, "2026-11-30");
    assertThat(r.ofRule(DataQualityRules.MISSING_PERIODS)).extracting(Violation::message).containsExactly(
        "revenue has no actual for 3 months between 2026-05-31 and 2026-10-31: 2026-06, 2026-08, 2026-09");
    assertThat(r.ofRule(DataQualityRules.FUTURE_ACTUAL)).extracting(Violation::message).containsExactly(
        "revenue has an actual dated after 2026-11-30, the first on 2027-03-31");
    assertThat(r.ofRule(DataQualityRules.ACTUAL_BEFORE_BASELINE)).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.INFO);
      assertThat(v.message()).isEqualTo("revenue has an actual dated before its baseline date 2026-06-30, the first"
          + " on 2026-05-31");
    });
  }

  @Test
  void leavesOutCalculatedKpisAndKpisNotYetDue() {
    ValidationReport r = check(Actuals.empty(), "2026-12-31");
    assertThat(r.ofRule(DataQualityRules.STALE_ACTUAL)).extracting(Violation::subjectIds).extracting(l -> l.get(0))
        .containsExactly("revenue", "nps", "leads");
    assertThat(r.ofRule(DataQualityRules.STALE_ACTUAL).get(2).message()).isEqualTo("leads has no actual at all; its"
        + " last complete week as of 2026-12-31 is 2026-W52");
  }

  @Test
  void theScoreReportCarriesItsDataQualityAndNamesStaleKpis() {
    Actuals a = Actuals.builder().add("revenue", "2026-07-31", 10).add("nps", "2026-09-30", 25)
        .add("leads", "2026-11-29", 4).build();
    ScoreReport report = Scorer.defaults().score(CARD, a, LocalDate.parse("2026-11-30"));
    assertThat(report.staleKpis()).containsExactly(KpiId.of("revenue"));
    assertThat(report.toString()).contains("\nData quality:\n  warning stale-actual [revenue]: revenue has no actual"
        + " for 2026-11");
    assertThat(report.toJson()).contains("\"dataQuality\": [", "\"rule\": \"stale-actual\"");
  }

  @Test
  void datesAtTheEndsOfTimeAreJudgedWithoutOverflowAndWithBoundedWork() {
    Actuals a = Actuals.builder().add("revenue", LocalDate.MIN.toString(), 1).add("revenue", "2026-07-31", 2)
        .add("nps", LocalDate.MAX.toString(), 3).add("leads", "2026-10-25", 4).build();
    for (LocalDate asOf : new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.parse("2026-11-30")}) {
      ValidationReport r = DataQualityRules.of(a, asOf).validate(CARD);
      assertThat(r.violations()).isNotNull();
      ScoreReport report = Scorer.defaults().score(CARD, a, asOf);
      assertThat(report.asOf()).isEqualTo(asOf);
    }
    assertThat(check(a, "2026-11-30").ofRule(DataQualityRules.MISSING_PERIODS)).extracting(Violation::message)
        .singleElement().asString().startsWith("revenue has no actual for more than 10000 months between");
  }
}
