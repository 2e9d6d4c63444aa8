package io.github.bsckit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Kpi;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private static final Kpi SATISFACTION = Kpi.builder("street-satisfaction", "Satisfaction with streets").unit("%")
      .precision(0).baseline(61, "2026-06-30").target(65, "2027-06-30").build();

  @Test
  void anExpectedLevelTakesOneDecimalMoreThanTheKpiSoAnActualJustBelowItDoesNotReadAsEqual() {
    // Riverton's streets at 2026-09-30: 63% measured, 63.25% expected, scored 88.9%. At the KPI's precision
    // both read "63%", and the score looked wrong.
    assertThat(Values.of(SATISFACTION, 63)).isEqualTo("63%");
    assertThat(Values.of(SATISFACTION, 63.25)).isEqualTo("63%");
    assertThat(Values.expected(SATISFACTION, 63.25)).isEqualTo("63.3%");
  }

  @Test
  void anExpectedLevelThatNeedsNoMoreDecimalsIsWrittenWithoutThem() {
    assertThat(Values.expected(SATISFACTION, 68)).isEqualTo("68%");
    assertThat(Values.expected(SATISFACTION, 67.96)).isEqualTo("68%");
    Kpi tenDecimals = Kpi.builder("ratio", "Ratio").precision(10).baseline(0, "2026-01-01")
        .target(1, "2026-12-31").build();
    assertThat(Values.expected(tenDecimals, 0.12345678901)).isEqualTo("0.123456789"); // at most 10 decimals
  }
}
