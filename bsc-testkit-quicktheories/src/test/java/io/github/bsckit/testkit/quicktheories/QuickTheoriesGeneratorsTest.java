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
import io.github.bsckit.testkit.model.ScorecardGenerators;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    Throwable failure = catchFailure(() -> qt().withFixedSeed(2026).withExamples(200)
        .forAll(gen(ScorecardGenerators.valid())).check(s -> RuleSet.of(OFF_BY_ONE).validate(s).isClean()));
    String smallest = smallestFalsifyingValue(failure.getMessage());
    assertThat(objectiveCount(smallest)).as(smallest).isLessThanOrEqualTo(3);
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
    Throwable failure = catchFailure(() -> qt().withFixedSeed(7).withExamples(300)
        .forAll(gen(Defects.missingTarget().into(ScorecardGenerators.valid())))
        .check(d -> !RuleSet.of(missesLast).validate(d.scorecard()).isClean()));
    String smallest = smallestFalsifyingValue(failure.getMessage());
    assertThat(smallest).startsWith("missing-target [");
    assertThat(objectiveCount(smallest)).as(smallest).isLessThanOrEqualTo(3);
  }

  @Test
  void rejectsAnEmptyRange() {
    assertThatThrownBy(() -> QuickTheoriesGenerators.source(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("in");
    assertThatThrownBy(() -> qt().withFixedSeed(1).withExamples(1).forAll(QuickTheoriesGenerators.gen(
        src -> src.between(3L, 2L))).check(x -> true)).isInstanceOf(BscException.class)
        .hasMessage("lo must be <= 2 but was 3");
  }

  static Throwable catchFailure(Runnable property) {
    try {
      property.run();
    } catch (AssertionError e) {
      return e;
    }
    throw new AssertionError("the property should have failed");
  }

  /** Reads the objective count from the first scorecard in a text, such as {@code Scorecard "Acme" (3 objectives, …}. */
  static int objectiveCount(String scorecard) {
    Matcher m = Pattern.compile("Scorecard \".*?\" \\((\\d+) objectives?,").matcher(scorecard);
    assertThat(m.find()).as(scorecard).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** QuickTheories reports "Smallest found falsifying value(s) :-" followed by the value on the next lines. */
  static String smallestFalsifyingValue(String message) {
    int at = message.indexOf("Smallest found falsifying value(s) :-");
    assertThat(at).as(message).isNotNegative();
    String rest = message.substring(message.indexOf('\n', at) + 1);
    int other = rest.indexOf("\nOther found falsifying value(s)");
    return (other < 0 ? rest : rest.substring(0, other)).replaceFirst("^\\{", "").strip();
  }
}
