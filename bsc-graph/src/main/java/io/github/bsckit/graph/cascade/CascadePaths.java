package io.github.bsckit.graph.cascade;

import io.github.bsckit.core.portfolio.UnitObjective;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The paths from one objective to another along the combined map: how many there are, exactly, and the first
 * few of them. Immutable and thread-safe.
 *
 * @param from where the paths start
 * @param to where they end
 * @param count the exact number of paths, counted by dynamic programming and never by listing them
 * @param listed at most the limit asked for, each from {@code from} to {@code to}, depth first in the order of the arrows
 */
public record CascadePaths(UnitObjective from, UnitObjective to, BigInteger count, List<List<UnitObjective>> listed) {

  /**
   * Copies the paths and rejects nulls.
   *
   * @param from where the paths start
   * @param to where they end
   * @param count the exact number of paths
   * @param listed the paths listed
   */
  public CascadePaths {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(count, "count");
    listed = listed.stream().map(List::copyOf).toList();
  }

  /** {@return true if fewer paths are listed than there are} */
  public boolean truncated() {
    return count.compareTo(BigInteger.valueOf(listed.size())) > 0;
  }

  /** {@return the count, then one path a line, for example {@code team-a/T1 -> retail/C1 -> corp/C1}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(from + " to " + to + ": " + count + (count.equals(BigInteger.ONE) ? " path"
        : " paths"));
    for (List<UnitObjective> p : listed) {
      sb.append("\n  ").append(p.stream().map(UnitObjective::toString).collect(Collectors.joining(" -> ")));
    }
    if (truncated()) {
      sb.append("\n  … and ").append(count.subtract(BigInteger.valueOf(listed.size()))).append(" more");
    }
    return sb.toString();
  }
}
