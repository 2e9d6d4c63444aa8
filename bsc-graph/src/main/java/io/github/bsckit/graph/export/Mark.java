package io.github.bsckit.graph.export;

import io.github.bsckit.core.model.Keyed;

/**
 * How the SVG map marks an objective or a link that changed between two versions of a scorecard
 * ({@link SvgOptions#withMark(io.github.bsckit.core.model.ObjectiveId, Mark)}): added ones in green, removed ones
 * ghosted (faded and dashed), changed ones in amber.
 */
public enum Mark implements Keyed {
  /** New in the version drawn: a green outline or line. */
  ADDED("#2e7d32", "added"),
  /** Gone from the version drawn, kept as a ghost: faded and dashed. */
  REMOVED("#90a4ae", "removed (ghosted)"),
  /** Held by both versions, with something changed: an amber outline or line. */
  CHANGED("#ef6c00", "changed");

  private final String colour;
  private final String label;

  Mark(String colour, String label) {
    this.colour = colour;
    this.label = label;
  }

  /** {@return the outline or line colour, {@code #rrggbb}} */
  String colour() {
    return colour;
  }

  /** {@return what the legend calls it} */
  String label() {
    return label;
  }

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
