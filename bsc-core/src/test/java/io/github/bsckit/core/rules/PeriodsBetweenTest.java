package io.github.bsckit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.period.TimePeriod;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

/**
 * The missing-periods rule counts the periods between two actuals by calendar arithmetic, not by walking: the
 * count must be what walking with {@link TimePeriod#next()} finds, and -1 (walk instead) where arithmetic cannot
 * be trusted, at the ends of time.
 */
class PeriodsBetweenTest {
  private static final FiscalCalendar JULY = FiscalCalendar.of(Month.JULY);

  private static TimePeriod period(PeriodUnit unit, String date) {
    return unit.periodOf(LocalDate.parse(date), JULY);
  }

  private static long walked(TimePeriod from, TimePeriod to) {
    long n = 0;
    for (TimePeriod p = from.next(); p.compareTo(to) < 0; p = p.next()) {
      n++;
    }
    return n;
  }

  @Test
  void countsThePeriodsStrictlyBetweenForEveryUnit() {
    assertThat(DataQualityRules.between(period(PeriodUnit.DAY, "2026-02-27"), period(PeriodUnit.DAY, "2026-03-02")))
        .isEqualTo(2); // 28 Feb and 1 Mar
    assertThat(DataQualityRules.between(period(PeriodUnit.WEEK, "2026-01-01"), period(PeriodUnit.WEEK, "2026-01-29")))
        .isEqualTo(3);
    assertThat(DataQualityRules.between(period(PeriodUnit.MONTH, "2025-11-15"), period(PeriodUnit.MONTH, "2026-02-03")))
        .isEqualTo(2); // December and January
    assertThat(DataQualityRules.between(period(PeriodUnit.QUARTER, "2026-07-01"), period(PeriodUnit.QUARTER,
        "2027-06-30"))).isEqualTo(2);
    assertThat(DataQualityRules.between(period(PeriodUnit.HALF_YEAR, "2026-07-01"), period(PeriodUnit.HALF_YEAR,
        "2028-01-01"))).isEqualTo(2);
    assertThat(DataQualityRules.between(period(PeriodUnit.FISCAL_YEAR, "2026-06-30"), period(PeriodUnit.FISCAL_YEAR,
        "2026-07-01"))).isZero();
    assertThat(DataQualityRules.between(period(PeriodUnit.FISCAL_YEAR, "2020-06-30"), period(PeriodUnit.FISCAL_YEAR,
        "2026-07-01"))).isEqualTo(6);
    assertThat(DataQualityRules.between(period(PeriodUnit.MONTH, "2026-03-31"), period(PeriodUnit.MONTH,
        "2026-04-01"))).isZero();
  }

  @Test
  void theShortestPeriodOfEachUnitIsTheShortestOneTheCalendarHas() {
    // Every start month of the fiscal year, over 400 years (the Gregorian cycle): the fast path of the
    // missing-periods rule is sound only if no whole period is ever shorter than this.
    for (PeriodUnit unit : PeriodUnit.values()) {
      long fewest = Long.MAX_VALUE;
      for (Month start : Month.values()) {
        FiscalCalendar calendar = FiscalCalendar.of(start);
        for (TimePeriod p = unit.periodOf(LocalDate.of(2000, 1, 1), calendar);
            p.first().getYear() < 2400; p = p.next()) {
          fewest = Math.min(fewest, p.last().toEpochDay() - p.first().toEpochDay() + 1);
        }
      }
      assertThat(fewest).as("%s", unit).isEqualTo(DataQualityRules.shortest(unit));
    }
  }

  @Test
  void agreesWithWalkingForEveryUnitAndDistance() {
    qt().withExamples(400).forAll(integers().between(0, PeriodUnit.values().length - 1),
        integers().between(-40_000, 40_000), integers().between(1, 60)).checkAssert((u, start, apart) -> {
          PeriodUnit unit = PeriodUnit.values()[u];
          TimePeriod from = unit.periodOf(LocalDate.of(2000, 1, 1).plusDays(start), JULY);
          TimePeriod to = from;
          for (int i = 0; i < apart; i++) {
            to = to.next();
          }
          assertThat(DataQualityRules.between(from, to)).as("%s to %s", from, to).isEqualTo(walked(from, to));
        });
  }

  @Test
  void periodsCutAtTheEndsOfTimeAreLeftToWalking() {
    TimePeriod first = PeriodUnit.QUARTER.periodOf(LocalDate.MIN, JULY);
    TimePeriod last = PeriodUnit.QUARTER.periodOf(LocalDate.MAX, JULY);
    TimePeriod ordinary = period(PeriodUnit.QUARTER, "2026-08-01");
    assertThat(first.first()).isEqualTo(LocalDate.MIN);
    assertThat(last.last()).isEqualTo(LocalDate.MAX);
    assertThat(DataQualityRules.between(first, ordinary)).isEqualTo(-1);
    assertThat(DataQualityRules.between(ordinary, last)).isEqualTo(-1);
    assertThat(DataQualityRules.between(PeriodUnit.WEEK.periodOf(LocalDate.MIN, JULY),
        PeriodUnit.WEEK.periodOf(LocalDate.MIN.plusDays(20), JULY))).isEqualTo(-1);
    assertThat(DataQualityRules.between(PeriodUnit.MONTH.periodOf(LocalDate.MAX.minusMonths(2), JULY),
        PeriodUnit.MONTH.periodOf(LocalDate.MAX, JULY))).isEqualTo(-1);
  }
}
