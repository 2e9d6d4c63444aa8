package io.github.bsckit.graph.map;

/** Which way to follow the arrows of a strategy map. */
public enum Flow {
  /** From causes to effects: towards the outcomes at the top. */
  DOWNSTREAM,
  /** From effects back to their causes: towards the enablers at the bottom. */
  UPSTREAM
}
