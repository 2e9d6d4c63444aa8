package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.model.Keyed;

/** What a {@link KpiRollUp} does at a date when some of its source units reported nothing for it. */
public enum MissingData implements Keyed {
  /**
   * Aggregate what was reported and say how much was missing: the value's {@linkplain RolledUpValue#coverage()
   * coverage} is the share of sources that reported. The default.
   */
  SKIP,
  /** No parent value at a date unless every source reported: a partial sum is no sum. */
  TREAT_AS_MISSING;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
