package io.github.bsckit.okr.testing;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;

import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.testkit.model.PacingGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Small QuickTheories generators of plain months, dates and values, and bsc-testkit's pacings as QuickTheories
 * generators. Scorecards and KPIs come from bsc-testkit (see {@link KpiCase}); these stay here because
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

  /** Every kind of pacing, from bsc-testkit's {@link PacingGenerators#any()}. */
  public static Gen<Pacing> pacings() {
    return gen(PacingGenerators.any());
  }

  /** Decimal values with up to {@code decimals} decimals between -10^6 and 10^6, as people type them. */
  public static Gen<Double> values(int decimals) {
    long scale = BigDecimal.TEN.pow(decimals).longValueExact();
    return Generate.longRange(-1_000_000L * scale, 1_000_000L * scale)
        .map(units -> BigDecimal.valueOf(units, decimals).doubleValue());
  }
}
