package io.github.bsckit.graph.impact;

import io.github.bsckit.core.model.ObjectiveId;
import java.util.Objects;

/**
 * How central an objective is to the strategy. Immutable and thread-safe.
 *
 * @param objective the objective
 * @param betweenness its betweenness centrality: over all ordered pairs of other objectives, the share of the
 *     shortest chains between them that pass through it (Brandes; not normalised)
 * @param outcomesReached how many top-row objectives other than itself a chain of links from it reaches
 */
public record Keystone(ObjectiveId objective, double betweenness, int outcomesReached) {

  /**
   * Validates the components.
   *
   * @param objective the objective
   * @param betweenness its betweenness centrality: over all ordered pairs of other objectives, the share of the shortest chains between them that pass through it (Brandes; not normalised)
   * @param outcomesReached how many top-row objectives other than itself a chain of links from it reaches
   */
  public Keystone {
    Objects.requireNonNull(objective, "objective");
    if (!(betweenness >= 0) || outcomesReached < 0) {
      throw new IllegalArgumentException("betweenness and outcomesReached must be >= 0 but were " + betweenness
          + " and " + outcomesReached);
    }
  }

  /** {@return for example {@code P1 (betweenness 4, reaches 2 outcomes)}} */
  @Override
  public String toString() {
    return objective + " (betweenness " + Text.number(betweenness) + ", reaches "
        + Text.plural(outcomesReached, "outcome") + ")";
  }
}
