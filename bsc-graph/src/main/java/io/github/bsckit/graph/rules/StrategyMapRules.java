package io.github.bsckit.graph.rules;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.rules.Rule;
import io.github.bsckit.core.rules.RuleContext;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.Objects;

/**
 * The causality rules of the strategy map. Their ids are stable and part of the public contract; compose them
 * with the core rules as {@code RuleSet.core().and(StrategyMapRules.all())}. The rules of one validation share
 * one {@link StrategyMap}, built on first use through {@link #map(RuleContext)}.
 *
 * <p>Rules about single arrows look at the map's {@linkplain StrategyMap#graph() graph}: one arrow per pair
 * of objectives, so a duplicated link is reported once, by {@code duplicate-link}, not once per copy by every
 * rule. When a map has no arrows at all, {@code no-links} says so once and the per-objective reach rules
 * ({@code isolated-objective}, {@code no-path-to-outcome}, {@code unsupported-outcome}) stay quiet instead of
 * flagging every objective; the two outcome rules also leave objectives with no links to
 * {@code isolated-objective}, and stay quiet on a map with a single perspective.
 *
 * <table>
 *   <caption>Strategy map rules</caption>
 *   <tr><th>id</th><th>default</th><th>fires when</th></tr>
 *   <tr><td>{@code cycle}</td><td>ERROR</td><td>a chain of links leads back to where it started; once per
 *       elementary cycle, naming its objectives in order (the first 50; then one violation naming the objectives
 *       on cycles)</td></tr>
 *   <tr><td>{@code self-link}</td><td>ERROR</td><td>a link starts and ends at the same objective</td></tr>
 *   <tr><td>{@code duplicate-link}</td><td>WARNING</td><td>the same pair of objectives is linked more than once
 *       (analyses use the first link)</td></tr>
 *   <tr><td>{@code downward-link}</td><td>WARNING</td><td>a link's effect sits in a lower perspective than its
 *       cause (a warning, not an error: public-sector maps draw resources below processes and point at them)</td></tr>
 *   <tr><td>{@code within-perspective-link}</td><td>INFO</td><td>both ends sit in the same perspective</td></tr>
 *   <tr><td>{@code skipped-perspective}</td><td>INFO</td><td>an upward link jumps over a perspective</td></tr>
 *   <tr><td>{@code no-links}</td><td>WARNING</td><td>a map of two or more objectives has no link between
 *       distinct objectives</td></tr>
 *   <tr><td>{@code isolated-objective}</td><td>WARNING</td><td>an objective has no link to or from another</td></tr>
 *   <tr><td>{@code no-path-to-outcome}</td><td>WARNING</td><td>no chain of links leads from an objective below the
 *       top row to any objective of the top row (or the top row is empty)</td></tr>
 *   <tr><td>{@code unsupported-outcome}</td><td>WARNING</td><td>no chain of links leads to a top-row objective
 *       from any objective of a lower row</td></tr>
 *   <tr><td>{@code redundant-link}</td><td>INFO</td><td>a longer chain implies the link (found by transitive
 *       reduction; quiet on a cyclic map, whose reduction is not unique)</td></tr>
 *   <tr><td>{@code theme-crossing}</td><td>INFO</td><td>both ends serve themes, but no theme in common</td></tr>
 * </table>
 */
public final class StrategyMapRules {
  /** Id of the rule that reports cycles of links. */
  public static final String CYCLE = "cycle";
  /** Id of the rule that reports links from an objective to itself. */
  public static final String SELF_LINK = "self-link";
  /** Id of the rule that reports a pair of objectives linked more than once. */
  public static final String DUPLICATE_LINK = "duplicate-link";
  /** Id of the rule that reports links pointing to a lower perspective. */
  public static final String DOWNWARD_LINK = "downward-link";
  /** Id of the rule that reports links within one perspective. */
  public static final String WITHIN_PERSPECTIVE_LINK = "within-perspective-link";
  /** Id of the rule that reports links jumping over a perspective. */
  public static final String SKIPPED_PERSPECTIVE = "skipped-perspective";
  /** Id of the rule that reports a map without links. */
  public static final String NO_LINKS = "no-links";
  /** Id of the rule that reports objectives without links. */
  public static final String ISOLATED_OBJECTIVE = "isolated-objective";
  /** Id of the rule that reports objectives from which no chain reaches the top row. */
  public static final String NO_PATH_TO_OUTCOME = "no-path-to-outcome";
  /** Id of the rule that reports top-row objectives that nothing below drives. */
  public static final String UNSUPPORTED_OUTCOME = "unsupported-outcome";
  /** Id of the rule that reports links implied by longer chains. */
  public static final String REDUNDANT_LINK = "redundant-link";
  /** Id of the rule that reports links between objectives of different themes. */
  public static final String THEME_CROSSING = "theme-crossing";

  /** How many cycles {@link #cycle()} lists before it names the knot instead. */
  public static final int DEFAULT_MAX_CYCLES = 50;

  private static final RuleSet ALL = RuleSet.of(cycle(), selfLink(), duplicateLink(), downwardLink(),
      withinPerspectiveLink(), skippedPerspective(), noLinks(), isolatedObjective(), noPathToOutcome(),
      unsupportedOutcome(), redundantLink(), themeCrossing());

  private StrategyMapRules() {}

  /** {@return every strategy map rule with its default severity, in the order of the table above} */
  public static RuleSet all() {
    return ALL;
  }

  private static final RuleContext.Key<StrategyMap> MAP = RuleContext.Key.of("strategy map", StrategyMap::of);

  /**
   * Returns the strategy map of the scorecard being validated, built once per validation and shared by every
   * rule that asks, including rules users write.
   *
   * @param context the context of the running validation
   * @return the map of {@code context.scorecard()}
   */
  public static StrategyMap map(RuleContext context) {
    return Objects.requireNonNull(context, "context").derived(MAP);
  }

  /** {@return the {@code cycle} rule, listing up to {@value #DEFAULT_MAX_CYCLES} cycles} */
  public static Rule cycle() {
    return cycle(DEFAULT_MAX_CYCLES);
  }

  /**
   * {@return the {@code cycle} rule}
   *
   * @param maxReported the most cycles to list one by one, at least 1
   * @throws io.github.bsckit.core.ValidationException if maxReported is below 1
   */
  public static Rule cycle(int maxReported) {
    Checks.requireAtLeast("maxReported", maxReported, 1);
    return Rule.of(CYCLE, Severity.ERROR, "No chain of links leads from an objective back to itself",
        (s, ctx) -> ShapeChecks.cycle(s, ctx, maxReported));
  }

  /** {@return the {@code self-link} rule} */
  public static Rule selfLink() {
    return Rule.of(SELF_LINK, Severity.ERROR, "No link starts and ends at the same objective", LinkChecks::selfLink);
  }

  /** {@return the {@code duplicate-link} rule} */
  public static Rule duplicateLink() {
    return Rule.of(DUPLICATE_LINK, Severity.WARNING, "No pair of objectives is linked twice",
        LinkChecks::duplicateLink);
  }

  /** {@return the {@code downward-link} rule} */
  public static Rule downwardLink() {
    return Rule.of(DOWNWARD_LINK, Severity.WARNING, "No link points to a lower perspective",
        LinkChecks::downwardLink);
  }

  /** {@return the {@code within-perspective-link} rule} */
  public static Rule withinPerspectiveLink() {
    return Rule.of(WITHIN_PERSPECTIVE_LINK, Severity.INFO, "Links connect different perspectives",
        LinkChecks::withinPerspectiveLink);
  }

  /** {@return the {@code skipped-perspective} rule} */
  public static Rule skippedPerspective() {
    return Rule.of(SKIPPED_PERSPECTIVE, Severity.INFO, "Upward links go to the next perspective up",
        LinkChecks::skippedPerspective);
  }

  /** {@return the {@code no-links} rule} */
  public static Rule noLinks() {
    return Rule.of(NO_LINKS, Severity.WARNING, "A map of two or more objectives has links", ShapeChecks::noLinks);
  }

  /** {@return the {@code isolated-objective} rule} */
  public static Rule isolatedObjective() {
    return Rule.of(ISOLATED_OBJECTIVE, Severity.WARNING, "Every objective is linked to another",
        ShapeChecks::isolatedObjective);
  }

  /** {@return the {@code no-path-to-outcome} rule} */
  public static Rule noPathToOutcome() {
    return Rule.of(NO_PATH_TO_OUTCOME, Severity.WARNING,
        "From every objective below the top row a chain of links reaches the top row", ShapeChecks::noPathToOutcome);
  }

  /** {@return the {@code unsupported-outcome} rule} */
  public static Rule unsupportedOutcome() {
    return Rule.of(UNSUPPORTED_OUTCOME, Severity.WARNING,
        "Every top-row objective is reached by a chain of links from a lower row", ShapeChecks::unsupportedOutcome);
  }

  /** {@return the {@code redundant-link} rule} */
  public static Rule redundantLink() {
    return Rule.of(REDUNDANT_LINK, Severity.INFO, "No link is implied by a longer chain of links",
        ShapeChecks::redundantLink);
  }

  /** {@return the {@code theme-crossing} rule} */
  public static Rule themeCrossing() {
    return Rule.of(THEME_CROSSING, Severity.INFO, "Links stay within a theme", LinkChecks::themeCrossing);
  }
}
