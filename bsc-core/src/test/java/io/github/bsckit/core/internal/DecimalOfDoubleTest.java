package io.github.bsckit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@link Numbers#valueOf(double)} turns doubles into decimals without {@link BigDecimal#valueOf(double)}'s text
 * round trip for whole numbers: the result must be that method's to the last digit of scale, because the
 * decimals reach users (a path's level at a date can be a point's own decimal).
 */
class DecimalOfDoubleTest {
  private static void same(double v) {
    BigDecimal expected = BigDecimal.valueOf(v);
    BigDecimal actual = Numbers.valueOf(v);
    assertThat(actual.unscaledValue()).as("unscaled value of %s", v).isEqualTo(expected.unscaledValue());
    assertThat(actual.scale()).as("scale of %s", v).isEqualTo(expected.scale());
  }

  @Test
  void wholeNumbersNearTheFastPathsEdgesAreWhatValueOfGives() {
    for (double v : new double[] {0, -0.0, 1, -1, 10, 9_999_999, -9_999_999, 1e7, -1e7, 1e7 + 1, 123_456_789,
        0.5, -0.5, 1e-7, 4.35, Double.MIN_VALUE, Double.MAX_VALUE, 1e22, -1e300}) {
      same(v);
    }
  }

  @Test
  void anyWholeNumberOrDoubleIsWhatValueOfGives() {
    qt().forAll(longs().between(-20_000_000, 20_000_000)).checkAssert(n -> same(n));
    qt().forAll(doubles().between(-1e8, 1e8)).checkAssert(DecimalOfDoubleTest::same);
    qt().forAll(doubles().any()).assuming(Double::isFinite).checkAssert(DecimalOfDoubleTest::same);
  }
}
