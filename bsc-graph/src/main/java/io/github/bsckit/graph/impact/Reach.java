package io.github.bsckit.graph.impact;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.graph.map.Flow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The objectives upstream (drivers) or downstream (effects) of one objective, each with the fewest links
 * between them. Immutable and thread-safe.
 *
 * @param objective the objective looked from
 * @param flow {@link Flow#UPSTREAM} for drivers, {@link Flow#DOWNSTREAM} for effects
 * @param steps each objective reached with the fewest links to it, nearest first; the objective itself only
 *     when it lies on a cycle
 */
public record Reach(ObjectiveId objective, Flow flow, Map<ObjectiveId, Integer> steps) {

  /**
   * Validates and copies the components, keeping the order.
   *
   * @param objective the objective looked from
   * @param flow {@link Flow#UPSTREAM} for drivers, {@link Flow#DOWNSTREAM} for effects
   * @param steps each objective reached with the fewest links to it, nearest first; the objective itself only when it lies on a cycle
   */
  public Reach {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(flow, "flow");
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
  }

  /** {@return the objectives reached, nearest first} */
  public List<ObjectiveId> objectives() {
    return List.copyOf(steps.keySet());
  }

  /**
   * {@return true if the objective is reached}
   *
   * @param id an objective
   */
  public boolean contains(ObjectiveId id) {
    return steps.containsKey(Objects.requireNonNull(id, "id"));
  }

  /** {@return how many objectives are reached} */
  public int size() {
    return steps.size();
  }

  /** {@return for example {@code drivers of F1: C1 (1 link), P1 (2 links)}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(flow == Flow.UPSTREAM ? "drivers of " : "effects of ").append(objective)
        .append(':');
    if (steps.isEmpty()) {
      return sb.append(" none").toString();
    }
    String sep = " ";
    for (Map.Entry<ObjectiveId, Integer> e : steps.entrySet()) {
      sb.append(sep).append(e.getKey()).append(" (").append(Numbers.plural(e.getValue(), "link")).append(')');
      sep = ", ";
    }
    return sb.toString();
  }
}
