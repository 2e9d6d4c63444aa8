package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.okr.testing.Examples;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Which quarters a KPI is planned over, and on which days each key result runs: fiscal years that start in July,
 * leap days, the longest horizon the planner accepts, and dates the calendar cannot label.
 */
class HorizonTest {
  private static final KpiId ID = KpiId.of("retention");

  private static Scorecard july(Consumer<Kpi.Builder> kpi) {
    return Examples.withKpi(kpi).withFiscalYearStart(Month.JULY);
  }

  private static List<KeyResult> plan(Scorecard card) {
    return OkrPlanner.defaults().plan(card).keyResults(ID);
  }

  private static List<SkippedKpi> skipped(Scorecard card) {
    return OkrPlanner.defaults().plan(card).skipped();
  }

  @Test
  void aJulyYearRunsItsQuartersFromJulyAndEndsAPartialLastQuarterOnTheLeapDay() {
    // 1,000 from 2027-07-01 to 2028-02-29: three quarters, the third partial but weighed as a full one
    List<KeyResult> krs = plan(july(k -> k.flow().precision(0).baseline(0, "2027-06-30").target(1000, "2028-02-29")));

    assertThat(krs).extracting(k -> k.quarter().toString(), KeyResult::from, KeyResult::due, KeyResult::target)
        .containsExactly(
            tuple("FY2028 Q1", LocalDate.of(2027, 7, 1), LocalDate.of(2027, 9, 30), 333.0),
            tuple("FY2028 Q2", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 12, 31), 334.0),
            tuple("FY2028 Q3", LocalDate.of(2028, 1, 1), LocalDate.of(2028, 2, 29), 333.0));
  }

  @Test
  void aMilestoneOnTheLeapDayIsMetOnItsOwnDayOfA91DayQuarter() {
    // 2028-02-29 is day 60 of the 91 days of FY2028 Q3, so its share is (2 + 60/91)/4 = 242/364:
    // 50 + 10·91/242 = 53.760…, 50 + 10·182/242 = 57.520…, then 60 + 10·31/122 = 62.540…, 70
    assertThat(plan(july(k -> k.baseline(50, "2027-06-30").milestone(60, "2028-02-29").target(70, "2028-06-30"))))
        .extracting(KeyResult::start, KeyResult::target)
        .containsExactly(tuple(50.0, 53.76), tuple(53.76, 57.52), tuple(57.52, 62.54), tuple(62.54, 70.0));
    // a year later the same day is 2029-02-28, day 59 of a 90-day quarter: 50 + 10·90/239 = 53.765…
    assertThat(plan(july(k -> k.baseline(50, "2028-06-30").milestone(60, "2029-02-28").target(70, "2029-06-30")))
        .get(0).target()).isEqualTo(53.77);
  }

  @Test
  void yearsLabelledByTheirStartNameTheSameQuartersOneYearEarlier() {
    Scorecard card = july(k -> k.baseline(50, "2027-06-30").target(70, "2028-06-30"));
    List<KeyResult> byStart = OkrPlanner.builder()
        .fiscalYearLabel(io.github.bsckit.core.calendar.FiscalYearLabel.START_YEAR).build().plan(card).keyResults(ID);

    assertThat(byStart).extracting(k -> k.quarter().toString())
        .containsExactly("FY2027 Q1", "FY2027 Q2", "FY2027 Q3", "FY2027 Q4");
    assertThat(byStart).extracting(KeyResult::from).isEqualTo(plan(card).stream().map(KeyResult::from).toList());
  }

  @Test
  void aTargetInTheBaselinesQuarterIsOneKeyResultStraightToTheTarget() {
    assertThat(plan(july(k -> k.baseline(50, "2027-07-10").target(70, "2027-08-20"))))
        .extracting(k -> k.quarter().toString(), KeyResult::type, KeyResult::start, KeyResult::target,
            KeyResult::from, KeyResult::due)
        .containsExactly(tuple("FY2028 Q1", KeyResultType.INCREASE, 50.0, 70.0, LocalDate.of(2027, 7, 1),
            LocalDate.of(2027, 8, 20)));
  }

  @Test
  void plansAHorizonOfExactly400QuartersAndSkipsALongerOne() {
    List<KeyResult> century = plan(Examples.withKpi(k -> k.baseline(0, "2026-01-01").target(400, "2125-12-31")));
    assertThat(century).hasSize(KpiPlanner.MAX_QUARTERS);
    assertThat(century.get(0).target()).isEqualTo(1.0);
    assertThat(century.get(399).quarter()).hasToString("FY2125 Q4");

    Scorecard oneMore = Examples.withKpi(k -> k.baseline(0, "2026-01-01").target(401, "2126-01-01"));
    assertThat(plan(oneMore)).isEmpty();
    assertThat(skipped(oneMore)).extracting(SkippedKpi::reason)
        .containsExactly("its horizon of 401 quarters is longer than 400");
  }

  @Test
  void skipsAKpiDueInAFiscalYearPastFy9999WithTheCalendarsReason() {
    // a July year labelled by its end calls the days from 9999-07-01 on FY10000
    assertThat(skipped(july(k -> k.baseline(50, "9999-01-01").target(70, "9999-08-01"))))
        .extracting(SkippedKpi::reason)
        .containsExactly("falls in fiscal year 10000, outside FY1 to FY9999: 9999-08-01");
    assertThat(skipped(july(k -> k.doneBy("9999-08-01")))).extracting(SkippedKpi::reason)
        .containsExactly("falls in fiscal year 10000, outside FY1 to FY9999: 9999-08-01");
  }
}
