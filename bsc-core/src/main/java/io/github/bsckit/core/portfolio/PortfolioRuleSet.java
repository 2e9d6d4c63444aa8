package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.ElementId;
import io.github.bsckit.core.rules.DataQualityRules;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.core.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The rules of a portfolio as a whole, with their severities, plus the rule set every unit's own scorecard is
 * checked by. Immutable and thread-safe.
 *
 * <pre>{@code
 * PortfolioValidationReport report = PortfolioRuleSet.standard().validate(portfolio);
 * report.ofRule(PortfolioRuleSet.UNALIGNED_OBJECTIVE);
 * }</pre>
 *
 * <p>The rule ids are stable and part of the public contract:
 * <ul>
 *   <li>{@value #UNALIGNED_OBJECTIVE} (WARNING): an objective of a unit below the root supports nothing above.
 *   <li>{@value #UNSUPPORTED_OBJECTIVE} (WARNING): an objective of a unit with units under it that none of them
 *       supports.
 *   <li>{@value #ALIGNMENT_CYCLE} (ERROR): alignments that go round, so that an objective supports itself.
 *   <li>{@value #ALIGNMENT_SKIPS_LEVEL} (WARNING): an alignment to any unit other than the supporter's parent
 *       (a grandparent, a sibling, a unit below, the unit itself).
 *   <li>{@value #ROLLUP_UNIT_MISMATCH} (ERROR): a roll-up adding or comparing KPIs measured in different units
 *       (% with $); for a ratio of sums, numerators in different units, or denominators in different units.
 *   <li>{@value #ROLLUP_KIND_MISMATCH} (WARNING): a sum of LEVEL KPIs (states such as a rate or a balance, which
 *       add up only when they count things), or sources whose kind differs from the target's.
 *   <li>{@value #ORPHAN_UNIT} (ERROR): a unit without a parent besides the root: a portfolio is one tree.
 * </ul>
 *
 * <p>Each unit's own scorecard is checked by {@link #unitRules()} ({@link RuleSet#core()} unless set); those
 * findings follow, their subjects qualified by the unit ({@code retail/C1}, or {@code retail} for a finding about
 * the whole scorecard).
 */
public final class PortfolioRuleSet {
  /** Rule id: an objective of a unit below the root supports nothing above. */
  public static final String UNALIGNED_OBJECTIVE = "unaligned-objective";
  /** Rule id: an objective of a parent unit that no unit below supports. */
  public static final String UNSUPPORTED_OBJECTIVE = "unsupported-objective";
  /** Rule id: alignments that go round. */
  public static final String ALIGNMENT_CYCLE = "alignment-cycle";
  /** Rule id: an alignment to any unit but the supporter's parent. */
  public static final String ALIGNMENT_SKIPS_LEVEL = "alignment-skips-level";
  /** Rule id: a roll-up mixing measurement units. */
  public static final String ROLLUP_UNIT_MISMATCH = "rollup-unit-mismatch";
  /** Rule id: a roll-up summing levels or mixing KPI kinds. */
  public static final String ROLLUP_KIND_MISMATCH = "rollup-kind-mismatch";
  /** Rule id: a parentless unit besides the root. */
  public static final String ORPHAN_UNIT = "orphan-unit";

  private static final Map<String, Severity> DEFAULTS = defaults();
  private static final PortfolioRuleSet STANDARD = new PortfolioRuleSet(DEFAULTS, RuleSet.core());

  private final Map<String, Severity> rules;
  private final RuleSet unitRules;

  private PortfolioRuleSet(Map<String, Severity> rules, RuleSet unitRules) {
    this.rules = rules;
    this.unitRules = unitRules;
  }

  private static Map<String, Severity> defaults() {
    Map<String, Severity> m = new LinkedHashMap<>();
    m.put(ORPHAN_UNIT, Severity.ERROR);
    m.put(ALIGNMENT_CYCLE, Severity.ERROR);
    m.put(ALIGNMENT_SKIPS_LEVEL, Severity.WARNING);
    m.put(UNALIGNED_OBJECTIVE, Severity.WARNING);
    m.put(UNSUPPORTED_OBJECTIVE, Severity.WARNING);
    m.put(ROLLUP_UNIT_MISMATCH, Severity.ERROR);
    m.put(ROLLUP_KIND_MISMATCH, Severity.WARNING);
    return Collections.unmodifiableMap(m);
  }

  /** {@return every portfolio rule at its default severity, with {@link RuleSet#core()} for each unit} */
  public static PortfolioRuleSet standard() {
    return STANDARD;
  }

  /** {@return the ids of the portfolio rules in this set, in the order they run} */
  public List<String> ruleIds() {
    return List.copyOf(rules.keySet());
  }

  /**
   * {@return the severity a portfolio rule reports with in this set}
   *
   * @param ruleId a portfolio rule's id
   * @throws BscException if the set has no such rule
   */
  public Severity severityOf(String ruleId) {
    return rules.get(known(ruleId));
  }

  /** {@return the rule set each unit's own scorecard is checked by} */
  public RuleSet unitRules() {
    return unitRules;
  }

  /**
   * {@return this set checking each unit's scorecard by other rules (for example with bsc-graph's map rules)}
   *
   * @param unitRules the rules
   */
  public PortfolioRuleSet withUnitRules(RuleSet unitRules) {
    return new PortfolioRuleSet(rules, Objects.requireNonNull(unitRules, "unitRules"));
  }

  /**
   * {@return this set with one portfolio rule reporting at another severity}
   *
   * @param ruleId the rule's id
   * @param severity the severity
   * @throws BscException if the set has no such rule
   */
  public PortfolioRuleSet withSeverity(String ruleId, Severity severity) {
    Objects.requireNonNull(severity, "severity");
    Map<String, Severity> copy = new LinkedHashMap<>(rules);
    copy.put(known(ruleId), severity);
    return new PortfolioRuleSet(Collections.unmodifiableMap(copy), unitRules);
  }

  /**
   * {@return this set without one portfolio rule}
   *
   * @param ruleId the rule's id
   * @throws BscException if the set has no such rule
   */
  public PortfolioRuleSet without(String ruleId) {
    Map<String, Severity> copy = new LinkedHashMap<>(rules);
    copy.remove(known(ruleId));
    return new PortfolioRuleSet(Collections.unmodifiableMap(copy), unitRules);
  }

  private String known(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (!rules.containsKey(ruleId)) {
      throw new BscException("no portfolio rule \"" + ruleId + "\" in this set; it has " + rules.keySet());
    }
    return ruleId;
  }

  /**
   * Checks a portfolio: the portfolio rules, then every unit's scorecard by {@link #unitRules()}.
   *
   * <p>Cost: O(U + O + A + R·s) for the portfolio rules (units, objectives, alignments, roll-up sources) plus the
   * unit rules on every scorecard.
   *
   * @param portfolio the portfolio
   * @return the violations
   */
  public PortfolioValidationReport validate(Portfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    return validate(portfolio, u -> unitRules);
  }

  /**
   * Checks a portfolio and its data: {@link #validate(Portfolio)}, and every unit's actuals by the
   * {@linkplain DataQualityRules data-quality rules} as of a date (stale KPIs, gaps, actuals dated in the future
   * or before their baseline), each finding qualified by its unit like the unit rules'.
   *
   * <p>Cost: that of {@link #validate(Portfolio)} plus the data-quality rules on every unit's actuals.
   *
   * @param portfolio the portfolio
   * @param actuals each unit's actuals by unit id; a unit missing here has none (and its KPIs may be stale)
   * @param asOf the date the data are judged as of
   * @return the violations
   * @throws io.github.bsckit.core.ValidationException if {@code actuals} names a unit the portfolio does not have
   */
  public PortfolioValidationReport validate(Portfolio portfolio, Map<UnitId, Actuals> actuals, LocalDate asOf) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(asOf, "asOf");
    Consolidation.requireUnitsOf(portfolio, actuals);
    return validate(portfolio, u -> unitRules.and(DataQualityRules.of(actuals.getOrDefault(u, Actuals.empty()),
        asOf)));
  }

  private PortfolioValidationReport validate(Portfolio portfolio, Function<UnitId, RuleSet> rulesOf) {
    List<PortfolioViolation> out = new ArrayList<>();
    AlignmentChecks checks = new AlignmentChecks(portfolio);
    rules.forEach((id, severity) -> checks.run(id, (message, subjects) ->
        out.add(new PortfolioViolation(id, severity, subjects, message))));
    for (Unit u : portfolio.units()) {
      ValidationReport own = rulesOf.apply(u.id()).validate(u.scorecard());
      for (Violation v : own.violations()) {
        List<UnitElement> subjects = new ArrayList<>();
        for (ElementId e : v.subjects()) {
          subjects.add(UnitElement.of(u.id(), e));
        }
        if (subjects.isEmpty()) {
          subjects.add(UnitElement.of(u.id()));
        }
        out.add(new PortfolioViolation(v.ruleId(), v.severity(), subjects, "unit " + u.id() + ": " + v.message()));
      }
    }
    return new PortfolioValidationReport(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortfolioRuleSet p && rules.equals(p.rules) && unitRules.equals(p.unitRules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode() * 31 + unitRules.hashCode();
  }

  /** {@return the portfolio rules with their severities, and the unit rules} */
  @Override
  public String toString() {
    return "PortfolioRuleSet" + rules + " per unit " + unitRules;
  }
}
