package io.github.bsckit.graph.rules;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.Rule;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import io.github.bsckit.testkit.quicktheories.FalsificationRecorder;
import org.junit.jupiter.api.Test;

/**
 * A graph rule written wrongly is caught on bsc-testkit's valid scorecards, and QuickTheories shrinks the
 * counterexample to the smallest scorecard that shows the mistake, without any shrinking code of ours.
 */
class DeliberatelyWrongRuleTest {

  /**
   * "Every objective below the top row leads to the top row", written wrongly: it looks one link ahead instead
   * of following chains, so it fires on every objective two or more rows below the top.
   */
  private static final Rule ONE_LINK_AHEAD = Rule.of("leads-to-an-outcome", Severity.ERROR,
      "Every objective below the top row leads to the top row", (s, ctx) -> {
        StrategyMap map = StrategyMapRules.map(ctx);
        for (ObjectiveId id : map.objectiveIds()) {
          if (!map.isOutcome(id) && map.directEffects(id).stream().noneMatch(map::isOutcome)) {
            ctx.report("objective " + id + " leads to no outcome", id);
          }
        }
      });

  @Test
  void aRuleThatLooksOneLinkAheadIsCaughtAndShrunkToThreeObjectives() {
    for (long seed : new long[] {1, 2026}) {
      FalsificationRecorder recorder = new FalsificationRecorder();
      // A shrinking budget of 10,000 cycles instead of QuickTheories' default of 100,000 finds the same smallest
      // case in a fraction of the time.
      assertThatThrownBy(() -> qt().withFixedSeed(seed).withExamples(300).withShrinkCycles(10_000)
          .withReporter(recorder).forAll(gen(ScorecardGenerators.valid()))
          .check(s -> RuleSet.of(ONE_LINK_AHEAD).validate(s).isClean()))
          .isInstanceOf(AssertionError.class).hasMessageContaining("Smallest found falsifying value");

      Scorecard smallest = recorder.smallest(Scorecard.class);
      // A chain over three rows is the least that shows the mistake (F1 <- C1 <- P1), so at most three means
      // exactly three: shrinking went all the way.
      assertThat(smallest.objectives()).as("seed %s: %s", seed, smallest).hasSizeLessThanOrEqualTo(3);
      assertThat(RuleSet.of(ONE_LINK_AHEAD).validate(smallest).isClean()).isFalse();
      assertThat(StrategyMapRules.all().validate(smallest).isClean()).isTrue();
    }
  }
}
