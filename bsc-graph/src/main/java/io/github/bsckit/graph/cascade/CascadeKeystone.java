package io.github.bsckit.graph.cascade;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.portfolio.UnitObjective;
import java.util.Objects;

/**
 * How central one objective is to the whole organisation's map. Immutable and thread-safe.
 *
 * @param objective the objective
 * @param betweenness its betweenness centrality in the combined map: how many shortest routes between other
 *     objectives pass through it
 * @param outcomesReached how many corporate outcomes it reaches along links and alignments
 */
public record CascadeKeystone(UnitObjective objective, double betweenness, int outcomesReached) {

  /**
   * Rejects nulls.
   *
   * @param objective the objective
   * @param betweenness its betweenness centrality
   * @param outcomesReached the corporate outcomes it reaches
   */
  public CascadeKeystone {
    Objects.requireNonNull(objective, "objective");
  }

  /** {@return for example {@code retail/C1: betweenness 12, reaches 2 outcomes}} */
  @Override
  public String toString() {
    return objective + ": betweenness " + Numbers.significant(betweenness, 4) + ", reaches "
        + Numbers.plural(outcomesReached, "outcome");
  }
}
