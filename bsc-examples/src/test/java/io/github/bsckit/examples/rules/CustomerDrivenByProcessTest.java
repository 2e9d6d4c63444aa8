package io.github.bsckit.examples.rules;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Violation;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.defects.DefectKind;
import io.github.bsckit.testkit.defects.Defects;
import io.github.bsckit.testkit.model.PerspectiveGenerators;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The property tests of the team's rule, as {@code docs/property-testing.md} walks through them: no false
 * positives on valid scorecards, fires on exactly the injected defect, and the same findings whatever the order
 * of objectives and links.
 */
class CustomerDrivenByProcessTest {
  private static final RuleSet OURS = RuleSet.of(CustomerDrivenByProcess.rule());

  /**
   * Valid scorecards in the classic rows whose slices reach the bottom row, so that every customer objective is
   * driven from the process row below it. (Valid scorecards in general may stop at the customer row, which this
   * rule rightly reports: it asks more than the built-in rules do.)
   */
  static final Generator<Scorecard> VALID = ScorecardGenerators.valid().perspectives(PerspectiveGenerators.classic())
      .spanningAllPerspectives();

  /** The team's own defect: one customer objective cut off from every internal-process objective. */
  record Cut(Scorecard scorecard, ObjectiveId customer) {}

  /** Takes a valid scorecard, draws one of its customer objectives and removes the process links into it. */
  static final Generator<Cut> CUTS = VALID.flatMap(s -> Generators.elementOf(s.objectivesIn(Perspective.CUSTOMER.id()))
      .map(c -> new Cut(s.withLinks(s.links().stream().filter(l -> !(l.to().equals(c.id())
          && s.objective(l.from()).orElseThrow().perspective().equals(Perspective.INTERNAL_PROCESS.id()))).toList()),
          c.id())));

  @Test
  void noFalsePositivesOnValidScorecards() {
    qt().withExamples(500).forAll(gen(VALID)).check(s -> OURS.validate(s).isClean());
  }

  @Test
  void firesExactlyOnTheCutObjective() {
    qt().withExamples(500).forAll(gen(CUTS)).checkAssert(cut -> assertThat(OURS.validate(cut.scorecard()).violations())
        .extracting(Violation::subjectIds).containsExactly(List.of(cut.customer().value())));
  }

  @Test
  void amongTheBuiltInDefectsFiresOnlyOnAnIsolatedCustomerObjective() {
    // Every built-in injector leaves the links from process to customer objectives alone, but an isolated
    // objective added to the customer row is driven by nothing, so the rule rightly names it.
    qt().withExamples(600).forAll(gen(Defects.any(VALID))).checkAssert(d -> {
      boolean isolatedCustomer = d.kind() == DefectKind.ISOLATED_OBJECTIVE && d.scorecard()
          .objective((ObjectiveId) d.subjects().get(0)).orElseThrow().perspective().equals(Perspective.CUSTOMER.id());
      assertThat(OURS.validate(d.scorecard()).violations()).as(d.toString()).extracting(Violation::subjectIds)
          .isEqualTo(isolatedCustomer ? List.of(d.subjectIds()) : List.of());
    });
  }

  @Test
  void findingsDoNotDependOnTheOrderOfObjectivesAndLinks() {
    Generator<Scorecard[]> reordered = CUTS.flatMap(cut -> Generators.shuffled(cut.scorecard().objectives())
        .flatMap(os -> Generators.shuffled(cut.scorecard().links())
            .map(ls -> new Scorecard[] {cut.scorecard(), cut.scorecard().withObjectives(os).withLinks(ls)})));
    qt().withExamples(300).forAll(gen(reordered)).checkAssert(pair ->
        assertThat(Set.copyOf(OURS.validate(pair[1]).violations()))
            .isEqualTo(Set.copyOf(OURS.validate(pair[0]).violations())));
  }

  @Test
  void namesTheCustomerObjectiveThatOnlyLearningDrives() {
    Scorecard s = Scorecard.builder("Acme Retail")
        .objective("F1", "Grow Lifetime Customer Value", "financial")
        .objective("C1", "Increase Customer Retention", "customer")
        .objective("C2", "Win Customers Online", "customer")
        .objective("P1", "Improve Sales Conversion Process", "internal-process")
        .objective("L1", "Train Staff on New CRM", "learning-growth")
        .link("L1", "P1").link("P1", "C1").link("L1", "C2").link("C1", "F1").link("C2", "F1")
        .build();

    assertThat(OURS.validate(s).violations()).extracting(Violation::message).containsExactly(
        "customer objective C2 \"Win Customers Online\" is driven by no internal-process objective; link the process"
            + " that delivers it");
  }

  @Test
  void hasNothingToJudgeWithoutCustomerAndProcessRows() {
    Scorecard mission = Scorecard.builder("City of Riverton").perspective("mission", "Mission")
        .perspective("customer", "Residents").objective("M1", "Safer Streets", "mission")
        .objective("C1", "Faster Permits", "customer").link("C1", "M1").build();

    assertThat(OURS.validate(mission).isClean()).isTrue();
  }
}
