package io.github.bsckit.testkit.quicktheories;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.Rule;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.core.rules.Violation;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.defects.Defects;
import io.github.bsckit.testkit.model.PerspectiveGenerators;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The worked example of docs/property-testing.md: a team's own rule and its property tests. */
class CustomRuleExampleTest {

  /** The team's rule: every customer objective is driven by at least one internal-process objective. */
  static final Rule CUSTOMER_DRIVEN_BY_PROCESS = Rule.of("customer-driven-by-process", Severity.WARNING,
      "Every customer objective is driven by at least one internal-process objective", (s, ctx) -> {
        for (Objective customer : s.objectivesIn(Perspective.CUSTOMER.id())) {
          boolean driven = s.links().stream().anyMatch(l -> l.to().equals(customer.id())
              && s.objective(l.from()).orElseThrow().perspective().equals(Perspective.INTERNAL_PROCESS.id()));
          if (!driven) {
            ctx.report("customer objective " + customer.id() + " is driven by no internal-process objective",
                customer.id());
          }
        }
      });

  /** Valid scorecards in the classic rows, every row holding objectives of every theme. */
  static final Generator<Scorecard> VALID = ScorecardGenerators.valid().perspectives(PerspectiveGenerators.classic())
      .spanningAllPerspectives();

  /** The team's own defect: one customer objective loses every link from an internal-process objective. */
  record Cut(Scorecard scorecard, ObjectiveId customer) {}

  static final Generator<Cut> CUTS = VALID.flatMap(s -> Generators.elementOf(s.objectivesIn(Perspective.CUSTOMER.id()))
      .map(c -> new Cut(s.withLinks(s.links().stream().filter(l -> !(l.to().equals(c.id())
          && s.objective(l.from()).orElseThrow().perspective().equals(Perspective.INTERNAL_PROCESS.id()))).toList()),
          c.id())));

  @Test
  void noFalsePositivesOnValidScorecards() {
    qt().withExamples(500).forAll(gen(VALID))
        .check(s -> RuleSet.of(CUSTOMER_DRIVEN_BY_PROCESS).validate(s).isClean());
  }

  @Test
  void firesExactlyOnTheCutObjective() {
    qt().withExamples(500).forAll(gen(CUTS)).checkAssert(cut ->
        assertThat(RuleSet.of(CUSTOMER_DRIVEN_BY_PROCESS).validate(cut.scorecard()).violations())
            .extracting(Violation::subjectIds).containsExactly(List.of(cut.customer().value())));
  }

  @Test
  void staysQuietOnOtherDefects() {
    qt().withExamples(300).forAll(gen(Defects.targetOnWrongSide().into(VALID)))
        .check(d -> RuleSet.of(CUSTOMER_DRIVEN_BY_PROCESS).validate(d.scorecard()).isClean());
  }

  @Test
  void findingsDoNotDependOnTheOrderOfObjectivesAndLinks() {
    Generator<Scorecard[]> reordered = CUTS.flatMap(cut -> Generators.shuffled(cut.scorecard().objectives())
        .flatMap(os -> Generators.shuffled(cut.scorecard().links())
            .map(ls -> new Scorecard[] {cut.scorecard(), cut.scorecard().withObjectives(os).withLinks(ls)})));
    qt().withExamples(300).forAll(gen(reordered)).checkAssert(pair ->
        assertThat(Set.copyOf(RuleSet.of(CUSTOMER_DRIVEN_BY_PROCESS).validate(pair[1]).violations()))
            .isEqualTo(Set.copyOf(RuleSet.of(CUSTOMER_DRIVEN_BY_PROCESS).validate(pair[0]).violations())));
  }

  /**
   * The same rule written with ranks, looking the wrong way: ranks count from the bottom row, so the row that
   * drives customer is rank - 1, not rank + 1. QuickTheories finds it at once and shrinks it to the smallest
   * scorecard the generator can make.
   */
  static final Rule LOOKS_THE_WRONG_WAY = Rule.of("customer-driven-by-process", Severity.WARNING,
      "Every customer objective is driven from the row below", (s, ctx) -> {
        int customerRank = s.rankFromBottom(Perspective.CUSTOMER.id());
        for (Objective customer : s.objectivesIn(Perspective.CUSTOMER.id())) {
          boolean driven = false;
          for (CausalLink l : s.links()) {
            driven |= l.to().equals(customer.id())
                && s.rankFromBottom(s.objective(l.from()).orElseThrow().perspective()) == customerRank + 1;
          }
          if (!driven) {
            ctx.report("customer objective " + customer.id() + " is driven by no objective of the row below",
                customer.id());
          }
        }
      });

  @Test
  void aRuleThatLooksTheWrongWayIsCaughtAndShrunk() {
    Throwable failure = QuickTheoriesGeneratorsTest.catchFailure(() -> qt().withFixedSeed(42).withExamples(500)
        .forAll(gen(VALID)).check(s -> RuleSet.of(LOOKS_THE_WRONG_WAY).validate(s).isClean()));
    String smallest = QuickTheoriesGeneratorsTest.smallestFalsifyingValue(failure.getMessage());
    // One objective in each of the four rows: the smallest scorecard that spans them.
    assertThat(QuickTheoriesGeneratorsTest.objectiveCount(smallest)).as(smallest).isEqualTo(4);
  }

  /**
   * The rule with an early exit: it stops looking once it meets a customer objective that is driven, so it
   * misses an undriven one that comes later. Valid scorecards cannot show it; the injected defect does, and
   * QuickTheories shrinks the case to two customer objectives with the second one cut.
   */
  static final Rule STOPS_EARLY = Rule.of("customer-driven-by-process", Severity.WARNING,
      "Every customer objective is driven by at least one internal-process objective", (s, ctx) -> {
        for (Objective customer : s.objectivesIn(Perspective.CUSTOMER.id())) {
          boolean driven = s.links().stream().anyMatch(l -> l.to().equals(customer.id())
              && s.objective(l.from()).orElseThrow().perspective().equals(Perspective.INTERNAL_PROCESS.id()));
          if (driven) {
            break;
          }
          ctx.report("customer objective " + customer.id() + " is driven by no internal-process objective",
              customer.id());
        }
      });

  @Test
  void aRuleThatStopsEarlyIsCaughtAndShrunk() {
    Throwable failure = QuickTheoriesGeneratorsTest.catchFailure(() -> qt().withFixedSeed(42).withExamples(500)
        .forAll(gen(CUTS)).checkAssert(cut ->
            assertThat(RuleSet.of(STOPS_EARLY).validate(cut.scorecard()).violations())
                .extracting(Violation::subjectIds).containsExactly(List.of(cut.customer().value()))));
    String smallest = QuickTheoriesGeneratorsTest.smallestFalsifyingValue(failure.getMessage());
    assertThat(QuickTheoriesGeneratorsTest.objectiveCount(smallest)).as(smallest).isLessThanOrEqualTo(6);
  }
}
