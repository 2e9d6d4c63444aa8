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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
      List<Double> path = new ArrayList<>();
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

  /** A KPI as a planner sees it, with every number setting away from its default. */
  private static final KpiGenerator ROUGH = KpiGenerators.withId(KpiId.of("revenue"))
      .directions(Direction.INCREASE, Direction.DECREASE).withBaseline().milestones(1, 3).horizonDays(30, 6 * 366)
      .finerThanPrecision(3).anySign().milestonesAnywhere();
  private static final List<Kpi> ROUGH_KPIS = Samples.of(ROUGH, 13, 2_000);

  @Test
  void roughKpisHaveABaselineATargetAndMilestonesWithinTheirHorizon() {
    assertThat(ROUGH_KPIS).allSatisfy(k -> {
      LocalDate b = k.baseline().orElseThrow().date();
      LocalDate t = k.target().orElseThrow().date();
      assertThat(ChronoUnit.DAYS.between(b, t)).as(k.toString()).isBetween(30L, 6L * 366);
      assertThat(k.milestones()).as(k.toString()).hasSizeBetween(1, 3)
          .allSatisfy(m -> assertThat(m.date()).isAfter(b).isBefore(t));
    });
  }

  @Test
  void roughKpisHaveValuesFinerThanTheirPrecisionButNoFinerThanAsked() {
    assertThat(ROUGH_KPIS).allSatisfy(k -> values(k).forEach(v ->
        assertThat(decimals(v)).as(k.toString()).isLessThanOrEqualTo(k.precision() + 3)));
    assertThat(ROUGH_KPIS).anySatisfy(k -> assertThat(values(k)).anyMatch(v -> decimals(v) > k.precision()));
  }

  @Test
  void roughKpisComeInEitherSignFlowsIncluded() {
    assertThat(ROUGH_KPIS).filteredOn(k -> k.kind() == KpiKind.FLOW)
        .anySatisfy(k -> assertThat(k.target().orElseThrow().value()).isNegative())
        .anySatisfy(k -> assertThat(k.target().orElseThrow().value()).isPositive());
    assertThat(ROUGH_KPIS).allSatisfy(k -> {
      double b = k.baseline().orElseThrow().value();
      double t = k.target().orElseThrow().value();
      assertThat(k.direction() == Direction.INCREASE ? t >= b : t <= b).as(k.toString()).isTrue();
    });
  }

  @Test
  void roughMilestonesMayDipOrOvershoot() {
    assertThat(ROUGH_KPIS).anySatisfy(k -> {
      double lo = Math.min(k.baseline().orElseThrow().value(), k.target().orElseThrow().value());
      double hi = Math.max(k.baseline().orElseThrow().value(), k.target().orElseThrow().value());
      assertThat(k.milestones()).anyMatch(m -> m.value() < lo || m.value() > hi);
    });
  }

  @Test
  void milestoneCountsNeverExceedTheDaysBetweenBaselineAndTarget() {
    assertThat(Samples.of(KpiGenerators.any().directions(Direction.INCREASE).withBaseline().milestones(3, 3)
        .horizonDays(1, 5), 14, 300)).allSatisfy(k -> {
          long daysBetween = ChronoUnit.DAYS.between(k.baseline().get().date(), k.target().get().date()) - 1;
          assertThat(k.milestones()).as(k.toString()).hasSize((int) Math.min(3, daysBetween));
        });
  }

  @Test
  void explainsNumberSettingsOutOfBounds() {
    assertThatThrownBy(() -> KpiGenerators.any().milestones(2, 1)).isInstanceOf(BscException.class)
        .hasMessageContaining("min: must be <= 1 but was 2");
    assertThatThrownBy(() -> KpiGenerators.any().milestones(0, 13)).isInstanceOf(BscException.class)
        .hasMessageContaining("max: must be between 0 and 12 but was 13");
    assertThatThrownBy(() -> KpiGenerators.any().horizonDays(0, 10)).isInstanceOf(BscException.class)
        .hasMessageContaining("min: must be >= 1 but was 0");
    assertThatThrownBy(() -> KpiGenerators.any().horizonDays(1, 40_000)).isInstanceOf(BscException.class)
        .hasMessageContaining("max: must be between 1 and 36525 but was 40000");
    assertThatThrownBy(() -> KpiGenerators.any().finerThanPrecision(11)).isInstanceOf(BscException.class)
        .hasMessageContaining("extra: must be between 0 and 10 but was 11");
    assertThat(ROUGH.toString()).isEqualTo("KpiGenerator[directions=[increase, decrease], indicators=[lagging,"
        + " leading], kinds=[level, flow], milestones=1..3, withBaseline, horizonDays=30..2196, finerThanPrecision=3,"
        + " anySign, milestonesAnywhere]");
  }

  private static List<Double> values(Kpi k) {
    List<Double> out = new ArrayList<>();
    k.baseline().ifPresent(b -> out.add(b.value()));
    k.target().ifPresent(t -> out.add(t.value()));
    k.milestones().forEach(m -> out.add(m.value()));
    return out;
  }

  private static int decimals(double v) {
    return Math.max(0, new BigDecimal(Double.toString(v)).stripTrailingZeros().scale());
  }

  @Test
  void precisionsCoverZeroToTen() {
    assertThat(KPIS.stream().map(Kpi::precision).distinct().sorted().toList())
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }
}
