package io.github.bsckit.core.model;

import io.github.bsckit.core.Keyed;
import io.github.bsckit.core.internal.Keys;
import java.util.Objects;

/** Whether a KPI predicts results (leading) or reports them (lagging). */
public enum Indicator implements Keyed {
  /** Input-oriented and predictive, such as "number of sales demos conducted". */
  LEADING,
  /** Output-oriented, telling whether the strategy succeeded, such as "revenue". */
  LAGGING;

  /**
   * {@return the constant whose {@link #key()} is {@code key}, for example {@code leading}}
   *
   * @param key the canonical text form
   * @throws io.github.bsckit.core.ValidationException if no constant has that key; the problem names the
   *     keys allowed
   */
  public static Indicator fromKey(String key) {
    return Keys.parse(Indicator.class, "indicator", Objects.requireNonNull(key, "key"));
  }
}
