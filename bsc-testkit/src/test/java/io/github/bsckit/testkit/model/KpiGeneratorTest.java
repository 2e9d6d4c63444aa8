package io.github.bsckit.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Indicator;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.testkit.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiGeneratorTest {
  private static final List<Kpi> KPIS = Samples.of(KpiGenerators.any(), 11, 2_000);

  @Test
  void targetsLieOnTheRightSideOfTheirBaselines() {
    assertThat(KPIS).filteredOn(k -> k.baseline().isPresent() && k.target().isPresent()).allSatisfy(k -> {
      double b = k.baseline().get().value();
      double t = k.target().get().value();
      switch (k.direction()) {
        case INCREASE -> assertThat(t).as(k.toString()).isGreaterThanOrEqualTo(b);
        case DECREASE -> assertThat(t).as(k.toString()).isLessThanOrEqualTo(b);
        case RANGE -> assertThat(k.range().orElseThrow().contains(t)).as(k.toString()).isTrue();
      }
    });
  }

  @Test
  void everyKpiButRangeOnesHasATarget() {
    assertThat(KPIS).filteredOn(k -> k.direction() != Direction.RANGE).allSatisfy(k -> assertThat(k.target()).isPresent());
    assertThat(KPIS).filteredOn(k -> k.direction() == Direction.RANGE)
        .anySatisfy(k -> assertThat(k.target()).isPresent()).anySatisfy(k -> assertThat(k.target()).isEmpty());
  }

  @Test
  void milestonesMoveFromBaselineTowardTarget() {
    assertThat(KPIS).filteredOn(k -> k.milestones().size() >= 2).isNotEmpty().allSatisfy(k -> {
      List<Double> path = new java.util.ArrayList<>();
      path.add(k.baseline().orElseThrow().value());
      k.milestones().stream().map(DatedValue::value).forEach(path::add);
      path.add(k.target().orElseThrow().value());
      if (k.direction() == Direction.INCREASE) {
        assertThat(path).as(k.toString()).isSorted();
      } else {
        assertThat(path).as(k.toString()).isSortedAccordingTo((x, y) -> Double.compare(y, x));
      }
    });
  }

  @Test
  void flowKpisNeverCountNegativeAmounts() {
    assertThat(KPIS).filteredOn(k -> k.kind() == KpiKind.FLOW).isNotEmpty().allSatisfy(k -> {
      k.baseline().ifPresent(b -> assertThat(b.value()).isNotNegative());
      k.target().ifPresent(t -> assertThat(t.value()).isNotNegative());
    });
  }

  @Test
  void narrowingKeepsToTheChosenValues() {
    assertThat(Samples.of(KpiGenerators.withId(KpiId.of("churn")).directions(Direction.DECREASE)
        .indicators(Indicator.LEADING).kinds(KpiKind.FLOW), 12, 200)).allSatisfy(k -> {
          assertThat(k.id()).isEqualTo(KpiId.of("churn"));
          assertThat(k.direction()).isEqualTo(Direction.DECREASE);
          assertThat(k.isLeading()).isTrue();
          assertThat(k.kind()).isEqualTo(KpiKind.FLOW);
        });
    assertThatThrownBy(() -> KpiGenerators.any().directions()).isInstanceOf(BscException.class)
        .hasMessage("directions must name at least one value but was []");
  }

  @Test
  void precisionsCoverZeroToTen() {
    assertThat(KPIS.stream().map(Kpi::precision).distinct().sorted().toList())
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }
}
