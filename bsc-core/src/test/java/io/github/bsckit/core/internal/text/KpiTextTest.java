package io.github.bsckit.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Money;
import org.junit.jupiter.api.Test;

class KpiTextTest {
  private static final Kpi SATISFACTION = Kpi.builder("street-satisfaction", "Satisfaction with streets").unit("%")
      .precision(0).baseline(61, "2026-06-30").target(65, "2027-06-30").build();

  @Test
  void aValueIsWrittenAtTheKpisDecimalsWithItsUnit() {
    assertThat(KpiText.value(SATISFACTION, 63.25)).isEqualTo("63%");
    Kpi dollars = Kpi.builder("clv", "Customer lifetime value").unit("$").precision(0).build();
    assertThat(KpiText.value(dollars, 1115.702479338843)).isEqualTo("$1,116");
    Kpi rating = Kpi.builder("rating", "Credit rating").ordinal("A", "AA", "AAA").build();
    assertThat(KpiText.value(rating, 1)).isEqualTo("AA");
  }

  @Test
  void aWholePartOfAThousandOrMoreIsGroupedInThreesAsTheKeyResultsWriteAmounts() {
    Kpi revenue = Kpi.builder("revenue", "Revenue").unit("$").precision(0).build();
    assertThat(KpiText.value(revenue, 686000)).isEqualTo("$686,000");
    assertThat(KpiText.value(revenue, -1369876.4)).isEqualTo("-$1,369,876");
    assertThat(KpiText.value(revenue, 999)).isEqualTo("$999");
    Kpi ratio = Kpi.builder("ratio", "Ratio").precision(1).build();
    assertThat(KpiText.value(ratio, 1234.5)).isEqualTo("1,234.5");
    assertThat(KpiText.value(ratio, 1000)).isEqualTo("1,000");
    assertThat(KpiText.money(Money.of(1200000, "USD"))).isEqualTo("USD 1,200,000");
    assertThat(KpiText.money(Money.of(2500.5, "EUR"))).isEqualTo("EUR 2,500.5");
  }

  @Test
  void anExpectedLevelTakesOneDecimalMoreThanTheKpiSoAnActualJustBelowItDoesNotReadAsEqual() {
    // Riverton's streets at 2026-09-30: 63% measured, 63.25% expected, scored 88.9%. At the KPI's precision
    // both read "63%", and the score looked wrong.
    assertThat(KpiText.value(SATISFACTION, 63)).isEqualTo("63%");
    assertThat(KpiText.expected(SATISFACTION, 63.25)).isEqualTo("63.3%");
  }

  @Test
  void anExpectedLevelThatNeedsNoMoreDecimalsIsWrittenWithoutThem() {
    assertThat(KpiText.expected(SATISFACTION, 68)).isEqualTo("68%");
    assertThat(KpiText.expected(SATISFACTION, 67.96)).isEqualTo("68%");
    Kpi tenDecimals = Kpi.builder("ratio", "Ratio").precision(10).baseline(0, "2026-01-01")
        .target(1, "2026-12-31").build();
    assertThat(KpiText.expected(tenDecimals, 0.12345678901)).isEqualTo("0.123456789"); // at most 10 decimals
  }

  @Test
  void aTargetSaysItsKindItsValueWithItsUnitAndItsDate() {
    assertThat(KpiText.target(SATISFACTION)).isEqualTo("65% by 2027-06-30");
    Kpi floor = Kpi.builder("first-contact", "First-contact resolution").unit("%").precision(0)
        .baseline(70, "2026-01-01").atLeast(90, "2026-12-31").build();
    assertThat(KpiText.target(floor)).isEqualTo("at least 90% by 2026-12-31");
    Kpi band = Kpi.builder("uptime", "Uptime").unit("%").precision(1).range(99.5, 100).build();
    assertThat(KpiText.target(band)).isEqualTo("99.5% \u2013 100%");
    assertThat(KpiText.target(Kpi.builder("nps", "Net promoter score").build())).isEqualTo("none set");
  }
}
