package io.github.bsckit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@code missing-baseline} asks for a start only where a target is travelled to. */
class MissingBaselineForTargetsTest {

  private static ValidationReport validate(UnaryOperator<Kpi.Builder> kpi) {
    Scorecard card = Scorecard.builder("City").objective("C1", "Residents take part", "customer",
        o -> o.kpi("k", "The KPI", kpi::apply)).build();
    return RuleSet.of(CoreRules.missingBaseline()).validate(card);
  }

  @Test
  void aMilestoneAFloorAndACeilingNeedNoBaseline() {
    assertThat(validate(k -> k.doneBy("2026-09-30")).violations()).isEmpty();
    assertThat(validate(k -> k.atLeast(70, "2026-12-31")).violations()).isEmpty();
    assertThat(validate(k -> k.atMost(0, "2026-12-31")).violations()).isEmpty();
  }

  @Test
  void aTargetToReachStillNeedsOne() {
    assertThat(validate(k -> k.target(70, "2026-12-31")).violations()).hasSize(1);
  }
}
