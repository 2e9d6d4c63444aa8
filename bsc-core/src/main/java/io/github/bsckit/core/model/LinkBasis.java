package io.github.bsckit.core.model;

/**
 * Why a causal link is drawn: as a hypothesis to be tested against the actuals, or as a definition that holds by
 * arithmetic (revenue = price × volume) and so cannot be tested.
 */
public enum LinkBasis implements Keyed {
  /** The default: the link is a hypothesis the data can support or contradict. */
  EMPIRICAL,
  /** The effect is defined in terms of the cause; analyses of evidence leave the link untested. */
  DEFINITIONAL;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
