package io.github.bsckit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@code target-direction-mismatch} judges targets to reach, never floors or ceilings. */
class TargetDirectionMismatchTest {

  private static ValidationReport validate(UnaryOperator<Kpi.Builder> kpi) {
    Scorecard card = Scorecard.builder("City").objective("C1", "Residents take part", "customer",
        o -> o.kpi("k", "The KPI", kpi::apply)).build();
    return RuleSet.of(CoreRules.targetDirectionMismatch()).validate(card);
  }

  @Test
  void aFloorMetAtTheBaselineIsNoMismatch() {
    assertThat(validate(k -> k.baseline(87, "2026-01-01").atLeast(70, "2026-12-31")).violations()).isEmpty();
  }

  @Test
  void aCeilingMetAtTheBaselineIsNoMismatch() {
    assertThat(validate(k -> k.baseline(0, "2026-01-01").atMost(0, "2026-12-31")).violations()).isEmpty();
  }

  @Test
  void aTargetToReachBehindItsBaselineStillIsOneAndNamesOrdinalLevelsAsText() {
    assertThat(validate(k -> k.increase().baseline(87, "2026-01-01").target(70, "2026-12-31")).violations())
        .extracting(Violation::message).containsExactly("KPI k should increase but its target 70 is below its"
            + " baseline 87");
    assertThat(validate(k -> k.increase().ordinal("C", "B", "A").baseline("A", "2026-01-01")
        .target("B", "2026-12-31")).violations()).extracting(Violation::message)
        .containsExactly("KPI k should increase but its target B is below its baseline A");
  }

  @Test
  void aTargetBelowItsBaselineWithoutAStatedDirectionIsAReductionNotAMismatch() {
    assertThat(validate(k -> k.baseline(7, "2026-01-01").target(2, "2026-12-31")).violations()).isEmpty();
  }
}
