package io.github.bsckit.graph.cascade;

import io.github.bsckit.core.portfolio.UnitObjective;
import java.util.Objects;

/**
 * An arrow of the combined strategy map of a portfolio: a causal link inside one unit's map, or an alignment
 * from a unit objective to the objective it supports above. Immutable and thread-safe; two arrows are equal
 * only when they are the same declaration (its {@code index} among the portfolio's links or alignments).
 *
 * @param from the cause, or the supporting objective
 * @param to the effect, or the supported objective
 * @param kind a causal link or an alignment
 * @param weight the alignment's weight, or the link's effective strength
 * @param index the declaration's position: among the unit's links for a link, among the portfolio's
 *     alignments for an alignment
 */
public record CascadeLink(UnitObjective from, UnitObjective to, Kind kind, double weight, int index) {

  /** What an arrow of the combined map is. */
  public enum Kind implements io.github.bsckit.core.model.Keyed {
    /** A causal link of one unit's strategy map. */
    LINK,
    /** A unit objective supporting an objective one level up. */
    ALIGNMENT;

    /** {@return the {@linkplain #key() key}, the canonical text form} */
    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * Rejects nulls.
   *
   * @param from the cause or supporter
   * @param to the effect or supported objective
   * @param kind a link or an alignment
   * @param weight the weight or strength
   * @param index the declaration's position
   */
  public CascadeLink {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
  }

  /** {@return for example {@code retail/C1 => corp/C1} for an alignment, {@code retail/L1 -> retail/C1} for a link} */
  @Override
  public String toString() {
    return from + (kind == Kind.ALIGNMENT ? " => " : " -> ") + to;
  }
}
