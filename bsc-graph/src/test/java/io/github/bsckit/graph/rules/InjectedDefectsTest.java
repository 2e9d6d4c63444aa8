package io.github.bsckit.graph.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.core.rules.Violation;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.defects.DefectKind;
import io.github.bsckit.testkit.defects.Defects;
import io.github.bsckit.testkit.defects.InjectedDefect;
import io.github.bsckit.testkit.model.PerspectiveGenerators;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * bsc-testkit's defect injectors against the real rules: each makes exactly its rule fire, on exactly the
 * subjects it reports, and besides it only the side effects it declares, none of them an ERROR.
 */
class InjectedDefectsTest {
  private static final RuleSet EVERY_RULE = RuleSet.core().and(StrategyMapRules.all());

  /** The default generator, and settings that give the injectors other shapes to work on. */
  private static final List<Generator<Scorecard>> SCORECARDS = List.of(ScorecardGenerators.valid(),
      ScorecardGenerators.valid().withThemes().objectives(9, 25),
      ScorecardGenerators.valid().perspectives(PerspectiveGenerators.classic()).spanningAllPerspectives(),
      ScorecardGenerators.valid().perspectives(PerspectiveGenerators.custom(2, 6)).objectives(6, 20));

  @ParameterizedTest
  @EnumSource(DefectKind.class)
  void eachInjectorMakesExactlyItsRuleFireOnExactlyItsSubjects(DefectKind kind) {
    for (int g = 0; g < SCORECARDS.size(); g++) {
      Samples.stream(Defects.of(kind).into(SCORECARDS.get(g)), 100L * g + kind.ordinal(), g == 0 ? 1_000 : 250)
          .forEach(InjectedDefectsTest::firesExactlyAsReported);
    }
  }

  private static void firesExactlyAsReported(InjectedDefect d) {
    ValidationReport report = EVERY_RULE.validate(d.scorecard());
    Set<String> expected = new TreeSet<>(d.sideEffects());
    expected.add(d.ruleId());

    assertThat(new TreeSet<>(report.ruleIds())).as(d.toString()).isEqualTo(expected);
    assertThat(report.ofRule(d.ruleId())).as(d.toString()).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(EVERY_RULE.severityOf(d.ruleId()));
      if (d.kind() == DefectKind.CYCLE) {
        // The cycle rule names the loop from another starting point: compare as rotations.
        assertThat(rotations(d.subjectIds())).as(d.toString()).contains(v.subjectIds());
      } else {
        assertThat(v.subjectIds()).as(d.toString()).isEqualTo(d.subjectIds());
      }
    });
    assertThat(report.violations()).as(d.toString()).filteredOn(v -> !v.ruleId().equals(d.ruleId()))
        .extracting(Violation::severity).doesNotContain(Severity.ERROR);
  }

  private static List<List<String>> rotations(List<String> loop) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < loop.size(); i++) {
      List<String> r = new ArrayList<>(loop.subList(i, loop.size()));
      r.addAll(loop.subList(0, i));
      out.add(r);
    }
    return out;
  }
}
