package io.github.bsckit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed constants and factories stand beside the by-name ones and mean the same. */
class TypedConstructionTest {

  @Test
  void theClassicPerspectiveIdsAreConstantsOfTheClassicPerspectives() {
    assertThat(PerspectiveId.FINANCIAL).isEqualTo(PerspectiveId.of("financial")).isEqualTo(Perspective.FINANCIAL.id());
    assertThat(PerspectiveId.CUSTOMER).isEqualTo(Perspective.CUSTOMER.id());
    assertThat(PerspectiveId.INTERNAL_PROCESS).isEqualTo(Perspective.INTERNAL_PROCESS.id());
    assertThat(PerspectiveId.LEARNING_GROWTH).isEqualTo(Perspective.LEARNING_GROWTH.id());
    assertThat(Perspective.classic()).extracting(Perspective::id).containsExactly(PerspectiveId.FINANCIAL,
        PerspectiveId.CUSTOMER, PerspectiveId.INTERNAL_PROCESS, PerspectiveId.LEARNING_GROWTH);
  }

  @Test
  void typedScoringFactoriesEqualTheByNameSpecs() {
    assertThat(ScoringSpec.progress()).isEqualTo(ScoringSpec.of("progress"));
    assertThat(ScoringSpec.performance(0, 200))
        .isEqualTo(ScoringSpec.of("performance", Map.of("min", 0.0, "max", 200.0)))
        .hasToString("performance(max=200, min=0)");
    assertThat(ScoringSpec.goalRedFlag(90, 80))
        .isEqualTo(ScoringSpec.of("goal-red-flag", Map.of("goal", 90.0, "redFlag", 80.0)));
    assertThat(ScoringSpec.expectedToDate()).isEqualTo(ScoringSpec.of("expected-to-date"));
    assertThat(ScoringSpec.binary()).isEqualTo(ScoringSpec.of("binary"));
    assertThat(ScoringSpec.range()).isEqualTo(ScoringSpec.of("range"));
    assertThat(ScoringSpec.range(2)).isEqualTo(ScoringSpec.of("range", Map.of("tolerance", 2.0)));
  }

  @Test
  void typedIdsBuildTheSameScorecardAsTheirText() {
    Scorecard typed = Scorecard.builder("Acme")
        .perspective(PerspectiveId.FINANCIAL, "Financial").perspective(PerspectiveId.CUSTOMER, "Customer")
        .theme(ThemeId.of("T1"), "Loyalty")
        .objective(ObjectiveId.of("C1"), "Keep Customers", PerspectiveId.CUSTOMER, o -> o.theme("T1"))
        .objective(ObjectiveId.of("F1"), "Grow Revenue", PerspectiveId.FINANCIAL)
        .link(ObjectiveId.of("C1"), ObjectiveId.of("F1"), l -> l.strong())
        .build();
    Scorecard byText = Scorecard.builder("Acme")
        .perspective("financial", "Financial").perspective("customer", "Customer")
        .theme("T1", "Loyalty")
        .objective("C1", "Keep Customers", "customer", o -> o.theme("T1"))
        .objective("F1", "Grow Revenue", "financial")
        .link("C1", "F1", l -> l.strong())
        .build();

    assertThat(typed).isEqualTo(byText);
  }

  @Test
  void toBuilderHoldsEveryPartSoBuildingItUnchangedGivesAnEqualScorecard() {
    Scorecard acme = Scorecard.builder("Acme").vision("Be loved").stage(LifecycleStage.GROWTH)
        .fiscalYearStart(java.time.Month.APRIL)
        .theme("T1", "Loyalty", "Customers stay")
        .objective("C1", "Keep Customers", "customer", o -> o.theme("T1").kpi("retention", "Retention",
            k -> k.unit("%").baseline(80, "2026-01-01").target(90, "2026-12-31")))
        .objective("F1", "Grow Revenue", "financial")
        .link("C1", "F1")
        .initiative("I1", "Loyalty programme", i -> i.serves("C1"))
        .build();

    assertThat(acme.toBuilder().build()).isEqualTo(acme);
    Scorecard grown = acme.toBuilder().objective("C2", "Win Customers", "customer").link("C2", "F1").build();
    assertThat(grown.objectives()).extracting(o -> o.id().value()).containsExactly("C1", "F1", "C2");
    assertThat(grown.links()).hasSize(2);
    assertThat(grown.withLinks(acme.links()).withObjectives(acme.objectives())).isEqualTo(acme);
  }
}
