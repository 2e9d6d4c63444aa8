package io.github.bsckit.testkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.testkit.Samples;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link ScoringScenarios} reaches the edges its Javadoc promises, and its set-ups transform as they say. */
class ScoringScenariosTest {
  private static final List<ScoringScenario> SCENARIOS = Samples.of(ScoringScenarios.any(), 2026, 300);

  private static Stream<Kpi> kpis() {
    return SCENARIOS.stream().flatMap(s -> s.scorecard().kpis().stream());
  }

  @Test
  void isReproducibleFromItsSeed() {
    assertThat(Samples.of(ScoringScenarios.any(), 2026, 30)).isEqualTo(SCENARIOS.subList(0, 30));
  }

  @Test
  void reachesFlowKpisEveryDirectionAndMethodAndTheWeightsAtBothEnds() {
    assertThat(kpis()).anyMatch(k -> k.kind() == KpiKind.FLOW).anyMatch(k -> k.kind() == KpiKind.LEVEL)
        .anyMatch(k -> k.direction() == Direction.RANGE && k.scoring().isPresent())
        .anyMatch(k -> k.direction() == Direction.RANGE && k.scoring().isEmpty())
        .anyMatch(k -> k.baseline().isEmpty()).anyMatch(k -> k.target().isEmpty())
        .anyMatch(k -> k.weight() == 0).anyMatch(k -> k.weight() == 1e-9).anyMatch(k -> k.weight() > 1e3);
    assertThat(kpis().map(Kpi::scoring).flatMap(Optional::stream).map(ScoringSpec::method).distinct())
        .contains("performance", "goal-red-flag", "expected-to-date", "binary", "range");
    assertThat(SCENARIOS.stream().flatMap(s -> s.scorecard().objectives().stream()).map(Objective::weight))
        .contains(0.0, 1e6);
    assertThat(SCENARIOS.stream().map(s -> s.scorecard().scoring().rollUp()).distinct()).hasSameSizeAs(RollUp.values());
  }

  @Test
  void reachesDatesYearsAwayFromTheBaselineAndScorecardsWithoutActualsOrObjectives() {
    LocalDate base = ScoringScenarios.BASELINE_DATE;
    assertThat(SCENARIOS).anyMatch(s -> s.asOf().isBefore(base.minusYears(1)))
        .anyMatch(s -> s.asOf().isAfter(base.plusYears(2))).anyMatch(s -> s.actuals().isEmpty())
        .anyMatch(s -> s.actuals().size() > 10).anyMatch(s -> s.scorecard().objectives().isEmpty());
    assertThat(kpis().flatMap(k -> k.target().stream())).anyMatch(t -> t.date().getYear() == 2029);
    assertThat(SCENARIOS.stream().flatMap(s -> s.actuals().kpis().stream().flatMap(k -> s.actuals().series(k)
        .keySet().stream()))).anyMatch(d -> d.isBefore(base.minusYears(1))).anyMatch(d -> d.isAfter(base.plusYears(2)));
  }

  @Test
  void valuesAndDatesStayInTheirRanges() {
    assertThat(Samples.of(ScoringScenarios.values(), 3, 2_000))
        .allMatch(v -> v >= -200 && v <= 200 && v * 2 == Math.rint(v * 2))
        .contains(0.0, 0.5, -0.5, 200.0, -200.0);
    assertThat(Samples.of(ScoringScenarios.asOfDates(), 4, 2_000))
        .allMatch(d -> !d.isBefore(LocalDate.of(2024, 1, 1)) && !d.isAfter(LocalDate.of(2029, 1, 1)));
  }

  @Test
  void aSetUpsMirrorImageNegatesEveryPointAndItsTwinSwapsBaselineAndTarget() {
    for (KpiSetup s : Samples.of(ScoringScenarios.kpiSetups(), 5, 200)) {
      Kpi k = s.kpi();
      Kpi mirror = s.mirrored();
      Kpi twin = s.swapped();
      assertThat(mirror.direction()).isEqualTo(k.direction().mirror()).isEqualTo(twin.direction());
      assertThat(mirror.baseline().orElseThrow().value()).isEqualTo(-s.baseline());
      assertThat(mirror.target().orElseThrow().value()).isEqualTo(-s.target());
      assertThat(twin.baseline().orElseThrow().value()).isEqualTo(s.target());
      assertThat(twin.target().orElseThrow().value()).isEqualTo(s.baseline());
      assertThat(k.scoring().orElseThrow().method()).isEqualTo(s.method());
    }
  }

  @Test
  void aSetUpRefusesARangeAnUnknownMethodAndNonFiniteValues() {
    assertThatThrownBy(() -> new KpiSetup(Direction.RANGE, "progress", 0, 1, 0, 0, 1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("direction").hasMessageContaining("RANGE");
    assertThatThrownBy(() -> new KpiSetup(Direction.INCREASE, "magic", 0, 1, 0, 0, 1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("method").hasMessageContaining("magic");
    assertThatThrownBy(() -> new KpiSetup(Direction.INCREASE, "binary", 0, Double.NaN, 0, 0, 1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("target").hasMessageContaining("NaN");
    assertThatThrownBy(() -> new ScoringScenario(null, null, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("scorecard");
  }
}
