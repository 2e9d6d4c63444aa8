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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;

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
      Recorder recorder = new Recorder();
      assertThatThrownBy(() -> qt().withFixedSeed(seed).withExamples(300).withReporter(recorder)
          .forAll(gen(ScorecardGenerators.valid())).check(s -> RuleSet.of(ONE_LINK_AHEAD).validate(s).isClean()))
          .isInstanceOf(AssertionError.class).hasMessageContaining("Smallest found falsifying value");

      Scorecard smallest = (Scorecard) recorder.smallest.get(0);
      // A chain over three rows is the least that shows the mistake: F1 <- C1 <- P1.
      assertThat(smallest.objectives()).as("seed %s: %s", seed, smallest).hasSizeLessThanOrEqualTo(3);
      assertThat(RuleSet.of(ONE_LINK_AHEAD).validate(smallest).isClean()).isFalse();
      assertThat(StrategyMapRules.all().validate(smallest).isClean()).isTrue();
    }
  }

  /** Keeps the smallest falsifying value QuickTheories found, then reports it as usual (by throwing). */
  private static final class Recorder extends ExceptionReporter {
    final List<Object> smallest = new ArrayList<>();

    @Override
    public void falisification(long seed, int examplesUsed, Object value, Throwable cause, List<Object> others,
        AsString<Object> asString) {
      smallest.add(value);
      super.falisification(seed, examplesUsed, value, cause, others, asString);
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object value, List<Object> others,
        AsString<Object> asString) {
      smallest.add(value);
      super.falisification(seed, examplesUsed, value, others, asString);
    }
  }
}
