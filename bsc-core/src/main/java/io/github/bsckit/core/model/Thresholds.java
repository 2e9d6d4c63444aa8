package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;

/**
 * Where scores turn from one status to the next: a score of at least {@code onTrack} is on track, at least
 * {@code atRisk} is at risk, anything lower is off track. Immutable and thread-safe.
 *
 * @param onTrack the lowest on-track score, in [0, 1]
 * @param atRisk the lowest at-risk score, in [0, onTrack]
 */
public record Thresholds(double onTrack, double atRisk) {

  /**
   * Validates the thresholds.
   *
   * @param onTrack the lowest on-track score, in [0, 1]
   * @param atRisk the lowest at-risk score, in [0, onTrack]
   * @throws io.github.bsckit.core.ValidationException if a threshold is outside [0, 1] or atRisk &gt; onTrack
   */
  public Thresholds {
    Checks c = new Checks();
    if (!(onTrack >= 0 && onTrack <= 1)) {
      c.add("onTrack", "must be between 0 and 1 but was " + onTrack);
    }
    if (!(atRisk >= 0 && atRisk <= 1)) {
      c.add("atRisk", "must be between 0 and 1 but was " + atRisk);
    } else if (atRisk > onTrack) {
      c.add("atRisk", "must not be above onTrack (" + Numbers.plain(onTrack) + ") but was " + Numbers.plain(atRisk));
    }
    c.throwIfAny();
  }

  /**
   * Returns thresholds.
   *
   * @param onTrack the lowest on-track score
   * @param atRisk the lowest at-risk score
   * @return the thresholds
   */
  public static Thresholds of(double onTrack, double atRisk) {
    return new Thresholds(onTrack, atRisk);
  }

  /** {@return for example {@code on track >= 0.9, at risk >= 0.6}} */
  @Override
  public String toString() {
    return "on track >= " + Numbers.plain(onTrack) + ", at risk >= " + Numbers.plain(atRisk);
  }
}
