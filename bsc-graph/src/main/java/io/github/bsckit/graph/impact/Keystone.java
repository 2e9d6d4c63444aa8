package io.github.bsckit.graph.impact;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.ObjectiveId;
import java.util.Objects;

/**
 * How central an objective is to the strategy. Immutable and thread-safe.
 *
 * @param objective the objective
 * @param betweenness its betweenness centrality: over all ordered pairs of other objectives, the share of the
 *     shortest chains between them that pass through it (Brandes; not normalised)
 * @param outcomesReached how many top-row objectives other than itself a chain of links from it reaches
 * @param approximate true when the betweenness is an estimate from sampled sources (maps larger than
 *     {@link ImpactAnalysis#EXACT_KEYSTONES_UP_TO} objectives; see {@link ImpactAnalysis#keystones()} for the
 *     error bound), false when it is exact
 */
public record Keystone(ObjectiveId objective, double betweenness, int outcomesReached, boolean approximate) {

  /**
   * Validates the components.
   *
   * @param objective the objective
   * @param betweenness its betweenness centrality: over all ordered pairs of other objectives, the share of the shortest chains between them that pass through it (Brandes; not normalised)
   * @param outcomesReached how many top-row objectives other than itself a chain of links from it reaches
   * @param approximate true when the betweenness is an estimate from sampled sources, false when it is exact
   * @throws io.github.bsckit.core.ValidationException if a number is negative or betweenness is not finite
   */
  public Keystone {
    Objects.requireNonNull(objective, "objective");
    Checks c = new Checks();
    c.check(betweenness >= 0 && betweenness < Double.POSITIVE_INFINITY, "betweenness",
        "must be a finite number >= 0 but was " + betweenness);
    c.check(outcomesReached >= 0, "outcomesReached", "must be >= 0 but was " + outcomesReached);
    c.throwIfAny();
  }

  /**
   * A keystone whose betweenness is exact.
   *
   * @param objective the objective
   * @param betweenness its exact betweenness centrality (not normalised)
   * @param outcomesReached how many top-row objectives other than itself a chain of links from it reaches
   * @throws io.github.bsckit.core.ValidationException if a number is negative or betweenness is not finite
   */
  public Keystone(ObjectiveId objective, double betweenness, int outcomesReached) {
    this(objective, betweenness, outcomesReached, false);
  }

  /**
   * {@return for example {@code P1 (betweenness 4, reaches 2 outcomes)}, or {@code P1 (betweenness about 412300
   * (estimated), reaches 2 outcomes)} when approximate}
   */
  @Override
  public String toString() {
    return objective + " (betweenness " + (approximate ? "about " : "") + Numbers.significant(betweenness, 4)
        + (approximate ? " (estimated)" : "") + ", reaches " + Numbers.plural(outcomesReached, "outcome") + ")";
  }
}
