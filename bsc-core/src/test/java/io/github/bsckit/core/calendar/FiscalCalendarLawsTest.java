package io.github.bsckit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The calendar's laws for every start month and both labels, day by day over eight years: quarters tile the
 * time line with no gap and no overlap, each three months long; a fiscal year is its four quarters; a date lies
 * in exactly the quarter it maps to; and the quarters between two dates run from the first's to the second's.
 */
class FiscalCalendarLawsTest {
  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2031, 12, 31);

  private static List<FiscalCalendar> calendars() {
    return java.util.Arrays.stream(Month.values()).flatMap(m -> java.util.Arrays.stream(FiscalYearLabel.values())
        .map(l -> FiscalCalendar.of(m, l))).toList();
  }

  @Test
  void quartersTileTheTimeLineThreeMonthsAtATime() {
    for (FiscalCalendar c : calendars()) {
      for (FiscalQuarter q = c.quarterOf(FIRST); !q.isAfter(c.quarterOf(LAST)); q = q.plusQuarters(1)) {
        LocalDate first = c.firstDayOf(q);
        assertThat(first.getDayOfMonth()).as("%s %s", c, q).isEqualTo(1);
        assertThat(first.getMonthValue() % 3).as("%s %s starts a quarter after the start month", c, q)
            .isEqualTo(c.startMonth().getValue() % 3);
        assertThat(c.lastDayOf(q)).as("%s %s", c, q).isEqualTo(first.plusMonths(3).minusDays(1));
        assertThat(c.firstDayOf(q.plusQuarters(1))).as("%s after %s", c, q).isEqualTo(c.lastDayOf(q).plusDays(1));
      }
    }
  }

  @Test
  void aFiscalYearIsItsFourQuartersAndStartsInTheStartMonth() {
    for (FiscalCalendar c : calendars()) {
      for (int fy = 2025; fy <= 2030; fy++) {
        assertThat(c.firstDayOfYear(fy)).isEqualTo(c.firstDayOf(FiscalQuarter.of(fy, 1)));
        assertThat(c.lastDayOfYear(fy)).isEqualTo(c.lastDayOf(FiscalQuarter.of(fy, 4)));
        assertThat(c.firstDayOfYear(fy).getMonth()).isEqualTo(c.startMonth());
        assertThat(c.firstDayOfYear(fy + 1)).isEqualTo(c.lastDayOfYear(fy).plusDays(1));
        int labelYear = c.label() == FiscalYearLabel.START_YEAR || c.startMonth() == Month.JANUARY ? fy : fy - 1;
        assertThat(c.firstDayOfYear(fy).getYear()).as("%s FY%d", c, fy).isEqualTo(labelYear);
      }
    }
  }

  @Test
  void everyDateLiesInExactlyTheQuarterItMapsTo() {
    for (FiscalCalendar c : calendars()) {
      for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(5)) {
        FiscalQuarter q = c.quarterOf(d);
        assertThat(c.contains(q, d)).as("%s %s in %s", c, d, q).isTrue();
        assertThat(c.contains(q.plusQuarters(1), d)).isFalse();
        assertThat(c.contains(q.minusQuarters(1), d)).isFalse();
        assertThat(c.fiscalYearOf(d)).isEqualTo(q.fiscalYear());
        assertThat(d).isBetween(c.firstDayOf(q), c.lastDayOf(q));
      }
    }
  }

  @Test
  void theQuartersBetweenTwoDatesRunFromTheFirstsToTheSeconds() {
    for (FiscalCalendar c : calendars()) {
      for (int days : new int[] {0, 1, 89, 90, 91, 364, 365, 400, 1000}) {
        LocalDate from = LocalDate.of(2026, 2, 27);
        LocalDate to = from.plusDays(days);
        List<FiscalQuarter> between = c.quartersBetween(from, to);
        assertThat(between.get(0)).isEqualTo(c.quarterOf(from));
        assertThat(between.get(between.size() - 1)).isEqualTo(c.quarterOf(to));
        assertThat(between).hasSize((int) c.quarterOf(from).until(c.quarterOf(to)) + 1);
      }
    }
  }
}
