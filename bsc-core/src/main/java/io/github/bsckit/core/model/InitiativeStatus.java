package io.github.bsckit.core.model;

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

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
