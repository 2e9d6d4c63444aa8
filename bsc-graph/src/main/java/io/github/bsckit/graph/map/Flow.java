package io.github.bsckit.graph.map;

import io.github.bsckit.core.model.Keyed;

/** Which way to follow the arrows of a strategy map. */
public enum Flow implements Keyed {
  /** From causes to effects: towards the outcomes at the top. */
  DOWNSTREAM,
  /** From effects back to their causes: towards the enablers at the bottom. */
  UPSTREAM;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
