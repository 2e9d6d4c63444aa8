package io.github.bsckit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Laws of the numbers people read: grouping only adds separators, and rounding keeps the value to half a unit. */
class GroupedNumbersTest {
  @Test
  void groupingAddsCommasEveryThreeWholeDigitsAndNothingElse() {
    qt().forAll(doubles().between(0, 1e15)).checkAssert(v -> {
      String plain = Numbers.plain(v);
      String grouped = Numbers.grouped(plain);
      assertThat(grouped.replace(",", "")).isEqualTo(plain);
      String whole = grouped.contains(".") ? grouped.substring(0, grouped.indexOf('.')) : grouped;
      String[] groups = whole.split(",");
      assertThat(groups[0]).hasSizeBetween(1, 3);
      for (int i = 1; i < groups.length; i++) {
        assertThat(groups[i]).hasSize(3);
      }
    });
  }

  @Test
  void aValueAtAKpisDecimalsIsWithinHalfItsLastDecimalOfTheValue() {
    qt().forAll(doubles().between(-1e9, 1e9), integers().between(0, 6)).checkAssert((v, precision) -> {
      String written = Numbers.atPrecision(v, precision, "");
      BigDecimal read = new BigDecimal(written.replace(",", ""));
      double half = 0.5 * Math.pow(10, -precision);
      assertThat(Math.abs(read.doubleValue() - v)).isLessThanOrEqualTo(half * (1 + 1e-9) + Math.ulp(v));
      assertThat(read.scale()).isLessThanOrEqualTo(Math.max(0, precision));
    });
  }
}
