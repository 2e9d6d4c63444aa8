package io.github.bsckit.testkit.defects;

import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The built-in defect injectors: each takes a scorecard that passes every built-in rule and puts exactly one
 * named defect into it, so that a rule's test can check it fires on exactly that.
 *
 * <table>
 *   <caption>Injectors</caption>
 *   <tr><th>injector</th><th>what it does</th><th>side effects</th></tr>
 *   <tr><td>{@link #cycle()}</td><td>walks up existing links and adds the link back down to the start</td>
 *       <td>{@code downward-link}</td></tr>
 *   <tr><td>{@link #downwardLink()}</td><td>adds a link to an objective of the same themes in the row below,
 *       where that creates no cycle and no implied link</td><td>none</td></tr>
 *   <tr><td>{@link #isolatedObjective()}</td><td>adds an objective without links below the top row</td>
 *       <td>none</td></tr>
 *   <tr><td>{@link #unsupportedOutcome()}</td><td>takes the links into a top-row objective away, redirecting
 *       drivers that would lose their only effect, and links it to a top-row neighbour so that it is not
 *       isolated</td><td>{@code within-perspective-link}</td></tr>
 *   <tr><td>{@link #missingTarget()}</td><td>removes a KPI's target</td><td>none</td></tr>
 *   <tr><td>{@link #targetOnWrongSide()}</td><td>mirrors a KPI's target around its baseline</td>
 *       <td>none</td></tr>
 * </table>
 *
 * <p>Side effects are the other built-in rules that report the same defect because it cannot be made alone;
 * none is an ERROR-level rule. With bsc-core's {@code RuleSet.core()} and bsc-graph's
 * {@code StrategyMapRules.all()}, exactly the defect's rule and its side effects fire on the changed scorecard,
 * the defect's rule on exactly its subjects (bsc-graph's tests check this for every injector). Beyond them no
 * injector adds anything another rule reports: no self-link, duplicate link, theme crossing or link implied by
 * a longer chain, and no second cycle.
 */
public final class Defects {
  private static final List<DefectInjector> ALL = List.of(cycle(), downwardLink(), isolatedObjective(),
      unsupportedOutcome(), missingTarget(), targetOnWrongSide());

  private Defects() {}

  /** {@return the injector of a cycle} */
  public static DefectInjector cycle() {
    return new Injector(DefectKind.CYCLE, LinkDefects::cycle);
  }

  /** {@return the injector of a downward link} */
  public static DefectInjector downwardLink() {
    return new Injector(DefectKind.DOWNWARD_LINK, LinkDefects::downwardLink);
  }

  /** {@return the injector of an isolated objective} */
  public static DefectInjector isolatedObjective() {
    return new Injector(DefectKind.ISOLATED_OBJECTIVE, ObjectiveDefects::isolatedObjective);
  }

  /** {@return the injector of an unsupported outcome} */
  public static DefectInjector unsupportedOutcome() {
    return new Injector(DefectKind.UNSUPPORTED_OUTCOME, ObjectiveDefects::unsupportedOutcome);
  }

  /** {@return the injector of a KPI without target} */
  public static DefectInjector missingTarget() {
    return new Injector(DefectKind.MISSING_TARGET, KpiDefects::missingTarget);
  }

  /** {@return the injector of a target on the wrong side of its baseline} */
  public static DefectInjector targetOnWrongSide() {
    return new Injector(DefectKind.TARGET_DIRECTION_MISMATCH, KpiDefects::targetOnWrongSide);
  }

  /**
   * {@return the injector of a kind of defect}
   *
   * @param kind the kind
   */
  public static DefectInjector of(DefectKind kind) {
    Objects.requireNonNull(kind, "kind");
    return ALL.get(kind.ordinal());
  }

  /** {@return every built-in injector, in the order of {@link DefectKind}} */
  public static List<DefectInjector> all() {
    return ALL;
  }

  /**
   * {@return a generator that draws a kind of defect, then makes a scorecard and puts that defect into it}
   *
   * @param scorecards makes valid scorecards
   */
  public static Generator<InjectedDefect> any(Generator<Scorecard> scorecards) {
    Objects.requireNonNull(scorecards, "scorecards");
    return source -> ALL.get(source.between(0, ALL.size() - 1)).into(scorecards).generate(source);
  }

  /** An injector made of its kind and a function. */
  private record Injector(DefectKind kind, BiFunction<Scorecard, Source, Optional<InjectedDefect>> function)
      implements DefectInjector {

    @Override
    public Optional<InjectedDefect> inject(Scorecard scorecard, Source source) {
      Objects.requireNonNull(scorecard, "scorecard");
      Objects.requireNonNull(source, "source");
      return function.apply(scorecard, source);
    }

    @Override
    public String toString() {
      return "DefectInjector[" + kind.ruleId() + "]";
    }
  }
}
