package io.github.bsckit.testkit.internal;

/**
 * Decimal values as whole numbers of units of {@code 10^-precision}. Below 2^53 units both the units and the
 * power of ten are exact doubles, so {@link #value} is the double nearest to the decimal on every JDK, with no
 * more decimals than the precision.
 */
public final class Decimals {
  /** The largest number of units that converts exactly: 2^53. */
  public static final long EXACT = 1L << 53;

  private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
      100_000_000L, 1_000_000_000L, 10_000_000_000L};

  private Decimals() {}

  /**
   * {@return 10 to the given power}
   *
   * @param precision 0 to 10
   */
  public static long pow10(int precision) {
    return POW10[precision];
  }

  /**
   * {@return the value of so many units}
   *
   * @param units the units
   * @param precision 0 to 10
   */
  public static double value(long units, int precision) {
    return units / (double) POW10[precision];
  }

  /**
   * {@return a value in units, rounded to the nearest unit}
   *
   * @param value the value
   * @param precision 0 to 10
   */
  public static long units(double value, int precision) {
    return Math.round(value * POW10[precision]);
  }
}
