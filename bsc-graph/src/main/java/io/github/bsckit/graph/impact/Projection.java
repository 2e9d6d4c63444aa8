package io.github.bsckit.graph.impact;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.ObjectiveId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a change in one objective projects onto every objective downstream of it. Immutable and thread-safe.
 *
 * @param source the objective that changes
 * @param change the change applied to it
 * @param damping the factor each link passes on, in (0, 1]
 * @param changes the projected change of each downstream objective, in topological order
 */
public record Projection(ObjectiveId source, double change, double damping, Map<ObjectiveId, Double> changes) {

  /**
   * Validates and copies the components, keeping the order.
   *
   * @param source the objective that changes
   * @param change the change applied to it
   * @param damping the factor each link passes on, in (0, 1]
   * @param changes the projected change of each downstream objective, in topological order
   */
  public Projection {
    Objects.requireNonNull(source, "source");
    changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
  }

  /**
   * {@return the projected change of an objective: 0 when the source does not reach it, the change itself for
   * the source}
   *
   * @param id the objective
   */
  public double changeOf(ObjectiveId id) {
    Objects.requireNonNull(id, "id");
    return id.equals(source) ? change : changes.getOrDefault(id, 0.0);
  }

  /** {@return a heading line, then one line per downstream objective} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("what if ").append(source).append(" changes by ")
        .append(Numbers.signed(change, 4)).append(" (damping ").append(Numbers.significant(damping, 4)).append("):");
    if (changes.isEmpty()) {
      sb.append(" nothing downstream");
    }
    changes.forEach((id, d) -> sb.append("\n  ").append(id).append(' ').append(Numbers.signed(d, 4)));
    return sb.toString();
  }
}
