package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;

/**
 * The band a {@link Direction#RANGE RANGE} KPI should stay in, both ends included. Immutable and thread-safe.
 *
 * @param low the lower bound, finite
 * @param high the upper bound, finite and not below {@code low}
 */
public record Range(double low, double high) {

  /**
   * Validates the bounds.
   *
   * @param low the lower bound, finite
   * @param high the upper bound, finite and not below {@code low}
   * @throws io.github.bsckit.core.ValidationException if a bound is not finite or low &gt; high
   */
  public Range {
    Checks c = new Checks();
    c.finite("low", low);
    c.finite("high", high);
    if (low > high) {
      c.add("low", "must not be above high (" + Numbers.plain(high) + ") but was " + Numbers.plain(low));
    }
    c.throwIfAny();
  }

  /**
   * Returns the band [low, high].
   *
   * @param low the lower bound
   * @param high the upper bound
   * @return the range
   */
  public static Range of(double low, double high) {
    return new Range(low, high);
  }

  /**
   * Tells whether a value lies in the band.
   *
   * @param value the value
   * @return true if {@code low <= value <= high}
   */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  /** {@return for example {@code [99.5, 100]}} */
  @Override
  public String toString() {
    return "[" + Numbers.plain(low) + ", " + Numbers.plain(high) + "]";
  }
}
