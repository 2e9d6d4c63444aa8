package io.github.bsckit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers are written as people write them, the same under every locale; documents' numbers read back exactly. */
@Tag("text")
class NumbersTest {

  @ParameterizedTest
  @CsvSource({"90.0, 90", "-12.5, -12.5", "0.25, 0.25", "1e15, 1000000000000000", "1e20, 100000000000000000000",
      "1e21, 1e+21", "1.5e300, 1.5e+300", "1e-7, 0.0000001", "1.5e-8, 1.5e-8", "4.9e-324, 4.9e-324",
      "-1.7976931348623157e308, -1.7976931348623157e+308", "123456789012345.6, 123456789012345.6", "0, 0"})
  void writesEverydayNumbersWithoutExponentAndExtremeOnesWithOne(double value, String text) {
    assertThat(Numbers.exact(value)).isEqualTo(text);
  }

  @Test
  void keepsTheSignOfNegativeZero() {
    assertThat(Numbers.exact(-0.0)).isEqualTo("-0.0");
    assertThat(Double.parseDouble(Numbers.exact(-0.0))).isEqualTo(-0.0);
  }

  @Test
  void everyFiniteDoubleReadsBackExactly() {
    qt().withExamples(10_000).forAll(doubles().any()).assuming(Double::isFinite).checkAssert(d -> {
      String text = Numbers.exact(d);
      assertThat(Double.doubleToRawLongBits(Double.parseDouble(text))).as(text)
          .isEqualTo(Double.doubleToRawLongBits(d));
    });
  }

  @Test
  void plainTextHasNoTrailingZeroAndNoExponent() {
    assertThat(Numbers.plain(90.0)).isEqualTo("90");
    assertThat(Numbers.plain(0.25)).isEqualTo("0.25");
    assertThat(Numbers.plain(1e20)).isEqualTo("100000000000000000000");
    assertThat(Numbers.plain(1.5e-8)).isEqualTo("0.000000015");
    assertThat(Numbers.plain(Double.NaN)).isEqualTo("NaN");
    assertThat(Numbers.decimal(86.25)).isEqualTo(new BigDecimal("86.25"));
  }

  @Test
  void percentagesKeepOneDecimalAndSharesDropAZeroOne() {
    assertThat(Numbers.percent(0.893)).isEqualTo("89.3%");
    assertThat(Numbers.percent(1)).isEqualTo("100.0%");
    assertThat(Numbers.share(0.5)).isEqualTo("50%");
    assertThat(Numbers.share(0.875)).isEqualTo("87.5%");
  }

  @Test
  void significantDigitsRoundWithoutExponentAndSignedOnesShowTheirSign() {
    assertThat(Numbers.significant(0.0222222, 3)).isEqualTo("0.0222");
    assertThat(Numbers.significant(2.0 / 3, 4)).isEqualTo("0.6667");
    assertThat(Numbers.significant(0, 4)).isEqualTo("0");
    assertThat(Numbers.signed(0.0222222, 3)).isEqualTo("+0.0222");
    assertThat(Numbers.signed(-1.5, 3)).isEqualTo("-1.5");
    assertThat(Numbers.signed(0, 3)).isEqualTo("0");
  }

  @Test
  void countsTakeTheirNounInTheSingularOnlyForOne() {
    assertThat(Numbers.plural(0, "path")).isEqualTo("0 paths");
    assertThat(Numbers.plural(1, "path")).isEqualTo("1 path");
    assertThat(Numbers.plural(2, "key result")).isEqualTo("2 key results");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1200|$|$1200", "-5|€|-€5", "87.5|%|87.5%", "12|tickets|12 tickets",
      "250000|USD|USD 250000", "26.5|$M|$26.5M", "210|k|210k", "3|‰|3‰", "0|#|0 #", "4.5|days|4.5 days",
      "20|°C|20 °C", "7|''|7"})
  void unitsGoWhereTheOneRulePutsThem(double value, String unit, String text) {
    assertThat(Numbers.withUnit(value, unit)).isEqualTo(text);
  }
}
