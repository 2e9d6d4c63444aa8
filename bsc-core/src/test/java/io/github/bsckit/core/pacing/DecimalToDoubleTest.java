package io.github.bsckit.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * {@link PacedSpan#toDouble}, the span's shortcut from its exact decimal to a double, returns exactly what
 * {@link BigDecimal#doubleValue()} returns: on quotients rounded to 16 digits as the span's are, on decimals of
 * every scale the shortcut takes and beyond it, and on the edges of its range (2^53, 16 digits, scale ±22).
 */
class DecimalToDoubleTest {
  @Test
  void agreesWithDoubleValueOnSixteenDigitQuotients() {
    qt().withExamples(20_000).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
        longs().between(1, 1_000_000_000L), integers().between(-3, 12)).checkAssert((n, d, s) -> {
          BigDecimal q = BigDecimal.valueOf(n, s).divide(BigDecimal.valueOf(d), MathContext.DECIMAL64);
          assertThat(PacedSpan.toDouble(q)).as("%s", q).isEqualTo(q.doubleValue());
        });
  }

  @Test
  void agreesWithDoubleValueOnEveryScaleAndAtTheEdges() {
    qt().withExamples(20_000).forAll(longs().all(), integers().between(-30, 30)).checkAssert((u, s) -> {
      BigDecimal d = BigDecimal.valueOf(u, s).round(MathContext.DECIMAL64);
      assertThat(PacedSpan.toDouble(d)).as("%s", d).isEqualTo(d.doubleValue());
    });
    long[] edges = {0, 1, -1, (1L << 53) - 1, 1L << 53, (1L << 53) + 1, -(1L << 53), 9_999_999_999_999_999L,
        1_000_000_000_000_000L, 999_999_999_999_999L, -9_999_999_999_999_999L};
    for (long u : edges) {
      for (int s = -24; s <= 24; s++) {
        BigDecimal d = BigDecimal.valueOf(u, s);
        assertThat(PacedSpan.toDouble(d)).as("%s", d).isEqualTo(d.doubleValue());
      }
    }
  }
}
