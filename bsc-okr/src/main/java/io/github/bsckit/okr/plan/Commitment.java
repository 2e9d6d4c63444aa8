package io.github.bsckit.okr.plan;

import io.github.bsckit.core.model.Keyed;

/**
 * How an OKR objective is meant, in Google's terms: a commitment the team will meet in full, or an aspiration
 * that stretches further than the team expects to get.
 */
public enum Commitment implements Keyed {
  /** Expected to be met in full: it succeeds at a grade of 1.0. */
  COMMITTED(1.0),
  /** A stretch: it succeeds at a grade of 0.7. */
  ASPIRATIONAL(0.7);

  private final double successAt;

  Commitment(double successAt) {
    this.successAt = successAt;
  }

  /** {@return the lowest reported grade at which an objective of this kind counts as a success} */
  public double successAt() {
    return successAt;
  }

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
