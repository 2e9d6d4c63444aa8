package io.github.bsckit.graph.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.Rule;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.core.rules.Violation;
import io.github.bsckit.graph.Fixtures;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The strategy map rules at their edges: one of a kind, exactly the limit, exactly two objectives, one row. */
@Tag("text")
class RuleEdgesTest {

  private static List<String> messages(ValidationReport report, String ruleId) {
    return report.ofRule(ruleId).stream().map(Violation::message).toList();
  }

  @Test
  void eachRuleFactoryGivesTheRuleThatAllListsUnderItsId() {
    List<Supplier<Rule>> factories = List.of(StrategyMapRules::cycle, StrategyMapRules::selfLink,
        StrategyMapRules::duplicateLink, StrategyMapRules::downwardLink, StrategyMapRules::withinPerspectiveLink,
        StrategyMapRules::skippedPerspective, StrategyMapRules::noLinks, StrategyMapRules::isolatedObjective,
        StrategyMapRules::noPathToOutcome, StrategyMapRules::unsupportedOutcome, StrategyMapRules::redundantLink,
        StrategyMapRules::themeCrossing);
    List<Rule> listed = StrategyMapRules.all().rules();

    assertThat(factories).hasSameSizeAs(listed);
    for (int i = 0; i < factories.size(); i++) {
      Rule made = factories.get(i).get();
      assertThat(made.id()).isEqualTo(listed.get(i).id());
      assertThat(made.defaultSeverity()).isEqualTo(listed.get(i).defaultSeverity());
      assertThat(made.description()).isEqualTo(listed.get(i).description());
    }
  }

  @Test
  void aSingleSelfLinkIsReportedWithoutACount() {
    ValidationReport report = RuleSet.of(StrategyMapRules.selfLink()).validate(Fixtures.crmBuilder()
        .link("P1", "P1").build());

    assertThat(messages(report, "self-link"))
        .containsExactly("objective P1 links to itself; an objective cannot be its own cause");
  }

  @Test
  void exactlyAsManyCyclesAsTheLimitAreAllListedWithoutNamingTheKnot() {
    Scorecard twoCycles = Fixtures.crmBuilder().link("C1", "L1").link("F1", "C1").build();

    assertThat(RuleSet.of(StrategyMapRules.cycle(2)).validate(twoCycles).ofRule("cycle"))
        .extracting(Violation::subjectIds).containsExactly(List.of("F1", "C1"), List.of("C1", "L1", "P1"));
    assertThat(RuleSet.of(StrategyMapRules.cycle(Integer.MAX_VALUE)).validate(twoCycles).ofRule("cycle"))
        .hasSize(2);
  }

  @Test
  void theKnotNamesOnlyTheObjectivesOnCycles() {
    Scorecard s = Fixtures.crmBuilder().link("C1", "L1").link("F1", "C1")
        .objective("X1", "Win Referrals", "customer").link("X1", "F1").build();

    assertThat(messages(RuleSet.of(StrategyMapRules.cycle(1)).validate(s), "cycle")).last().asString()
        .isEqualTo("the map has more than 1 cycles, among objectives [F1, C1, P1, L1]; only the first 1 are listed");
  }

  @Test
  void twoUnlinkedObjectivesAreAlreadyAMapWithoutLinks() {
    Scorecard s = Scorecard.builder("Pair").objective("F1", "Grow", "financial").objective("C1", "Keep", "customer")
        .build();

    assertThat(messages(StrategyMapRules.all().validate(s), "no-links")).containsExactly("the map has 2 objectives"
        + " but no links between them; draw the cause-and-effect arrows from the enablers at the bottom to the"
        + " outcomes at the top");
  }

  @Test
  void anOutcomeDrivenOnlyFromItsOwnRowIsUnsupported() {
    Scorecard s = Scorecard.builder("Flat top").objective("F1", "Grow Revenue", "financial")
        .objective("F2", "Cut Costs", "financial").objective("C1", "Keep Customers", "customer")
        .objective("P1", "Answer Fast", "internal-process").link("F2", "F1").link("P1", "C1").build();

    assertThat(StrategyMapRules.all().validate(s).ofRule("unsupported-outcome")).extracting(Violation::subjectIds)
        .containsExactly(List.of("F1"), List.of("F2"));
  }
}
