package io.github.bsckit.testkit.defects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.testkit.GenerationException;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.testkit.model.PerspectiveGenerators;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import io.github.bsckit.core.model.ObjectiveId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the injectors change, read off the changed scorecards. Whether exactly the right causality rules fire is
 * checked against bsc-graph's real rules in bsc-graph's InjectedDefectsTest, since bsc-testkit depends on
 * bsc-core alone.
 */
@Tag("text")
class DefectsTest {
  private static final Generator<Scorecard> VALID = ScorecardGenerators.valid();

  @ParameterizedTest
  @EnumSource(value = DefectKind.class, names = {"MISSING_TARGET", "TARGET_DIRECTION_MISMATCH"})
  void eachCoreDefectMakesExactlyItsRuleFireOnExactlyItsSubjects(DefectKind kind) {
    Samples.stream(Defects.of(kind).into(VALID), kind.ordinal(), 1_000).forEach(d -> {
      ValidationReport report = RuleSet.core().validate(d.scorecard());
      assertThat(report.violations()).as(d.toString()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo(kind.ruleId());
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.subjectIds()).isEqualTo(d.subjectIds());
      });
    });
  }

  @ParameterizedTest
  @EnumSource(value = DefectKind.class, names = {"CYCLE", "DOWNWARD_LINK", "ISOLATED_OBJECTIVE", "UNSUPPORTED_OUTCOME"})
  void mapDefectsLeaveEveryCoreRuleQuiet(DefectKind kind) {
    Samples.stream(Defects.of(kind).into(VALID), 100 + kind.ordinal(), 500).forEach(d ->
        assertThat(RuleSet.core().validate(d.scorecard()).violations()).as(d.toString()).isEmpty());
  }

  @Test
  void anIsolatedObjectiveHasNoLinkAtAll() {
    Samples.stream(Defects.isolatedObjective().into(VALID), 9, 300).forEach(d -> {
      ObjectiveId isolated = (ObjectiveId) d.subjects().get(0);
      assertThat(d.scorecard().links()).as(d.toString())
          .noneMatch(l -> l.from().equals(isolated) || l.to().equals(isolated));
      assertThat(d.scorecard().rankFromBottom(d.scorecard().objective(isolated).orElseThrow().perspective()))
          .isLessThan(d.scorecard().perspectives().size() - 1);
    });
  }

  @Test
  void anUnsupportedOutcomeDrivesANeighbourOfItsRowWithItsThemesAndNothingDrivesIt() {
    Samples.stream(Defects.unsupportedOutcome().into(VALID), 10, 300).forEach(d -> {
      Scorecard s = d.scorecard();
      ObjectiveId outcome = (ObjectiveId) d.subjects().get(0);
      assertThat(s.objective(outcome).orElseThrow().perspective()).isEqualTo(s.topPerspective().id());
      assertThat(s.links()).as(d.toString()).noneMatch(l -> l.to().equals(outcome));
      assertThat(s.links()).as(d.toString()).filteredOn(l -> l.from().equals(outcome)).singleElement()
          .satisfies(l -> {
            assertThat(s.objective(l.to()).orElseThrow().perspective()).isEqualTo(s.topPerspective().id());
            assertThat(s.objective(l.to()).orElseThrow().themes())
                .isEqualTo(s.objective(outcome).orElseThrow().themes());
          });
      assertThat(d.sideEffects()).containsExactly("within-perspective-link");
    });
  }

  @Test
  void cyclesComeInEveryLengthTheMapAllows() {
    assertThat(Samples.stream(Defects.cycle().into(ScorecardGenerators.valid().perspectives(
        PerspectiveGenerators.classic()).spanningAllPerspectives()), 5, 300)
        .map(d -> d.subjects().size()).distinct().sorted().toList()).containsExactly(2, 3, 4);
  }

  @Test
  void aCycleStartsWhereItWasClosed() {
    InjectedDefect d = Defects.cycle().into(VALID).generate(Source.seeded(8));
    CausalLink closing = d.scorecard().links().get(d.scorecard().links().size() - 1);
    assertThat(closing.to().value()).isEqualTo(d.subjectIds().get(0));
    assertThat(closing.from().value()).isEqualTo(d.subjectIds().get(d.subjectIds().size() - 1));
    assertThat(d.description()).startsWith("added link " + closing.from() + " -> " + closing.to() + ", closing the loop ");
  }

  @Test
  void theSmallestScorecardHasNoPlaceForADownwardLink() {
    Scorecard smallest = VALID.generate((lo, hi) -> lo);
    assertThat(Defects.downwardLink().inject(smallest, Source.seeded(1))).isEmpty();
    assertThatThrownBy(() -> Defects.downwardLink().into(src -> smallest).generate(Source.seeded(1)))
        .isInstanceOf(GenerationException.class)
        .hasMessage("100 scorecards in a row had no place for a downward-link defect; generate larger scorecards");
  }

  @Test
  void mapInjectorsRejectScorecardsThatAreNotShapedLikeValidOnes() {
    Scorecard valid = VALID.generate(Source.seeded(3));
    CausalLink first = valid.links().get(0);
    Scorecard twice = valid.withLink(first);
    assertThatThrownBy(() -> Defects.cycle().inject(twice, Source.seeded(1))).isInstanceOf(BscException.class)
        .hasMessage("the cycle injector needs a scorecard that passes every built-in rule, as"
            + " ScorecardGenerators.valid() makes them, but link " + first.from() + " -> " + first.to()
            + " is drawn twice");
  }

  @Test
  void everyKindHasItsInjectorAndRule() {
    assertThat(Defects.all()).extracting(DefectInjector::kind).containsExactly(DefectKind.values());
    for (DefectKind kind : DefectKind.values()) {
      assertThat(Defects.of(kind).kind()).isEqualTo(kind);
    }
    assertThat(Samples.of(Defects.any(VALID), 4, 60)).extracting(InjectedDefect::kind)
        .contains(DefectKind.values());
  }

  @Test
  void injectedDefectsRejectInconsistentReports() {
    Scorecard s = VALID.generate(Source.seeded(1));
    assertThatThrownBy(() -> new InjectedDefect(DefectKind.CYCLE, List.of(), List.of(), "x", s))
        .isInstanceOf(BscException.class).hasMessage("subjects must name at least one element but was empty");
    assertThatThrownBy(() -> new InjectedDefect(DefectKind.CYCLE, List.of(s.objectives().get(0).id()),
        List.of("cycle"), "x", s)).isInstanceOf(BscException.class)
        .hasMessage("sideEffects must not repeat the defect's own rule cycle but was [cycle]");
  }
}
