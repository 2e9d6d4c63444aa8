package io.github.bsckit.core.scoring;

import io.github.bsckit.core.Keyed;
import io.github.bsckit.core.internal.Keys;
import java.util.Objects;

/**
 * Which way a trend goes, judged by what is better for the KPI: falling values of a DECREASE KPI are
 * {@link #IMPROVING}, values moving towards the band of a RANGE KPI are too.
 */
public enum TrendDirection implements Keyed {
  /** Getting better. */
  IMPROVING,
  /** Getting worse. */
  WORSENING,
  /** Changing less than the smallest change that matters (see {@link Trend}). */
  FLAT,
  /** Fewer than two points to judge by. */
  UNKNOWN;

  /**
   * {@return the constant whose {@link #key()} is {@code key}, for example {@code improving}}
   *
   * @param key the canonical text form
   * @throws io.github.bsckit.core.ValidationException if no constant has that key; the problem names the
   *     keys allowed
   */
  public static TrendDirection fromKey(String key) {
    return Keys.parse(TrendDirection.class, "trend", Objects.requireNonNull(key, "key"));
  }
}
