package io.github.bsckit.examples.rules;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.Rule;
import io.github.bsckit.core.rules.RuleContext;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.graph.rules.StrategyMapRules;

/**
 * A team's own strategy rule: every customer objective is driven by at least one internal-process objective,
 * that is, some link leads straight from a process objective to it. The built-in rules only ask that top-row
 * objectives be driven by something; this team wants every promise to customers backed by a process that
 * delivers it. The worked example of {@code docs/property-testing.md}, whose property tests are in
 * {@code CustomerDrivenByProcessTest}.
 *
 * <pre>{@code
 * RuleSet ours = RuleSet.core().and(StrategyMapRules.all()).with(CustomerDrivenByProcess.rule());
 * ValidationReport report = ours.validate(scorecard);
 * }</pre>
 *
 * <p>It reads the strategy map through {@link StrategyMapRules#map(RuleContext)}, so it shares the map the
 * causality rules build in the same validation. A scorecard without a customer or an internal-process
 * perspective has nothing for it to judge. Immutable and thread-safe.
 */
public final class CustomerDrivenByProcess {
  /** The rule's id. */
  public static final String ID = "customer-driven-by-process";

  private static final PerspectiveId CUSTOMER = Perspective.CUSTOMER.id();
  private static final PerspectiveId PROCESS = Perspective.INTERNAL_PROCESS.id();

  private static final Rule RULE = Rule.of(ID, Severity.WARNING,
      "Every customer objective is driven by at least one internal-process objective", CustomerDrivenByProcess::check);

  private CustomerDrivenByProcess() {}

  /** {@return the rule, a WARNING by default} */
  public static Rule rule() {
    return RULE;
  }

  private static void check(Scorecard s, RuleContext ctx) {
    if (s.perspective(CUSTOMER).isEmpty() || s.perspective(PROCESS).isEmpty()) {
      return;
    }
    StrategyMap map = StrategyMapRules.map(ctx);
    for (ObjectiveId customer : map.row(map.rankOf(CUSTOMER))) {
      boolean driven = map.directCauses(customer).stream()
          .anyMatch(cause -> map.perspectiveOf(cause).id().equals(PROCESS));
      if (!driven) {
        ctx.report("customer objective " + customer + " \"" + map.objective(customer).orElseThrow().name() + "\" is driven by no"
            + " internal-process objective; link the process that delivers it", customer);
      }
    }
  }
}
