package io.github.bsckit.core.model;

import io.github.bsckit.core.Keyed;
import io.github.bsckit.core.internal.Keys;
import java.util.Objects;

/** Where an initiative stands. */
public enum InitiativeStatus implements Keyed {
  /** Approved but not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Paused. */
  ON_HOLD,
  /** Finished. */
  COMPLETED,
  /** Stopped for good. */
  CANCELLED;

  /**
   * {@return the constant whose {@link #key()} is {@code key}, for example {@code in-progress}}
   *
   * @param key the canonical text form
   * @throws io.github.bsckit.core.ValidationException if no constant has that key; the problem names the
   *     keys allowed
   */
  public static InitiativeStatus fromKey(String key) {
    return Keys.parse(InitiativeStatus.class, "status", Objects.requireNonNull(key, "key"));
  }
}
