package io.github.bsckit.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.analytics.stats.DampedTrend;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ForecasterTest {
  private static final Forecaster FORECASTER = Forecaster.defaults();

  private static Actuals monthly(String kpi, double start, double step, int months) {
    Actuals.Builder b = Actuals.builder();
    for (int m = 0; m < months; m++) {
      // A straight line with a small alternating wobble: the trend is exact, the interval not empty.
      b.add(kpi, LocalDate.of(2026, 1, 1).plusMonths(m).toString(), start + step * m + (m % 2 == 0 ? 0.2 : -0.2));
    }
    return b.build();
  }

  @Test
  void aKpiRisingFastEnoughIsOnPaceWithAnIntervalAroundThePredictionAndAHighProbability() {
    Kpi retention = Kpi.builder("retention", "Retention").unit("%").baseline(85, "2025-12-31")
        .target(90, "2026-12-31").build();
    Forecast f = FORECASTER.forecast(retention, monthly("retention", 85, 0.6, 9));

    assertThat(f.pace()).isEqualTo(Pace.ON_PACE);
    assertThat(f.points()).isEqualTo(9);
    assertThat(f.predicted()).isCloseTo(85 + 0.6 * 11.97, within(0.2));
    assertThat(f.low()).isLessThan(f.predicted());
    assertThat(f.high()).isGreaterThan(f.predicted());
    assertThat(f.probability()).isGreaterThan(0.9);
    assertThat(f.shortfall()).isZero();
    assertThat(f.level()).isEqualTo(0.8);
    assertThat(f.toString()).startsWith("retention: on pace, ");
  }

  @Test
  void aKpiRisingTooSlowlyWillMissByTheGapAtTheTargetDate() {
    Kpi retention = Kpi.builder("retention", "Retention").unit("%").baseline(85, "2025-12-31")
        .target(90, "2026-12-31").build();
    Forecast f = FORECASTER.forecast(retention, monthly("retention", 85, 0.2, 9));

    assertThat(f.pace()).isEqualTo(Pace.WILL_MISS);
    assertThat(f.shortfall()).isCloseTo(90 - f.predicted(), within(1e-12)).isGreaterThan(2);
    assertThat(f.probability()).isLessThan(0.05);
    assertThat(f.toString()).startsWith("retention: will miss by ");
  }

  @Test
  void aDecreaseKpiReachesItsTargetByFalling() {
    Kpi wait = Kpi.builder("wait", "Wait").unit("min").decrease().baseline(30, "2025-12-31")
        .target(20, "2026-12-31").build();
    Forecast f = FORECASTER.forecast(wait, monthly("wait", 30, -1, 9));

    assertThat(f.pace()).isEqualTo(Pace.ON_PACE);
    assertThat(f.probability()).isGreaterThan(0.9);
  }

  @Test
  void aFlowKpiIsForecastOnItsRunningTotalSinceTheBaseline() {
    Kpi sales = Kpi.builder("sales", "Sales").unit("$").flow().baseline(0, "2025-12-31")
        .target(1200, "2026-12-31").build();
    Actuals amounts = monthly("sales", 100, 0, 6).with(sales.id(), LocalDate.of(2025, 12, 31), 999);
    Forecast f = FORECASTER.forecast(sales, amounts);

    assertThat(f.points()).isEqualTo(6); // the amount on the baseline date is not part of the running total
    // 100 a month, the first on day 0: a running total of 100 + 100 per 30.2 days, about 1,300 at year end.
    assertThat(f.predicted()).isCloseTo(1300, within(20.0));
    assertThat(f.pace()).isEqualTo(Pace.ON_PACE);
    assertThat(f.at(LocalDate.of(2026, 6, 1))).isCloseTo(600, within(15.0));
  }

  @Test
  void aLevelKpiOnPlanSinceItsBaselineIsOnPaceWhateverItsFlatHistoryBefore() {
    // Acme's engagement: 64 for three months up to the baseline date, then on the path to 72 by year end.
    Kpi engagement = Kpi.builder("engagement", "Engagement").precision(0).baseline(64, "2025-12-31")
        .target(72, "2026-12-31").build();
    Actuals.Builder b = Actuals.builder().add("engagement", "2025-10-31", 64).add("engagement", "2025-11-30", 64)
        .add("engagement", "2025-12-31", 64);
    double[] since = {65, 65, 66, 67, 67, 68};
    for (int m = 0; m < since.length; m++) {
      b.add("engagement", LocalDate.of(2026, 1, 31).plusMonths(m).withDayOfMonth(1).plusMonths(1).minusDays(1)
          .toString(), since[m]);
    }
    Forecast f = FORECASTER.forecast(engagement, b.build());

    assertThat(f.points()).isEqualTo(7); // the baseline date's value and the six after it
    // 71.86 at the target date: short by less than half the KPI's last decimal (precision 0), so on pace.
    assertThat(f.predicted()).isCloseTo(71.86, within(0.01));
    assertThat(f.pace()).isEqualTo(Pace.ON_PACE);
    assertThat(f.shortfall()).isZero();
    // The chance is of a value that reads 72 or more, so on pace and a chance of at least a half go together.
    assertThat(f.probability()).isGreaterThan(0.5);
    // Fitted with the flat months before the baseline (a KPI without one keeps them all): 70.94, "will miss".
    Kpi noBaseline = Kpi.builder("engagement", "Engagement").precision(0).target(72, "2026-12-31").build();
    Forecast all = FORECASTER.forecast(noBaseline, b.build());
    assertThat(all.points()).isEqualTo(9);
    assertThat(all.pace()).isEqualTo(Pace.WILL_MISS);
    assertThat(all.shortfall()).isCloseTo(1.06, within(0.01));
    // At one decimal the same 71.86 is 0.14 short, more than half of 0.1: a miss worth reporting.
    Kpi oneDecimal = Kpi.builder("engagement", "Engagement").precision(1).baseline(64, "2025-12-31")
        .target(72, "2026-12-31").build();
    Forecast shortBy = FORECASTER.forecast(oneDecimal, b.build());
    assertThat(shortBy.pace()).isEqualTo(Pace.WILL_MISS);
    assertThat(shortBy.probability()).isLessThan(0.5);
  }

  @Test
  void aCalculatedKpiIsForecastOnTheValuesItsFormulaGivesNotOnActualsItHasNone() {
    Scorecard card = Scorecard.builder("Harbour").objective("F1", "Grow revenue per customer", "financial", o -> o
        .kpi("revenue", "Revenue", k -> k.unit("$"))
        .kpi("customers", "Customers", k -> k.precision(0))
        .kpi("per-customer", "Revenue per customer", k -> k.unit("$").formula("revenue / customers")
            .baseline(95, "2025-12-31").target(155, "2026-12-31")))
        .build();
    Actuals.Builder b = Actuals.builder();
    for (int m = 0; m < 6; m++) {
      String date = LocalDate.of(2026, 2, 1).plusMonths(m).minusDays(1).toString();
      b.add("revenue", date, 1000 + 50 * m).add("customers", date, 10);
    }
    Forecast perCustomer = FORECASTER.forecast(card, b.build()).stream()
        .filter(f -> f.kpi().value().equals("per-customer")).findFirst().orElseThrow();

    assertThat(perCustomer.points()).isEqualTo(6);
    // 100 in January, 125 in June: 5 a month, 155 by December.
    assertThat(perCustomer.pace()).isEqualTo(Pace.ON_PACE);
    assertThat(perCustomer.predicted()).isCloseTo(155, within(1.0)); // months of unequal length
  }

  @Test
  void tooFewActualsOrNoTargetGiveAClearPaceNotAnException() {
    Kpi retention = Kpi.builder("retention", "Retention").unit("%").baseline(85, "2025-12-31")
        .target(90, "2026-12-31").build();
    Kpi untargeted = Kpi.builder("nps", "NPS").build();

    assertThat(FORECASTER.forecast(retention, Actuals.empty()).pace()).isEqualTo(Pace.INSUFFICIENT_DATA);
    assertThat(FORECASTER.forecast(retention, monthly("retention", 85, 1, 2)).pace())
        .isEqualTo(Pace.INSUFFICIENT_DATA);
    assertThat(FORECASTER.forecast(untargeted, monthly("nps", 10, 1, 6)).pace()).isEqualTo(Pace.NO_TARGET);
    assertThat(FORECASTER.forecast(retention, Actuals.empty()).at(LocalDate.of(2026, 1, 1))).isNaN();
    Kpi flow = Kpi.builder("sales", "Sales").flow().baseline(0, "2025-12-31").target(1, "2026-12-31").build();
    Actuals huge = Actuals.builder().add("sales", "2026-01-31", Double.MAX_VALUE)
        .add("sales", "2026-02-28", Double.MAX_VALUE).add("sales", "2026-03-31", Double.MAX_VALUE).build();
    assertThat(FORECASTER.forecast(flow, huge).pace()).isEqualTo(Pace.INSUFFICIENT_DATA);
    Actuals constant = Actuals.builder().add("retention", "2026-01-31", 85).add("retention", "2026-02-28", 85)
        .add("retention", "2026-03-31", 85).build();
    Forecast flat = FORECASTER.forecast(retention, constant);
    assertThat(flat.pace()).isEqualTo(Pace.WILL_MISS);
    assertThat(flat.probability()).isZero();
    assertThat(flat.shortfall()).isCloseTo(5, within(1e-9));
  }

  @Test
  void rejectsALevelOutsideZeroToOne() {
    assertThatThrownBy(() -> Forecaster.withLevel(1)).hasMessageContaining("level").hasMessageContaining("1");
    assertThat(Forecaster.withLevel(0.95).level()).isEqualTo(0.95);
  }

  @Test
  void aDampedForecastIsTheDampedTrendOfTheMonthlyValuesCarriedToTheTargetsMonth() {
    Kpi retention = Kpi.builder("retention", "Retention").unit("%").baseline(85, "2025-12-31")
        .target(90, "2026-12-31").build();
    Actuals actuals = monthly("retention", 85, 0.6, 9);
    Forecast f = FORECASTER.withDamping(0.5, 0.2, 0.9).forecast(retention, actuals);

    double[] y = new double[9];
    for (int m = 0; m < 9; m++) {
      y[m] = 85 + 0.6 * m + (m % 2 == 0 ? 0.2 : -0.2);
    }
    DampedTrend expected = DampedTrend.fit(y, 0.5, 0.2, 0.9);
    assertThat(f.method()).isEqualTo(ForecastMethod.DAMPED);
    assertThat(f.damped()).contains(expected);
    assertThat(f.points()).isEqualTo(9);
    assertThat(f.predicted()).isEqualTo(expected.predict(3)); // September's level carried to December
    assertThat(f.low()).isEqualTo(expected.predictionInterval(3, 0.8)[0]);
    assertThat(f.high()).isEqualTo(expected.predictionInterval(3, 0.8)[1]);
    // Of a value that reads 90 or more at the KPI's two decimals: 89.995 and above.
    assertThat(f.probability()).isEqualTo(expected.probabilityAtLeast(3, 89.995));
    assertThat(f.pace()).isEqualTo(f.predicted() >= 89.995 ? Pace.ON_PACE : Pace.WILL_MISS);
  }

  @Test
  void aDampedTrendLevelsOffWhereTheStraightLineRunsOn() {
    Kpi retention = Kpi.builder("retention", "Retention").unit("%").baseline(85, "2025-12-31")
        .target(95, "2028-12-31").build();
    Actuals.Builder b = Actuals.builder();
    for (int m = 0; m < 24; m++) { // fast growth that has slowed to a crawl
      b.add("retention", LocalDate.of(2026, 1, 1).plusMonths(m).toString(), 85 + 6 * (1 - Math.pow(0.8, m)));
    }
    Forecast linear = FORECASTER.forecast(retention, b.build());
    Forecast damped = FORECASTER.withMethod(ForecastMethod.DAMPED).forecast(retention, b.build());

    assertThat(damped.damped()).isPresent();
    assertThat(damped.predicted()).isCloseTo(91, within(0.5));
    assertThat(linear.predicted()).isGreaterThan(93);
    assertThat(damped.pace()).isEqualTo(Pace.WILL_MISS);
    assertThat(damped.probability()).isLessThan(linear.probability());
  }

  @Test
  void aDampedFlowIsSmoothedOnItsRunningTotalAndNeedsFourPeriods() {
    Kpi sales = Kpi.builder("sales", "Sales").unit("$").flow().baseline(0, "2025-12-31")
        .target(1200, "2026-12-31").build();
    Forecaster damped = FORECASTER.withMethod(ForecastMethod.DAMPED);

    Forecast f = damped.forecast(sales, monthly("sales", 100, 0, 6));
    assertThat(f.damped().orElseThrow().level()).isCloseTo(600, within(1.0));
    assertThat(f.predicted()).isBetween(900.0, 1200.0);
    assertThat(damped.forecast(sales, monthly("sales", 100, 0, 3)).pace()).isEqualTo(Pace.INSUFFICIENT_DATA);
    assertThat(damped.forecast(sales, Actuals.empty()).pace()).isEqualTo(Pace.INSUFFICIENT_DATA);
  }

  @Test
  void rejectsDampingParametersOutOfRangeNamingThem() {
    assertThatThrownBy(() -> FORECASTER.withDamping(0.5, 0.2, 1.5)).hasMessageContaining("phi")
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> FORECASTER.withDamping(0, 0.2, 0.9)).hasMessageContaining("alpha");
    assertThatThrownBy(() -> FORECASTER.withMethod(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("method");
    assertThat(FORECASTER.withDamping(0.5, 0.2, 0.9).toString())
        .isEqualTo("Forecaster[level=0.8, method=damped, alpha=0.5, beta=0.2, phi=0.9]");
  }
}
