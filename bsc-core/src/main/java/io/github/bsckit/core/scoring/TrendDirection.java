package io.github.bsckit.core.scoring;

import io.github.bsckit.core.model.Keyed;

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

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
