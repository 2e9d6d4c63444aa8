package io.github.bsckit.graph.impact;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.ObjectiveId;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The exact number of simple paths from a driver to each top-row objective it serves. Immutable and
 * thread-safe.
 *
 * @param from the driver
 * @param byOutcome each outcome the driver reaches, in declaration order, with its number of paths (positive)
 */
public record PathCounts(ObjectiveId from, Map<ObjectiveId, BigInteger> byOutcome) {

  /**
   * Validates and copies the components, keeping the order.
   *
   * @param from the driver
   * @param byOutcome each outcome the driver reaches, in declaration order, with its number of paths (positive)
   * @throws io.github.bsckit.core.ValidationException if a count is not positive
   */
  public PathCounts {
    Objects.requireNonNull(from, "from");
    Map<ObjectiveId, BigInteger> copy = new LinkedHashMap<>();
    byOutcome.forEach((k, v) -> {
      if (Objects.requireNonNull(v, "count").signum() <= 0) {
        throw Checks.invalid("byOutcome." + k, "must be a positive count but was " + v);
      }
      copy.put(Objects.requireNonNull(k, "outcome"), v);
    });
    byOutcome = Collections.unmodifiableMap(copy);
  }

  /** {@return the number of paths to all outcomes together} */
  public BigInteger total() {
    return byOutcome.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
  }

  /**
   * {@return the number of paths to one outcome; zero if the driver does not reach it}
   *
   * @param outcome the outcome
   */
  public BigInteger to(ObjectiveId outcome) {
    return byOutcome.getOrDefault(Objects.requireNonNull(outcome, "outcome"), BigInteger.ZERO);
  }

  /** {@return the total, then one line per outcome} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(total()).append(" paths from ").append(from)
        .append(" to the outcomes");
    byOutcome.forEach((o, n) -> sb.append("\n  ").append(o).append(": ").append(n));
    return sb.toString();
  }
}
