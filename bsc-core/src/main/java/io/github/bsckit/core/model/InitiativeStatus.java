package io.github.bsckit.core.model;

/** Where an initiative stands. */
public enum InitiativeStatus {
  /** Approved but not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Paused. */
  ON_HOLD,
  /** Finished. */
  COMPLETED,
  /** Stopped for good. */
  CANCELLED
}
