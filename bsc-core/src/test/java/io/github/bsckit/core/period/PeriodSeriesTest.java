package io.github.bsckit.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.EmptyPeriods;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.LevelAggregate;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PeriodSeriesTest {
  private static final FiscalCalendar JULY = FiscalCalendar.of(Month.JULY);
  private static final FiscalCalendar CALENDAR_YEAR = FiscalCalendar.calendarYear();

  private static Kpi flow(String id) {
    return Kpi.builder(id, "Revenue").flow().unit("$").build();
  }

  private static Kpi level(String id) {
    return Kpi.builder(id, "Retention").unit("%").build();
  }

  private static List<String> shown(PeriodSeries s) {
    return s.points().stream().map(PeriodSeries.Point::toString).toList();
  }

  @Test
  void aFlowSumsItsActualsPerMonthAndALevelKeepsItsLast() {
    Actuals a = Actuals.builder()
        .add("rev", "2026-01-10", 10).add("rev", "2026-01-31", 5).add("rev", "2026-03-02", 7)
        .add("ret", "2026-01-10", 80).add("ret", "2026-01-31", 82).add("ret", "2026-03-02", 83).build();
    assertThat(shown(PeriodSeries.of(flow("rev"), a, PeriodUnit.MONTH, CALENDAR_YEAR)))
        .containsExactly("2026-01: 15", "2026-02: gap", "2026-03: 7");
    assertThat(shown(PeriodSeries.of(level("ret"), a, PeriodUnit.MONTH, CALENDAR_YEAR)))
        .containsExactly("2026-01: 82", "2026-02: gap", "2026-03: 83");
  }

  @Test
  void aLevelMayBeAveragedOverItsPeriod() {
    Kpi csat = Kpi.builder("csat", "Satisfaction").aggregate(LevelAggregate.MEAN).build();
    Actuals a = Actuals.builder().add("csat", "2026-04-06", 7).add("csat", "2026-04-13", 8)
        .add("csat", "2026-05-04", 9).build();
    assertThat(shown(PeriodSeries.of(csat, a, PeriodUnit.MONTH, CALENDAR_YEAR)))
        .containsExactly("2026-04: 7.5", "2026-05: 9");
  }

  @Test
  void emptyPeriodsAreGapsUnlessTheKpiDeclaresCarryOrZero() {
    Kpi carried = Kpi.builder("ret", "Retention").emptyPeriods(EmptyPeriods.CARRY).build();
    Kpi zeroed = Kpi.builder("rev", "Revenue").flow().emptyPeriods(EmptyPeriods.ZERO).build();
    Actuals a = Actuals.builder().add("ret", "2025-12-31", 79).add("ret", "2026-02-28", 81)
        .add("rev", "2026-02-28", 4).build();
    PeriodSeries levels = PeriodSeries.of(carried, a, PeriodUnit.MONTH, CALENDAR_YEAR, LocalDate.parse("2026-01-01"),
        LocalDate.parse("2026-04-30"));
    assertThat(shown(levels)).containsExactly("2026-01: 79 (filled)", "2026-02: 81", "2026-03: 81 (filled)",
        "2026-04: 81 (filled)");
    assertThat(levels.points().get(1).filled()).isFalse();
    PeriodSeries flows = PeriodSeries.of(zeroed, a, PeriodUnit.MONTH, CALENDAR_YEAR, LocalDate.parse("2026-01-01"),
        LocalDate.parse("2026-03-31"));
    assertThat(shown(flows)).containsExactly("2026-01: 0 (filled)", "2026-02: 4", "2026-03: 0 (filled)");
  }

  @Test
  void aFlowCannotCarryNorALevelBeZeroNorAFlowBeAveraged() {
    assertThatThrownBy(() -> Kpi.builder("rev", "Revenue").flow().emptyPeriods(EmptyPeriods.CARRY).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("emptyPeriods");
    assertThatThrownBy(() -> Kpi.builder("ret", "Retention").emptyPeriods(EmptyPeriods.ZERO).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("emptyPeriods");
    assertThatThrownBy(() -> Kpi.builder("rev", "Revenue").flow().aggregate(LevelAggregate.MEAN).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("aggregate: must be last for a flow");
  }

  @Test
  void aJulyFiscalYearLabelsQuartersAndYearsByTheYearInWhichItEnds() {
    Actuals a = Actuals.builder().add("rev", "2026-06-30", 1).add("rev", "2026-07-01", 2)
        .add("rev", "2026-09-30", 3).add("rev", "2026-10-01", 4).add("rev", "2027-06-30", 5).build();
    assertThat(shown(PeriodSeries.of(flow("rev"), a, PeriodUnit.QUARTER, JULY)))
        .containsExactly("FY2026 Q4: 1", "FY2027 Q1: 5", "FY2027 Q2: 4", "FY2027 Q3: gap", "FY2027 Q4: 5");
    assertThat(shown(PeriodSeries.of(flow("rev"), a, PeriodUnit.FISCAL_YEAR, JULY)))
        .containsExactly("FY2026: 1", "FY2027: 14");
    assertThat(shown(PeriodSeries.of(flow("rev"), a, PeriodUnit.HALF_YEAR, JULY)))
        .containsExactly("FY2026 H2: 1", "FY2027 H1: 9", "FY2027 H2: 5");
    PeriodSeries months = PeriodSeries.of(flow("rev"), a, PeriodUnit.MONTH, JULY);
    assertThat(months.yearToDate(LocalDate.parse("2026-10-31"))).hasValue(9);
    assertThat(months.yearToDate(LocalDate.parse("2026-06-30"))).hasValue(1);
    assertThat(months.quarterToDate(LocalDate.parse("2026-10-15"))).hasValue(4);
    assertThat(months.rolling12Months(LocalDate.parse("2027-06-30"))).hasValue(14);
    assertThat(months.rolling12Months(LocalDate.parse("2027-07-01"))).hasValue(12);
  }

  @Test
  void februaryHasTwentyEightOrTwentyNineDays() {
    Actuals a = Actuals.builder().add("rev", "2027-02-28", 1).add("rev", "2027-03-01", 2)
        .add("rev", "2028-02-28", 3).add("rev", "2028-02-29", 4).add("rev", "2028-03-01", 5).build();
    PeriodSeries s = PeriodSeries.of(flow("rev"), a, PeriodUnit.MONTH, CALENDAR_YEAR);
    assertThat(s.at(LocalDate.parse("2027-02-10")).orElseThrow().period().last()).isEqualTo("2027-02-28");
    assertThat(s.at(LocalDate.parse("2028-02-10")).orElseThrow().period().last()).isEqualTo("2028-02-29");
    assertThat(s.at(LocalDate.parse("2028-02-29")).orElseThrow().value()).hasValue(7);
    assertThat(s.at(LocalDate.parse("2028-03-01")).orElseThrow().value()).hasValue(5);
    assertThat(s.rolling12Months(LocalDate.parse("2028-02-29"))).hasValue(2 + 3 + 4);
    assertThat(s.rolling12Months(LocalDate.parse("2028-02-28"))).as("from 2027-03-01").hasValue(2 + 3);
    assertThat(s.values()).containsKey(LocalDate.parse("2028-02-29"));
  }

  @Test
  void weeklyKpisCrossAMonthEndInOneIsoWeek() {
    Kpi weekly = Kpi.builder("leads", "Leads").flow().frequency(Frequency.WEEKLY).build();
    // Monday 2026-03-30 to Sunday 2026-04-05 is ISO week 14 and crosses March's end.
    Actuals a = Actuals.builder().add("leads", "2026-03-30", 3).add("leads", "2026-03-31", 4)
        .add("leads", "2026-04-01", 5).add("leads", "2026-04-05", 6).add("leads", "2026-04-06", 1).build();
    PeriodSeries weeks = PeriodSeries.ofOwnFrequency(weekly, a, CALENDAR_YEAR);
    assertThat(shown(weeks)).containsExactly("2026-W14: 18", "2026-W15: 1");
    assertThat(weeks.points().get(0).period().first()).isEqualTo("2026-03-30");
    assertThat(weeks.points().get(0).period().last()).isEqualTo("2026-04-05");
    assertThat(shown(PeriodSeries.of(weekly, a, PeriodUnit.MONTH, CALENDAR_YEAR)))
        .containsExactly("2026-03: 7", "2026-04: 12");
    assertThat(PeriodUnit.WEEK.periodOf(LocalDate.parse("2027-01-01"), CALENDAR_YEAR).label())
        .as("a week belongs to its ISO week-based year").isEqualTo("2026-W53");
  }

  @Test
  void coversEveryPeriodBetweenTwoDatesAndIsBounded() {
    PeriodSeries s = PeriodSeries.of(flow("rev"), Actuals.empty(), PeriodUnit.MONTH, JULY,
        LocalDate.parse("2026-07-15"), LocalDate.parse("2027-06-01"));
    assertThat(s.points()).hasSize(12).allSatisfy(p -> assertThat(p.value()).isEmpty());
    assertThat(PeriodSeries.of(flow("rev"), Actuals.empty(), PeriodUnit.MONTH, JULY).points()).isEmpty();
    assertThatThrownBy(() -> PeriodSeries.of(flow("rev"), Actuals.empty(), PeriodUnit.DAY, JULY,
        LocalDate.parse("1900-01-01"), LocalDate.parse("2100-01-01"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("more than " + PeriodSeries.MAX_PERIODS);
    assertThatThrownBy(() -> PeriodSeries.of(flow("rev"), Actuals.empty(), PeriodUnit.DAY, JULY,
        LocalDate.parse("2026-01-02"), LocalDate.parse("2026-01-01"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("to: must not be before from");
  }

  /** Actuals of one KPI: up to 40 values on days within three years from 2025-01-01. */
  private static Actuals actuals(String kpi, List<Integer> days, List<Integer> values) {
    Actuals.Builder b = Actuals.builder();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int i = 0; i < days.size(); i++) {
      if (seen.add(days.get(i))) {
        b.add(KpiId.of(kpi), LocalDate.of(2025, 1, 1).plusDays(days.get(i)), values.get(i % values.size()));
      }
    }
    return b.build();
  }

  @Test
  void theYearToDateOfAFlowIsTheSumOfItsMonthsSoFar() {
    qt().forAll(lists().of(integers().between(0, 3 * 365)).ofSizeBetween(1, 40),
        lists().of(integers().between(-1000, 1000)).ofSizeBetween(1, 40), integers().between(1, 12),
        integers().between(0, 35))
        .checkAssert((days, values, startMonth, monthIndex) -> {
          FiscalCalendar cal = FiscalCalendar.of(Month.of(startMonth));
          Actuals a = actuals("rev", days, values);
          PeriodSeries months = PeriodSeries.of(flow("rev"), a, PeriodUnit.MONTH, cal, LocalDate.parse("2024-01-01"),
              LocalDate.parse("2028-12-31"));
          LocalDate monthEnd = LocalDate.of(2025, 1, 1).plusMonths(monthIndex + 1).minusDays(1);
          double sum = months.points().stream()
              .filter(p -> !p.period().first().isBefore(cal.yearStart(monthEnd)) && !p.period().last().isAfter(monthEnd))
              .mapToDouble(p -> p.value().orElse(0)).sum();
          OptionalDouble ytd = months.yearToDate(monthEnd);
          if (ytd.isPresent()) {
            assertThat(ytd.getAsDouble()).isCloseTo(sum, within(1e-9));
          } else {
            assertThat(sum).isZero();
          }
        });
  }

  @Test
  void aLevelAtItsOwnFrequencyIsTheIdentity() {
    qt().forAll(lists().of(integers().between(0, 47)).ofSizeBetween(1, 30),
        lists().of(integers().between(-1000, 1000)).ofSizeBetween(1, 30), integers().between(1, 28))
        .checkAssert((monthIndexes, values, day) -> {
          Actuals.Builder b = Actuals.builder();
          java.util.Set<Integer> seen = new java.util.HashSet<>();
          for (int i = 0; i < monthIndexes.size(); i++) {
            if (seen.add(monthIndexes.get(i))) {
              b.add(KpiId.of("ret"), LocalDate.of(2025, 1, day).plusMonths(monthIndexes.get(i)),
                  values.get(i % values.size()));
            }
          }
          Actuals a = b.build();
          PeriodSeries own = PeriodSeries.ofOwnFrequency(level("ret"), a, JULY);
          assertThat(own.points().stream().filter(p -> p.value().isPresent())
              .map(p -> p.lastActual().orElseThrow() + "=" + p.value().getAsDouble()).toList())
              .isEqualTo(a.series(KpiId.of("ret")).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                  .toList());
        });
  }

  @Test
  void seriesAreValuesThatNameTheirKpiUnitAndCalendar() {
    Actuals a = Actuals.builder().add("rev", "2026-07-10", 10).add("rev", "2026-08-31", 5).build();
    PeriodSeries s = PeriodSeries.of(flow("rev"), a, PeriodUnit.MONTH, JULY);

    assertThat(s.kpi()).isEqualTo(KpiId.of("rev"));
    assertThat(s.unit()).isEqualTo(PeriodUnit.MONTH);
    assertThat(s.calendar()).isEqualTo(JULY);
    assertThat(s).hasToString("rev by month [2026-07: 10, 2026-08: 5]");
    assertThat(s).isEqualTo(PeriodSeries.of(flow("rev"), a, PeriodUnit.MONTH, JULY))
        .hasSameHashCodeAs(PeriodSeries.of(flow("rev"), a, PeriodUnit.MONTH, JULY));
    // Each part takes part in equality: the KPI, the unit, the calendar, the kind and the actuals.
    assertThat(s).isNotEqualTo(PeriodSeries.of(flow("rev"), a, PeriodUnit.QUARTER, JULY))
        .isNotEqualTo(PeriodSeries.of(flow("rev"), a, PeriodUnit.MONTH, CALENDAR_YEAR))
        .isNotEqualTo(PeriodSeries.of(level("rev"), a, PeriodUnit.MONTH, JULY))
        .isNotEqualTo(PeriodSeries.of(flow("rev"), a.with(KpiId.of("rev"), LocalDate.parse("2026-08-01"), 0),
            PeriodUnit.MONTH, JULY))
        .isNotEqualTo("rev by month");
    Actuals other = Actuals.builder().add("cost", "2026-07-10", 10).add("cost", "2026-08-31", 5).build();
    assertThat(PeriodSeries.of(flow("cost"), other, PeriodUnit.MONTH, JULY)).isNotEqualTo(s);
    Kpi carried = Kpi.builder("rev", "Revenue").flow().unit("$").emptyPeriods(EmptyPeriods.ZERO).build();
    Actuals gap = Actuals.builder().add("rev", "2026-07-10", 10).add("rev", "2026-09-30", 5).build();
    assertThat(PeriodSeries.of(carried, gap, PeriodUnit.MONTH, JULY))
        .isNotEqualTo(PeriodSeries.of(flow("rev"), gap, PeriodUnit.MONTH, JULY));
  }
}
