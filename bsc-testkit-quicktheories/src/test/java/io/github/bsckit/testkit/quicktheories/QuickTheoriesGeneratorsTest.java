package io.github.bsckit.testkit.quicktheories;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.Rule;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.defects.Defects;
import io.github.bsckit.testkit.defects.InjectedDefect;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickTheoriesGeneratorsTest {

  /**
   * A deliberately wrong rule: "every perspective below the top one has a leading indicator", with the loop
   * starting at the top perspective by mistake, so it also fires when the top row leads with lagging KPIs only,
   * which is normal and which valid scorecards do.
   */
  private static final Rule OFF_BY_ONE = Rule.of("leading-below-top", Severity.ERROR,
      "Every perspective below the top one has a leading indicator", (s, ctx) -> {
        for (int p = 0; p < s.perspectives().size(); p++) {
          Perspective perspective = s.perspectives().get(p);
          List<Kpi> kpis = s.objectivesIn(perspective.id()).stream().flatMap(o -> o.kpis().stream()).toList();
          if (!kpis.isEmpty() && kpis.stream().noneMatch(Kpi::isLeading)) {
            ctx.report("perspective " + perspective.id() + " has no leading indicator", perspective.id());
          }
        }
      });

  @Test
  void drivesAnyGeneratorFromQuickTheories() {
    qt().withFixedSeed(1).withExamples(300).forAll(gen(ScorecardGenerators.valid()))
        .check(s -> RuleSet.core().validate(s).isClean());
    qt().withFixedSeed(2).withExamples(300).forAll(gen(Generators.integers(-5, 5).list(0, 4)))
        .check(l -> l.size() <= 4 && l.stream().allMatch(i -> i >= -5 && i <= 5));
  }

  @Test
  void aDeliberatelyWrongRuleIsCaughtAndShrunkToAtMostThreeObjectives() {
    FalsificationRecorder recorder = new FalsificationRecorder();
    assertThatThrownBy(() -> qt().withFixedSeed(2026).withExamples(200).withShrinkCycles(10_000).withReporter(recorder)
        .forAll(gen(ScorecardGenerators.valid())).check(s -> RuleSet.of(OFF_BY_ONE).validate(s).isClean()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Smallest found falsifying value(s) :-");
    Scorecard smallest = recorder.smallest(Scorecard.class);
    assertThat(smallest.objectives()).as(smallest.toString()).hasSizeLessThanOrEqualTo(3);
    assertThat(RuleSet.of(OFF_BY_ONE).validate(smallest).isClean()).isFalse();
  }

  @Test
  void shrinksInjectedDefectsToo() {
    // A rule that wrongly ignores KPIs of the last objective misses some injected missing targets; the shrunk
    // case is a small scorecard whose last objective lost a target.
    Rule missesLast = Rule.of("missing-target-sloppy", Severity.ERROR, "Every KPI has a target", (s, ctx) -> {
      List<Objective> os = s.objectives();
      for (Objective o : os.subList(0, os.size() - 1)) {
        o.kpis().stream().filter(k -> k.target().isEmpty() && k.range().isEmpty()).forEach(k -> ctx.report("x", k.id()));
      }
    });
    FalsificationRecorder recorder = new FalsificationRecorder();
    assertThatThrownBy(() -> qt().withFixedSeed(7).withExamples(300).withShrinkCycles(10_000)
        .withReporter(recorder).forAll(gen(Defects.missingTarget().into(ScorecardGenerators.valid())))
        .check(d -> !RuleSet.of(missesLast).validate(d.scorecard()).isClean())).isInstanceOf(AssertionError.class);
    InjectedDefect smallest = recorder.smallest(InjectedDefect.class);
    assertThat(smallest.ruleId()).isEqualTo("missing-target");
    assertThat(smallest.scorecard().objectives()).as(smallest.toString()).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void theRecorderSaysWhenThereIsNothingToGive() {
    FalsificationRecorder recorder = new FalsificationRecorder();
    qt().withFixedSeed(1).withExamples(10).withReporter(recorder).forAll(gen(Generators.integers(0, 3)))
        .check(i -> i <= 3);
    assertThat(recorder.smallest()).isEmpty();
    assertThatThrownBy(() -> recorder.smallest(Integer.class)).isInstanceOf(AssertionError.class)
        .hasMessage("no property run with this recorder has failed, so there is no smallest value");
    assertThatThrownBy(() -> qt().withFixedSeed(1).withExamples(10).withReporter(recorder)
        .forAll(gen(Generators.integers(0, 3))).check(i -> i < 0)).isInstanceOf(AssertionError.class);
    assertThat(recorder.smallest(Integer.class)).isZero();
    assertThatThrownBy(() -> recorder.smallest(String.class)).isInstanceOf(AssertionError.class)
        .hasMessage("the smallest falsifying value is a java.lang.Integer, not a java.lang.String: 0");
  }

  @Test
  void rejectsAnEmptyRange() {
    assertThatThrownBy(() -> QuickTheoriesGenerators.source(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("in");
    assertThatThrownBy(() -> qt().withFixedSeed(1).withExamples(1).forAll(QuickTheoriesGenerators.gen(
        src -> src.between(3L, 2L))).check(x -> true)).isInstanceOf(BscException.class)
        .hasMessage("lo must be <= 2 but was 3");
  }
}
