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
}
