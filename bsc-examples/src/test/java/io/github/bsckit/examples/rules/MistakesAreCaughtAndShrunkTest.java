package io.github.bsckit.examples.rules;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.Rule;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.core.rules.Violation;
import io.github.bsckit.examples.rules.CustomerDrivenByProcessTest.Cut;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.graph.rules.StrategyMapRules;
import io.github.bsckit.testkit.quicktheories.FalsificationRecorder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two plausible mistakes in writing {@link CustomerDrivenByProcess}, and how its property tests catch them:
 * QuickTheories finds a counterexample and shrinks it to the smallest scorecard that still shows the mistake.
 * {@code docs/property-testing.md} shows the report for the first.
 */
class MistakesAreCaughtAndShrunkTest {

  /** The rule with an early exit: it stops looking once it meets a customer objective that is driven. */
  static final Rule STOPS_EARLY = Rule.of(CustomerDrivenByProcess.ID, Severity.WARNING,
      "Every customer objective is driven by at least one internal-process objective", (s, ctx) -> {
        StrategyMap map = StrategyMapRules.map(ctx);
        for (ObjectiveId customer : map.row(map.rankOf(Perspective.CUSTOMER.id()))) {
          boolean driven = map.directCauses(customer).stream()
              .anyMatch(c -> map.perspectiveOf(c).id().equals(Perspective.INTERNAL_PROCESS.id()));
          if (driven) {
            break; // the mistake: "found one, done"
          }
          ctx.report("customer objective " + customer + " is driven by no internal-process objective", customer);
        }
      });

  /**
   * The rule written with ranks, looking the wrong way: ranks count from the bottom row, so the row that drives
   * customer objectives is one rank lower, not one higher.
   */
  static final Rule LOOKS_THE_WRONG_WAY = Rule.of(CustomerDrivenByProcess.ID, Severity.WARNING,
      "Every customer objective is driven from the row below", (s, ctx) -> {
        StrategyMap map = StrategyMapRules.map(ctx);
        int customerRank = map.rankOf(Perspective.CUSTOMER.id());
        for (ObjectiveId customer : map.row(customerRank)) {
          if (map.directCauses(customer).stream().noneMatch(c -> map.rankOf(c) == customerRank + 1)) {
            ctx.report("customer objective " + customer + " is driven by no objective of the row below", customer);
          }
        }
      });

  @Test
  void aRuleThatStopsEarlyIsCaughtOnTheInjectedDefectAndShrunk() {
    // No valid scorecard shows this mistake, since every customer objective in them is driven; the cut does.
    // Shrinking is a search with a budget: 10,000 cycles reach the smallest case from this seed in a second or
    // two, where QuickTheories' default (100 cycles per default example, 100,000) takes over ten seconds for the
    // same result.
    FalsificationRecorder recorder = new FalsificationRecorder();
    assertThatThrownBy(() -> qt().withFixedSeed(42).withExamples(500).withShrinkCycles(10_000).withReporter(recorder)
        .forAll(gen(CustomerDrivenByProcessTest.CUTS)).checkAssert(cut ->
            assertThat(RuleSet.of(STOPS_EARLY).validate(cut.scorecard()).violations())
                .extracting(Violation::subjectIds).containsExactly(List.of(cut.customer().value()))))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Smallest found falsifying value(s) :-");

    Cut smallest = recorder.smallest(Cut.class);
    Scorecard s = smallest.scorecard();
    // The smallest case of the mistake: two customer objectives, the first driven, the second cut off.
    assertThat(s.objectivesIn(Perspective.CUSTOMER.id())).as(s.toString()).hasSize(2);
    assertThat(s.objectivesIn(Perspective.CUSTOMER.id()).get(1).id()).isEqualTo(smallest.customer());
    assertThat(s.objectives()).as(s.toString()).hasSizeLessThanOrEqualTo(6);
  }

  @Test
  void aRuleThatLooksTheWrongWayIsCaughtOnValidScorecardsAndShrunk() {
    FalsificationRecorder recorder = new FalsificationRecorder();
    assertThatThrownBy(() -> qt().withFixedSeed(42).withExamples(500).withReporter(recorder)
        .forAll(gen(CustomerDrivenByProcessTest.VALID))
        .check(s -> RuleSet.of(LOOKS_THE_WRONG_WAY).validate(s).isClean())).isInstanceOf(AssertionError.class);

    // One objective in each of the four rows: the smallest scorecard that spans them.
    Scorecard smallest = recorder.smallest(Scorecard.class);
    assertThat(smallest.objectives()).as(smallest.toString()).hasSize(4);
  }
}
