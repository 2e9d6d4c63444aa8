package io.github.bsckit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.ValidationException;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalCalendarTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** Start month, label, date, expected quarter: every quarter's first and last day, and leap days. */
  @ParameterizedTest(name = "{0} {1}: {2} is in {3}")
  @CsvSource({
      "JANUARY, END_YEAR, 2026-01-01, FY2026 Q1",
      "JANUARY, END_YEAR, 2026-03-31, FY2026 Q1",
      "JANUARY, END_YEAR, 2026-04-01, FY2026 Q2",
      "JANUARY, END_YEAR, 2026-06-30, FY2026 Q2",
      "JANUARY, END_YEAR, 2026-09-30, FY2026 Q3",
      "JANUARY, END_YEAR, 2026-12-31, FY2026 Q4",
      "JANUARY, START_YEAR, 2026-12-31, FY2026 Q4",
      "JANUARY, END_YEAR, 2028-02-29, FY2028 Q1",
      "APRIL, END_YEAR, 2026-04-01, FY2027 Q1",
      "APRIL, END_YEAR, 2026-06-30, FY2027 Q1",
      "APRIL, END_YEAR, 2026-09-30, FY2027 Q2",
      "APRIL, END_YEAR, 2026-12-31, FY2027 Q3",
      "APRIL, END_YEAR, 2027-03-31, FY2027 Q4",
      "APRIL, END_YEAR, 2028-02-29, FY2028 Q4",
      "APRIL, START_YEAR, 2028-02-29, FY2027 Q4",
      "APRIL, START_YEAR, 2026-04-01, FY2026 Q1",
      "JULY, END_YEAR, 2026-07-01, FY2027 Q1",
      "JULY, END_YEAR, 2026-09-30, FY2027 Q1",
      "JULY, END_YEAR, 2026-12-31, FY2027 Q2",
      "JULY, END_YEAR, 2027-03-31, FY2027 Q3",
      "JULY, END_YEAR, 2027-06-30, FY2027 Q4",
      "JULY, END_YEAR, 2028-02-29, FY2028 Q3",
      "JULY, START_YEAR, 2028-02-29, FY2027 Q3",
      "OCTOBER, END_YEAR, 2026-10-01, FY2027 Q1",
      "OCTOBER, END_YEAR, 2026-12-31, FY2027 Q1",
      "OCTOBER, END_YEAR, 2027-03-31, FY2027 Q2",
      "OCTOBER, END_YEAR, 2027-06-30, FY2027 Q3",
      "OCTOBER, END_YEAR, 2027-09-30, FY2027 Q4",
      "OCTOBER, END_YEAR, 2028-02-29, FY2028 Q2",
      "OCTOBER, START_YEAR, 2028-02-29, FY2027 Q2",
  })
  void mapsDatesToTheirFiscalQuarter(Month start, FiscalYearLabel label, LocalDate date, String quarter) {
    assertThat(FiscalCalendar.of(start, label).quarterOf(date)).hasToString(quarter);
  }

  @Test
  void usFederalFiscalYear2027StartsOnFirstOctober2026() {
    FiscalCalendar federal = FiscalCalendar.of(Month.OCTOBER);
    assertThat(federal.firstDayOfYear(2027)).isEqualTo(d("2026-10-01"));
    assertThat(federal.lastDayOfYear(2027)).isEqualTo(d("2027-09-30"));
    assertThat(federal.quarterOf(d("2026-09-30"))).hasToString("FY2026 Q4");
  }

  @Test
  void givesTheFirstAndLastDayOfAQuarter() {
    FiscalCalendar april = FiscalCalendar.of(Month.APRIL, FiscalYearLabel.END_YEAR);
    FiscalQuarter q4 = FiscalQuarter.parse("FY2028 Q4");
    assertThat(april.firstDayOf(q4)).isEqualTo(d("2028-01-01"));
    assertThat(april.lastDayOf(q4)).isEqualTo(d("2028-03-31"));
    FiscalCalendar july = FiscalCalendar.of(Month.JULY, FiscalYearLabel.START_YEAR);
    assertThat(july.lastDayOf(FiscalQuarter.parse("FY2027 Q3"))).isEqualTo(d("2028-03-31"));
    assertThat(july.firstDayOf(FiscalQuarter.parse("FY2027 Q3"))).isEqualTo(d("2028-01-01"));
  }

  @Test
  void labelsAJanuaryYearTheSameEitherWay() {
    LocalDate day = d("2026-08-15");
    assertThat(FiscalCalendar.of(Month.JANUARY, FiscalYearLabel.START_YEAR).quarterOf(day))
        .isEqualTo(FiscalCalendar.calendarYear().quarterOf(day));
  }

  @Test
  void everyDateLiesInTheQuarterItMapsTo() {
    qt().withExamples(2000).forAll(CalendarGenerators.months(), CalendarGenerators.dates(),
            org.quicktheories.generators.Generate.enumValues(FiscalYearLabel.class))
        .checkAssert((month, date, label) -> {
          FiscalCalendar calendar = FiscalCalendar.of(month, label);
          FiscalQuarter q = calendar.quarterOf(date);
          assertThat(date).isBetween(calendar.firstDayOf(q), calendar.lastDayOf(q));
          assertThat(calendar.contains(q, date)).isTrue();
          assertThat(calendar.firstDayOf(q.plusQuarters(1))).isEqualTo(calendar.lastDayOf(q).plusDays(1));
        });
  }

  @Test
  void listsTheQuartersBetweenTwoDates() {
    FiscalCalendar federal = FiscalCalendar.of(Month.OCTOBER);
    assertThat(federal.quartersBetween(d("2026-09-30"), d("2027-01-01")))
        .extracting(FiscalQuarter::toString)
        .containsExactly("FY2026 Q4", "FY2027 Q1", "FY2027 Q2");
    assertThat(federal.quartersBetween(d("2026-11-01"), d("2026-11-01"))).containsExactly(FiscalQuarter.of(2027, 1));
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    assertThatThrownBy(() -> FiscalCalendar.calendarYear().quartersBetween(d("2026-05-01"), d("2026-04-30")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("to: must not be before from (2026-05-01) but was 2026-04-30");
  }

  @Test
  void rejectsDatesWhoseFiscalYearHasNoLabel() {
    assertThatThrownBy(() -> FiscalCalendar.of(Month.OCTOBER).quarterOf(d("9999-10-01")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("falls in fiscal year 10000, outside FY1 to FY9999");
    assertThatThrownBy(() -> FiscalCalendar.calendarYear().firstDayOfYear(0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("fiscalYear: must be between 1 and 9999 but was 0");
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    assertThatThrownBy(() -> FiscalCalendar.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("startMonth");
    assertThatThrownBy(() -> FiscalCalendar.calendarYear().quarterOf(null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }
}
