package io.github.bsckit.graph.impact;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.ObjectiveId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The simple paths found from a driver, to one target or to every outcome it serves, cut at a limit the caller
 * set. Immutable and thread-safe.
 *
 * @param from the driver
 * @param to the target, or empty when the paths lead to every top-row objective the driver reaches
 * @param paths the paths found, in search order (links followed in declaration order)
 * @param limit the most paths the caller asked for
 * @param truncated true if there are more paths than {@code limit}
 */
public record PathSet(ObjectiveId from, Optional<ObjectiveId> to, List<ImpactPath> paths, int limit,
    boolean truncated) {

  /**
   * Validates and copies the components.
   *
   * @param from the driver
   * @param to the target, or empty when the paths lead to every top-row objective the driver reaches
   * @param paths the paths found, in search order (links followed in declaration order)
   * @param limit the most paths the caller asked for
   * @param truncated true if there are more paths than {@code limit}
   * @throws io.github.bsckit.core.ValidationException if {@code limit} is below 1 or below the number of paths
   */
  public PathSet {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    paths = List.copyOf(paths);
    Checks.requireAtLeast("limit", limit, Math.max(1, paths.size()));
  }

  /** {@return the number of paths found} */
  public int size() {
    return paths.size();
  }

  /** {@return a heading line, then one path per line, then a note when the list was cut} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(Numbers.plural(paths.size(), "path")).append(" from ").append(from)
        .append(to.map(t -> " to " + t).orElse(" to the outcomes")).append(':');
    for (ImpactPath p : paths) {
      sb.append("\n  ").append(p);
    }
    if (truncated) {
      sb.append("\n  ... cut at the limit of ").append(limit).append("; there are more");
    }
    return sb.toString();
  }
}
