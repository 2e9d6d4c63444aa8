package io.github.bsckit.core.rules;

import io.github.bsckit.core.model.ElementId;
import io.github.bsckit.core.model.Scorecard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a {@link Rule} reports to while it checks one scorecard, and a cache of structures derived from that
 * scorecard that several rules share (bsc-graph's strategy map is built once per validation, not once per
 * rule). One context serves one {@link RuleSet#validate} call; it is not thread-safe.
 */
public final class RuleContext {
  private final Scorecard scorecard;
  private final List<Violation> out;
  private Map<Key<?>, Object> memo;
  private String ruleId;
  private Severity severity;

  RuleContext(Scorecard scorecard, List<Violation> out) {
    this.scorecard = scorecard;
    this.out = out;
  }

  void enter(String id, Severity s) {
    this.ruleId = id;
    this.severity = s;
  }

  /** {@return the scorecard being checked} */
  public Scorecard scorecard() {
    return scorecard;
  }

  /**
   * Reports a finding of the current rule.
   *
   * @param message what is wrong, naming the elements
   * @param subjects the ids of the elements concerned, most relevant first
   */
  public void report(String message, ElementId... subjects) {
    out.add(new Violation(ruleId, severity, List.of(subjects), message));
  }

  /**
   * Reports a finding of the current rule.
   *
   * @param message what is wrong, naming the elements
   * @param subjects the ids of the elements concerned, most relevant first
   */
  public void report(String message, List<? extends ElementId> subjects) {
    out.add(new Violation(ruleId, severity, new ArrayList<>(subjects), message));
  }

  /**
   * Returns a structure derived from the scorecard, computing it with the key's function on first use in this
   * validation; later calls with the same key, from any rule, get the same value.
   *
   * <pre>{@code
   * static final RuleContext.Key<StrategyMap> MAP = RuleContext.Key.of("strategy map", StrategyMap::of);
   * StrategyMap map = context.derived(MAP);
   * }</pre>
   *
   * @param key identifies the structure and computes it
   * @param <T> the structure's type
   * @return the structure
   */
  public <T> T derived(Key<T> key) {
    Objects.requireNonNull(key, "key");
    if (memo == null) {
      memo = new HashMap<>();
    }
    Object value = memo.get(key);
    if (value == null) {
      value = Objects.requireNonNull(key.compute.apply(scorecard), "derived structure " + key.name);
      memo.put(key, value);
    }
    return key.type(value);
  }

  /**
   * A structure several rules derive from the scorecard under check, and how to compute it. Keys are equal only
   * to themselves: keep one in a constant and share it. Immutable and thread-safe.
   *
   * @param <T> the structure's type
   */
  public static final class Key<T> {
    private final String name;
    private final Function<? super Scorecard, ? extends T> compute;

    private Key(String name, Function<? super Scorecard, ? extends T> compute) {
      this.name = name;
      this.compute = compute;
    }

    /**
     * {@return a new key}
     *
     * @param name what the structure is, for messages (for example {@code strategy map})
     * @param compute computes it from the scorecard; must not return null
     * @param <T> the structure's type
     */
    public static <T> Key<T> of(String name, Function<? super Scorecard, ? extends T> compute) {
      return new Key<>(Objects.requireNonNull(name, "name"), Objects.requireNonNull(compute, "compute"));
    }

    /** The memo holds only values this key computed, so the cast cannot fail. */
    @SuppressWarnings("unchecked")
    private T type(Object value) {
      return (T) value;
    }

    /** {@return the name given} */
    @Override
    public String toString() {
      return name;
    }
  }
}
