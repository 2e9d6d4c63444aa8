package io.github.bsckit.core.rules;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.Scorecard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered set of {@link Rule}s with per-rule severity overrides. Immutable and thread-safe; every
 * {@code with…} returns a new set. Rule sets compose: {@code RuleSet.core().and(StrategyMapRules.all())}.
 *
 * <pre>{@code
 * ValidationReport report = RuleSet.core()
 *     .withSeverity("too-many-kpis", Severity.ERROR)
 *     .without("theme-count")
 *     .validate(scorecard);
 * }</pre>
 */
public final class RuleSet {
  private static final RuleSet EMPTY = new RuleSet(List.of(), Map.of());

  private final List<Rule> rules;
  private final Severity[] severities;
  private final Map<String, Severity> overrides;

  private RuleSet(List<Rule> rules, Map<String, Severity> overrides) {
    this.rules = List.copyOf(rules);
    this.overrides = Map.copyOf(overrides);
    this.severities = new Severity[this.rules.size()];
    for (int i = 0; i < severities.length; i++) {
      Rule r = this.rules.get(i);
      severities[i] = this.overrides.getOrDefault(r.id(), r.defaultSeverity());
    }
  }

  /** {@return a set with no rules} */
  public static RuleSet empty() {
    return EMPTY;
  }

  /**
   * {@return a set of the given rules, in order}
   *
   * @param rules the rules; ids must be unique
   * @throws BscException if two rules share an id
   */
  public static RuleSet of(Rule... rules) {
    return of(Arrays.asList(rules));
  }

  /**
   * {@return a set of the given rules, in order}
   *
   * @param rules the rules; ids must be unique
   * @throws BscException if two rules share an id
   */
  public static RuleSet of(List<? extends Rule> rules) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule r : rules) {
      Objects.requireNonNull(r, "rule");
      if (byId.put(RuleIds.check(r.id()), r) != null) {
        throw new BscException("two rules share the id \"" + r.id() + "\"");
      }
    }
    return new RuleSet(new ArrayList<>(byId.values()), Map.of());
  }

  /** {@return the built-in core rules with their default severities; see {@link CoreRules}} */
  public static RuleSet core() {
    return CoreRules.all();
  }

  /** {@return the rules, in the order they run; unmodifiable} */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * {@return the severity a rule's violations get in this set}
   *
   * @param ruleId the rule's id
   * @throws BscException if the set has no such rule
   */
  public Severity severityOf(String ruleId) {
    return severities[indexOf(ruleId)];
  }

  /**
   * Returns this set with a rule added at the end, or replacing the rule with the same id in place.
   *
   * @param rule the rule
   * @return a new set
   */
  public RuleSet with(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    RuleIds.check(rule.id());
    List<Rule> copy = new ArrayList<>(rules);
    int at = find(rule.id());
    if (at >= 0) {
      copy.set(at, rule);
    } else {
      copy.add(rule);
    }
    return new RuleSet(copy, overrides);
  }

  /**
   * Returns the union of this set and another: the other's rules replace same-id ones in place or come after,
   * and the other's overrides win.
   *
   * @param other another set
   * @return a new set
   */
  public RuleSet and(RuleSet other) {
    Objects.requireNonNull(other, "other");
    RuleSet merged = this;
    for (Rule r : other.rules) {
      merged = merged.with(r);
    }
    Map<String, Severity> o = new HashMap<>(overrides);
    o.putAll(other.overrides);
    return new RuleSet(merged.rules, o);
  }

  /**
   * Returns this set with one rule's severity overridden.
   *
   * @param ruleId the rule's id
   * @param severity the severity its violations get
   * @return a new set
   * @throws BscException if the set has no such rule
   */
  public RuleSet withSeverity(String ruleId, Severity severity) {
    Objects.requireNonNull(severity, "severity");
    indexOf(ruleId);
    Map<String, Severity> o = new HashMap<>(overrides);
    o.put(ruleId, severity);
    return new RuleSet(rules, o);
  }

  /**
   * Returns this set without a rule.
   *
   * @param ruleId the rule's id
   * @return a new set
   * @throws BscException if the set has no such rule
   */
  public RuleSet without(String ruleId) {
    List<Rule> copy = new ArrayList<>(rules);
    copy.remove(indexOf(ruleId));
    Map<String, Severity> o = new HashMap<>(overrides);
    o.remove(ruleId);
    return new RuleSet(copy, o);
  }

  /**
   * Runs every rule on a scorecard. Apart from the report and its violations, a validation whose rules are
   * all core rules allocates nothing.
   *
   * @param scorecard the scorecard
   * @return the violations, in rule order
   */
  public ValidationReport validate(Scorecard scorecard) {
    Objects.requireNonNull(scorecard, "scorecard");
    List<Violation> out = new ArrayList<>();
    RuleContext context = new RuleContext(scorecard, out);
    for (int i = 0; i < severities.length; i++) {
      Rule r = rules.get(i);
      context.enter(r.id(), severities[i]);
      r.check(scorecard, context);
    }
    return new ValidationReport(out);
  }

  private int find(String ruleId) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(ruleId)) {
        return i;
      }
    }
    return -1;
  }

  private int indexOf(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    int at = find(ruleId);
    if (at < 0) {
      throw new BscException("no rule \"" + ruleId + "\" in this set; it has " + rules.stream().map(Rule::id).toList());
    }
    return at;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSet other && rules.equals(other.rules) && overrides.equals(other.overrides);
  }

  @Override
  public int hashCode() {
    return rules.hashCode() * 31 + overrides.hashCode();
  }

  /** {@return the rule ids with their severities} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RuleSet[");
    for (int i = 0; i < severities.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(rules.get(i).id()).append('=').append(severities[i]);
    }
    return sb.append(']').toString();
  }
}
