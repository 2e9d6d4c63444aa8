package io.github.bsckit.analytics.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.EmptyPeriods;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.LevelAggregate;
import io.github.bsckit.core.period.PeriodSeries;
import io.github.bsckit.core.period.PeriodUnit;
import org.junit.jupiter.api.Test;

/** The evidence reads a KPI's periods exactly as bsc-core's PeriodSeries values them. */
class KpiSeriesTest {
  private static final Periods MONTHS = new Periods(Frequency.MONTHLY, FiscalCalendar.calendarYear());
  private static final Actuals ACTUALS = Actuals.builder().add("k", "2026-01-10", 4).add("k", "2026-01-31", 6)
      .add("k", "2026-03-15", 9).add("k", "2026-04-30", 7).build();

  private static double[] periodSeries(Kpi kpi) {
    return PeriodSeries.of(kpi, ACTUALS, PeriodUnit.MONTH, FiscalCalendar.calendarYear()).points().stream()
        .mapToDouble(p -> p.value().orElse(Double.NaN)).toArray();
  }

  @Test
  void levelFlowMeanAndEmptyPeriodPoliciesAreThePeriodSeriesValues() {
    for (Kpi kpi : new Kpi[] {Kpi.builder("k", "K").build(), Kpi.builder("k", "K").flow().build(),
        Kpi.builder("k", "K").aggregate(LevelAggregate.MEAN).build(),
        Kpi.builder("k", "K").emptyPeriods(EmptyPeriods.CARRY).build(),
        Kpi.builder("k", "K").flow().emptyPeriods(EmptyPeriods.ZERO).build()}) {
      KpiSeries s = KpiSeries.of(kpi, ACTUALS, MONTHS);
      assertThat(s.raw).as(kpi.toString()).containsExactly(periodSeries(kpi));
      assertThat(s.first).isEqualTo(MONTHS.index(ACTUALS.series(kpi.id()).firstKey()));
    }
    assertThat(KpiSeries.of(Kpi.builder("k", "K").build(), ACTUALS, MONTHS).raw).containsExactly(6, Double.NaN, 9, 7);
    assertThat(KpiSeries.of(Kpi.builder("k", "K").emptyPeriods(EmptyPeriods.CARRY).build(), ACTUALS, MONTHS).raw)
        .containsExactly(6, 6, 9, 7);
  }

  @Test
  void aDecreaseKpiIsOrientedSoThatBetterIsUp() {
    KpiSeries s = KpiSeries.of(Kpi.builder("k", "K").decrease().build(), ACTUALS, MONTHS);
    assertThat(s.oriented).containsExactly(-6, Double.NaN, -9, -7);
  }
}
