package io.github.bsckit.core.model;

import io.github.bsckit.core.Keyed;
import io.github.bsckit.core.internal.Keys;
import java.util.Objects;

/**
 * Where the business stands in its life cycle (Kaplan and Norton), which shapes its financial objectives.
 */
public enum LifecycleStage implements Keyed {
  /** Aggressive market capture, even at the cost of short-term profit. */
  GROWTH,
  /** Maximising profitability and return on capital. */
  SUSTAIN,
  /** Maximising cash flow from a mature business. */
  HARVEST;

  /**
   * {@return the constant whose {@link #key()} is {@code key}, for example {@code growth}}
   *
   * @param key the canonical text form
   * @throws io.github.bsckit.core.ValidationException if no constant has that key; the problem names the
   *     keys allowed
   */
  public static LifecycleStage fromKey(String key) {
    return Keys.parse(LifecycleStage.class, "stage", Objects.requireNonNull(key, "key"));
  }
}
