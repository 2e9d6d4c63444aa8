package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers are written as people write them, and read back as the very same double. */
class NumberTextTest {

  @ParameterizedTest
  @CsvSource({"90.0, 90", "-12.5, -12.5", "0.25, 0.25", "1e15, 1000000000000000", "1e20, 100000000000000000000",
      "1e21, 1e+21", "1.5e300, 1.5e+300", "1e-7, 0.0000001", "1.5e-8, 1.5e-8", "4.9e-324, 4.9e-324",
      "-1.7976931348623157e308, -1.7976931348623157e+308", "123456789012345.6, 123456789012345.6", "0, 0"})
  void writesEverydayNumbersWithoutExponentAndExtremeOnesWithOne(double value, String text) {
    assertThat(NumberText.of(value)).isEqualTo(text);
  }

  @Test
  void keepsTheSignOfNegativeZero() {
    assertThat(NumberText.of(-0.0)).isEqualTo("-0.0");
    assertThat(Double.parseDouble(NumberText.of(-0.0))).isEqualTo(-0.0);
  }

  @Test
  void everyFiniteDoubleReadsBackExactly() {
    qt().withExamples(10_000).forAll(doubles().any()).assuming(Double::isFinite).checkAssert(d -> {
      String text = NumberText.of(d);
      assertThat(Double.doubleToRawLongBits(Double.parseDouble(text))).as(text)
          .isEqualTo(Double.doubleToRawLongBits(d));
    });
  }

  @Test
  void writesMoneyInPlainNotation() {
    assertThat(NumberText.of(new BigDecimal("1E+30"))).isEqualTo("1000000000000000000000000000000");
  }
}
