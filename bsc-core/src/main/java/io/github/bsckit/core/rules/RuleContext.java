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
  private Map<Object, Object> memo;
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
   * Returns a structure derived from the scorecard, computing it on first use in this validation.
   *
   * @param key identifies the structure (for example its class)
   * @param compute computes it from the scorecard
   * @param <T> the structure's type
   * @return the structure
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<? super Scorecard, ? extends T> compute) {
    Objects.requireNonNull(key, "key");
    if (memo == null) {
      memo = new HashMap<>();
    }
    Object value = memo.get(key);
    if (value == null) {
      value = Objects.requireNonNull(compute.apply(scorecard), "derived structure");
      memo.put(key, value);
    }
    return (T) value;
  }
}
