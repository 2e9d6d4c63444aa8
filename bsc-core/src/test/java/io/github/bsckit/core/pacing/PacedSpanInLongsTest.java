package io.github.bsckit.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A span answers {@link PacedSpan#unroundedValueAt} in longs when its weights are whole numbers and the values
 * small, and by exact decimals otherwise: the two ways must give the same double for every pacing, span, way
 * through it and value, and the long way must step aside (NaN) wherever it cannot be exact.
 */
class PacedSpanInLongsTest {
  private static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);

  /** Values as people write them and as doubles come: whole, a few decimals, tiny, huge, negative. */
  private static Gen<BigDecimal> values() {
    Gen<BigDecimal> written = longs().between(-10_000_000, 10_000_000).zip(integers().between(0, 6),
        BigDecimal::valueOf);
    Gen<BigDecimal> fromDoubles = doubles().between(-1e12, 1e12).map((Double d) -> BigDecimal.valueOf(d));
    Gen<BigDecimal> extreme = Generate.pick(java.util.List.of(BigDecimal.valueOf(1e300), BigDecimal.valueOf(-1e-300),
        new BigDecimal("123456789012345678"), new BigDecimal("1234567890123456789"), BigDecimal.valueOf(1e7),
        BigDecimal.ZERO, new BigDecimal("0.000000000000000001")));
    return Generate.oneOf(written, written, fromDoubles, extreme);
  }

  @Test
  void theLongWayGivesWhatTheDecimalWayGives() {
    qt().withExamples(1_000).forAll(PacingGenerators.pacings(), longs().all(), values(), values())
        .checkAssert((pacing, seed, va, vb) -> {
          java.util.Random r = new java.util.Random(seed);
          int month = 1 + r.nextInt(12);
          int length = 1 + r.nextInt(1_500);
          LocalDate from = ORIGIN.plusDays(r.nextInt(400));
          LocalDate to = from.plusDays(length);
          PacedSpan span = pacing.over(Month.of(month), from, to);
          int longWay = 0;
          for (int i = 0; i < 12; i++) {
            LocalDate a = from.plusDays(length * i / 40);
            LocalDate b = to.minusDays(length * i / 50);
            if (!b.isAfter(a)) {
              continue;
            }
            for (long at = a.toEpochDay() - 1; at <= b.toEpochDay() + 1; at += 1 + length / 23) {
              LocalDate day = LocalDate.ofEpochDay(at);
              double fast = span.inLongs(day, a, va, b, vb);
              double exact = span.byDecimals(day, a, va, b, vb);
              if (fast == fast) {
                longWay++;
                assertThat(fast).as("%s at %s on %s..%s from %s to %s", span, day, a, b, va, vb).isEqualTo(exact);
              }
              assertThat(span.unroundedValueAt(day, a, va, b, vb)).isEqualTo(exact);
            }
          }
          boolean wholeWeights = span.weights().stream()
              .allMatch(w -> w.signum() > 0 && w.stripTrailingZeros().scale() <= 0);
          boolean smallValues = va.scale() >= 0 && vb.scale() >= 0 && va.scale() <= 6 && vb.scale() <= 6
              && va.precision() <= 12 && vb.precision() <= 12;
          if (length >= 3 && wholeWeights && smallValues) {
            assertThat(longWay).as("the long way applies to %s from %s to %s", span, va, vb).isPositive();
          }
        });
  }

  @Test
  void fractionalWeightsAndNegativeScalesTakeTheDecimalWay() {
    PacedSpan seasonal = Pacing.seasonal(0.5, 1, 1, 1).over(Month.JANUARY, ORIGIN, ORIGIN.plusDays(365));
    assertThat(seasonal.inLongs(ORIGIN.plusDays(100), ORIGIN, BigDecimal.ONE, ORIGIN.plusDays(365), BigDecimal.TEN))
        .isNaN();
    PacedSpan linear = Pacing.linear().over(Month.JANUARY, ORIGIN, ORIGIN.plusDays(365));
    assertThat(linear.inLongs(ORIGIN.plusDays(100), ORIGIN, BigDecimal.valueOf(1e7), ORIGIN.plusDays(365),
        BigDecimal.TEN)).isNaN();
    assertThat(linear.inLongs(ORIGIN.plusDays(100), ORIGIN, BigDecimal.ONE, ORIGIN.plusDays(365), BigDecimal.TEN))
        .isEqualTo(linear.byDecimals(ORIGIN.plusDays(100), ORIGIN, BigDecimal.ONE, ORIGIN.plusDays(365),
            BigDecimal.TEN));
  }
}
