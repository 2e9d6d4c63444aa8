package io.github.bsckit.okr.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.bsckit.core.pacing.Pacing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Small QuickTheories generators of pacings and of plain months, dates
 * and values. Scorecards and KPIs come from bsc-testkit (see {@link KpiCase}); these stay here because
 * bsc-testkit knows bsc-core alone, not bsc-okr's types.
 */
public final class Generators {
  private Generators() {}

  /** Any month as the start of a fiscal year. */
  public static Gen<Month> months() {
    return Generate.enumValues(Month.class);
  }

  /** Dates from 1900 to 2199, leap days included. */
  public static Gen<LocalDate> dates() {
    return Generate.longRange(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2199, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Every kind of pacing: the three fixed shapes, seasonal and custom weights (some of them zero, never all). */
  public static Gen<Pacing> pacings() {
    Gen<Pacing> seasonal = weights(4, 4).map(w -> Pacing.seasonal(w[0], w[1], w[2], w[3]));
    Gen<Pacing> custom = weights(1, 9).map(w -> Pacing.custom(w));
    return Generate.oneOf(Generate.pick(List.of(Pacing.linear(), Pacing.frontLoaded(), Pacing.backLoaded())),
        seasonal, custom);
  }

  /**
   * Between {@code min} and {@code max} weights from 0 to 10 in steps of 0.25, a drawn one of them positive so
   * that they are never all zero. Made valid rather than filtered with {@code assuming}: QuickTheories gives up a
   * whole run when one value fails its assumptions ten times in a row, which happens when the values it replays
   * first (every choice at its minimum, say) belong to another generator's choices, as when this one follows a
   * bsc-testkit generator whose choices depend on each other.
   */
  private static Gen<double[]> weights(int min, int max) {
    Gen<Double> weight = integers().between(0, 40).map(i -> i / 4.0);
    Gen<Double> positive = integers().between(1, 40).map(i -> i / 4.0);
    return integers().between(min, max).flatMap(n -> lists().of(weight).ofSize(n).zip(integers().between(0, n - 1),
        positive, (w, at, p) -> {
          double[] out = w.stream().mapToDouble(Double::doubleValue).toArray();
          out[at] = p;
          return out;
        }));
  }

  /** Decimal values with up to {@code decimals} decimals between -10^6 and 10^6, as people type them. */
  public static Gen<Double> values(int decimals) {
    long scale = BigDecimal.TEN.pow(decimals).longValueExact();
    return Generate.longRange(-1_000_000L * scale, 1_000_000L * scale)
        .map(units -> BigDecimal.valueOf(units, decimals).doubleValue());
  }
}
