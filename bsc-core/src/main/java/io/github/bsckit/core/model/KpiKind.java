package io.github.bsckit.core.model;

import io.github.bsckit.core.Keyed;
import io.github.bsckit.core.internal.Keys;
import java.util.Objects;

/** Whether a KPI is a state at a moment or an amount that adds up over periods. */
public enum KpiKind implements Keyed {
  /** A state, such as a retention rate or a headcount: each period has a level, levels do not add up. */
  LEVEL,
  /** An amount, such as revenue or bookings: the periods' values add up to the total. */
  FLOW;

  /**
   * {@return the constant whose {@link #key()} is {@code key}, for example {@code level}}
   *
   * @param key the canonical text form
   * @throws io.github.bsckit.core.ValidationException if no constant has that key; the problem names the
   *     keys allowed
   */
  public static KpiKind fromKey(String key) {
    return Keys.parse(KpiKind.class, "kind", Objects.requireNonNull(key, "key"));
  }
}
