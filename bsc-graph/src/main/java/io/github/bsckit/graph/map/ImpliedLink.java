package io.github.bsckit.graph.map;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import java.util.List;
import java.util.Objects;

/**
 * A link that a longer chain of links already implies: removing it changes no objective's reach. Immutable and
 * thread-safe.
 *
 * @param link the redundant link
 * @param chain a longer chain from the link's cause to its effect, both included (at least three objectives)
 */
public record ImpliedLink(CausalLink link, List<ObjectiveId> chain) {

  /**
   * Validates the components and copies the chain.
   *
   * @param link the redundant link
   * @param chain a longer chain from the link's cause to its effect, both included (at least three objectives)
   * @throws io.github.bsckit.core.ValidationException if the chain does not run from the link's cause to its effect through another objective
   */
  public ImpliedLink {
    Objects.requireNonNull(link, "link");
    chain = List.copyOf(chain);
    if (chain.size() < 3 || !chain.get(0).equals(link.from()) || !chain.get(chain.size() - 1).equals(link.to())) {
      throw Checks.invalid("chain", "must run from " + link.from() + " to " + link.to()
          + " through at least one other objective but was " + chain);
    }
  }

  /** {@return for example {@code L1 -> C1 (implied by L1 -> P1 -> C1)}} */
  @Override
  public String toString() {
    return link.from() + " -> " + link.to() + " (implied by " + StrategyMap.arrows(chain) + ")";
  }
}
