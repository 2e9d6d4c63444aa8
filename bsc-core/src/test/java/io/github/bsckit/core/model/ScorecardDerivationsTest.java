package io.github.bsckit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsckit.core.ValidationException;
import java.time.Month;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lookups and {@code with…}/{@code without…} derivations of the immutable model: each returns a new value with
 * exactly the change asked for, keeps everything else, and leaves the original as it was.
 */
@Tag("text")
class ScorecardDerivationsTest {
  private static final ObjectiveId F1 = ObjectiveId.of("F1");
  private static final ObjectiveId C1 = ObjectiveId.of("C1");
  private static final ObjectiveId P1 = ObjectiveId.of("P1");

  /** Every builder call chained to the next, so that each must return the builder. */
  private final Scorecard card = Scorecard.builder("Acme")
      .vision("Be the neighbourhood's grocer")
      .mission("Fresh food, fair prices")
      .stage(LifecycleStage.GROWTH)
      .fiscalYearStart(Month.JULY)
      .perspective("financial", "Financial")
      .perspective(PerspectiveId.of("customer"), "Customer")
      .perspective(Perspective.of("process", "Internal process"))
      .theme("T1", "Growth")
      .theme("T2", "Service", "Keep customers coming back")
      .theme(ThemeId.of("T3"), "Efficiency")
      .objective("F1", "Grow revenue", "financial", o -> o.theme("T1").kpi("revenue", "Revenue", k -> { }))
      .objective("C1", "Keep customers", "customer", o -> o.theme("T1", "T2"))
      .objective(ObjectiveId.of("P1"), "Deliver on time", PerspectiveId.of("process"), o -> o.theme("T3"))
      .link("C1", "F1", l -> l.strong())
      .link(P1, C1)
      .link(CausalLink.of("P1", "F1"))
      .initiative("I1", "Loyalty card", i -> i.serves("C1", "F1"))
      .initiative(Initiative.builder("I2", "Route planning").serves("P1").build())
      .scoring(ScoringPolicy.DEFAULT)
      .build();

  @Test
  void theBuilderKeepsEveryPartInOrder() {
    assertThat(card.vision()).contains("Be the neighbourhood's grocer");
    assertThat(card.mission()).contains("Fresh food, fair prices");
    assertThat(card.stage()).contains(LifecycleStage.GROWTH);
    assertThat(card.fiscalYearStart()).isEqualTo(Month.JULY);
    assertThat(card.perspectives()).extracting(p -> p.id().value()).containsExactly("financial", "customer",
        "process");
    assertThat(card.themes()).extracting(t -> t.id().value()).containsExactly("T1", "T2", "T3");
    assertThat(card.theme(ThemeId.of("T2")).orElseThrow().description()).contains("Keep customers coming back");
    assertThat(card.objectives()).extracting(o -> o.id().value()).containsExactly("F1", "C1", "P1");
    assertThat(card.links()).extracting(CausalLink::toString).containsExactly("C1 -> F1 (strong)", "P1 -> C1",
        "P1 -> F1");
    assertThat(card.initiatives()).extracting(i -> i.id().value()).containsExactly("I1", "I2");
  }

  @Test
  void findsPerspectivesThemesAndInitiativesById() {
    assertThat(card.perspective(PerspectiveId.of("customer")).orElseThrow().name()).isEqualTo("Customer");
    assertThat(card.perspective(PerspectiveId.of("learning"))).isEmpty();
    assertThat(card.theme(ThemeId.of("T3")).orElseThrow().name()).isEqualTo("Efficiency");
    assertThat(card.theme(ThemeId.of("T9"))).isEmpty();
    assertThat(card.initiative(InitiativeId.of("I2")).orElseThrow().name()).isEqualTo("Route planning");
    assertThat(card.initiative(InitiativeId.of("I9"))).isEmpty();
    assertThat(card.objectivesIn(PerspectiveId.of("customer"))).extracting(Objective::id).containsExactly(C1);
  }

  @Test
  void ranksPerspectivesFromTheBottomRow() {
    assertThat(card.rankFromBottom(PerspectiveId.of("process"))).isZero();
    assertThat(card.rankFromBottom(PerspectiveId.of("customer"))).isEqualTo(1);
    assertThat(card.rankFromBottom(PerspectiveId.of("financial"))).isEqualTo(2);
    assertThat(card.topPerspective().id()).isEqualTo(PerspectiveId.of("financial"));
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> card.rankFromBottom(PerspectiveId.of("learning")));
    assertThat(e).hasMessageContaining("perspective: must be declared in scorecard \"Acme\" but was \"learning\"")
        .hasMessageContaining("financial, customer, process");
  }

  @Test
  void theSimpleDerivationsChangeOneFieldEach() {
    Scorecard changed = card.withVision("Feed the town").withMission("Local first")
        .withStage(LifecycleStage.HARVEST).withFiscalYearStart(Month.APRIL);

    assertThat(changed.vision()).contains("Feed the town");
    assertThat(changed.mission()).contains("Local first");
    assertThat(changed.stage()).contains(LifecycleStage.HARVEST);
    assertThat(changed.fiscalYearStart()).isEqualTo(Month.APRIL);
    assertThat(changed.fiscalCalendar().yearStart(java.time.LocalDate.of(2026, 5, 1)))
        .isEqualTo(java.time.LocalDate.of(2026, 4, 1));
    assertThat(changed.objectives()).isEqualTo(card.objectives());
    assertThat(card.vision()).contains("Be the neighbourhood's grocer");
    assertThat(card.fiscalYearStart()).isEqualTo(Month.JULY);
  }

  @Test
  void removingAThemeDropsItFromEveryObjectiveThatServedIt() {
    Scorecard without = card.withoutTheme(ThemeId.of("T1"));

    assertThat(without.themes()).extracting(t -> t.id().value()).containsExactly("T2", "T3");
    assertThat(without.objective(F1).orElseThrow().themes()).isEmpty();
    assertThat(without.objective(C1).orElseThrow().themes()).containsExactly(ThemeId.of("T2"));
    assertThat(without.objective(P1).orElseThrow()).isEqualTo(card.objective(P1).orElseThrow());
    assertThat(card.withoutTheme(ThemeId.of("T9"))).isEqualTo(card);
  }

  @Test
  void replacingAThemeKeepsItsPlace() {
    Scorecard renamed = card.withTheme(Theme.of("T2", "Delight"));
    assertThat(renamed.themes()).extracting(Theme::name).containsExactly("Growth", "Delight", "Efficiency");
    assertThat(card.withTheme(Theme.of("T4", "People")).themes()).extracting(Theme::name)
        .containsExactly("Growth", "Service", "Efficiency", "People");
  }

  @Test
  void removingAnObjectiveTakesItsLinksAndItsMentionsInInitiativesWithIt() {
    Scorecard without = card.withoutObjective(C1);

    assertThat(without.objectives()).extracting(Objective::id).containsExactly(F1, P1);
    assertThat(without.links()).extracting(CausalLink::toString).containsExactly("P1 -> F1");
    assertThat(without.initiative(InitiativeId.of("I1")).orElseThrow().objectives()).containsExactly(F1);
    assertThat(without.initiative(InitiativeId.of("I2")).orElseThrow())
        .isEqualTo(card.initiative(InitiativeId.of("I2")).orElseThrow());
    assertThat(card.withoutObjective(ObjectiveId.of("Z9"))).isEqualTo(card);
  }

  @Test
  void linksAreRemovedOneByOneOrAllBetweenTwoObjectives() {
    Scorecard twice = card.withLink(CausalLink.of("P1", "F1").withLag(Period.ofMonths(3)));
    assertThat(twice.links()).hasSize(4);

    assertThat(twice.withoutLinks(P1, F1).links()).extracting(CausalLink::toString)
        .containsExactly("C1 -> F1 (strong)", "P1 -> C1");
    assertThat(twice.withoutLinks(F1, P1).links()).isEqualTo(twice.links());
    assertThat(twice.withoutLink(CausalLink.of("P1", "F1")).links()).extracting(CausalLink::toString)
        .containsExactly("C1 -> F1 (strong)", "P1 -> C1", "P1 -> F1 (lag P3M)");
  }

  @Test
  void initiativesAreAddedReplacedInPlaceAndRemoved() {
    Initiative renamed = Initiative.builder("I1", "Loyalty app").serves("C1").build();
    Scorecard replaced = card.withInitiative(renamed);
    assertThat(replaced.initiatives()).extracting(Initiative::name).containsExactly("Loyalty app", "Route planning");

    Scorecard added = card.withInitiative(Initiative.builder("I3", "Training").build());
    assertThat(added.initiatives()).extracting(i -> i.id().value()).containsExactly("I1", "I2", "I3");

    assertThat(card.withoutInitiative(InitiativeId.of("I1")).initiatives()).extracting(i -> i.id().value())
        .containsExactly("I2");
    assertThat(card.withoutInitiative(InitiativeId.of("I9"))).isEqualTo(card);
  }

  @Test
  void anObjectiveRebuiltFromItsBuilderIsEqualAndItsWeightCanChange() {
    Objective c1 = Objective.builder("C1", "Keep customers", "customer").theme("T2").owner("Ana")
        .description("Retention first").category(ObjectiveCategory.ValueProposition.SERVICE)
        .kpi("retention", "Retention", k -> k.baseline(80, "2026-01-01").target(90, "2026-12-31")).build();

    assertThat(c1.toBuilder().build()).isEqualTo(c1);
    Objective heavier = c1.withWeight(2.5);
    assertThat(heavier.weight()).isEqualTo(2.5);
    assertThat(heavier.withWeight(c1.weight())).isEqualTo(c1);
    assertThat(heavier.kpis()).isEqualTo(c1.kpis());
    assertThat(c1).hasToString("C1 \"Keep customers\" [customer] themes: [T2] kpis: [retention]");
    assertThat(Objective.builder("F1", "Grow", "financial").build()).hasToString("F1 \"Grow\" [financial]");
  }

  @Test
  void aLinkWithoutAStatedStrengthCountsAsModerate() {
    assertThat(CausalLink.of("C1", "F1").effectiveStrength()).isEqualTo(Strength.MODERATE.value());
    assertThat(CausalLink.of("C1", "F1").withStrength(Strength.WEAK).effectiveStrength())
        .isEqualTo(Strength.WEAK.value());
    assertThat(CausalLink.of("C1", "C1").isSelfLink()).isTrue();
    assertThat(CausalLink.of("C1", "F1").isSelfLink()).isFalse();
  }

  @Test
  void aLinkSaysWhatItIsInOneLine() {
    assertThat(CausalLink.of("C1", "F1").withPolarity(Polarity.INVERSE)).hasToString("C1 -> F1 (inverse)");
    assertThat(CausalLink.of("C1", "F1").withLag(Period.ofMonths(2))).hasToString("C1 -> F1 (lag P2M)");
    assertThat(CausalLink.of("C1", "F1").withStrength(Strength.STRONG).withPolarity(Polarity.INVERSE)
        .withLag(Period.ofMonths(2)).withBasis(LinkBasis.DEFINITIONAL))
        .hasToString("C1 -> F1 (strong, inverse, lag P2M, definitional)");
    assertThat(CausalLink.of("C1", "F1").withBasis(LinkBasis.DEFINITIONAL)).hasToString("C1 -> F1 (definitional)");
  }

  @Test
  void aKpiCanTakeAnotherPacing() {
    Kpi k = card.kpi(KpiId.of("revenue")).orElseThrow();
    assertThat(k.withPacing(io.github.bsckit.core.pacing.Pacing.frontLoaded()).pacing())
        .contains(io.github.bsckit.core.pacing.Pacing.frontLoaded());
    assertThat(k.pacing()).isEmpty();
  }

  @Test
  void theSummaryListsPerspectivesObjectivesAndLinks() {
    assertThat(card.toString()).startsWith("Scorecard \"Acme\" (3 objectives, 1 KPI, 3 links, 3 themes, 2 initiatives)")
        .contains("\n  Customer:\n    C1 Keep customers").contains("\n  links: [C1 -> F1 (strong), P1 -> C1, P1 -> F1]");
    assertThat(card.withLinks(List.of()).toString()).doesNotContain("links:");
  }
}
