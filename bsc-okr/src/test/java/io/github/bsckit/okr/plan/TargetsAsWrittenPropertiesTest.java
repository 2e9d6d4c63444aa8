package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.okr.testing.KpiCase;
import io.github.bsckit.okr.wording.KeyResultWording;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.model.KpiGenerators;
import java.time.Month;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The laws of plans for floors, ceilings, ordinal and milestone KPIs, over seeded samples of bsc-testkit's
 * {@code asWritten()} KPIs (each law picks its own kind of KPI from the samples, so no generated case is
 * thrown away by an assumption), with fiscal years starting in any month and each pacing.
 */
class TargetsAsWrittenPropertiesTest {
  private static final KpiId ID = KpiId.of("retention");
  private static final List<Pacing> PACINGS = List.of(Pacing.linear(), Pacing.frontLoaded(), Pacing.backLoaded(),
      Pacing.seasonal(0.1, 0.2, 0.3, 0.4));

  private static final List<KpiCase> CASES = cases(600);

  private static List<KpiCase> cases(int count) {
    List<Kpi> kpis = Samples.of(KpiGenerators.withId(ID).kinds(KpiKind.LEVEL)
        .directions(Direction.INCREASE, Direction.DECREASE).withBaseline().horizonDays(1, 6 * 366)
        .finerThanPrecision(3).anySign().asWritten(), 2026, count);
    return IntStream.range(0, kpis.size()).mapToObj(i ->
        new KpiCase(Month.of(1 + i % 12), kpis.get(i), PACINGS.get(i % PACINGS.size()))).toList();
  }

  private static Stream<KpiCase> cases() {
    return CASES.stream();
  }

  private static List<KeyResult> plan(KpiCase c) {
    return OkrPlanner.builder().pacing(c.pacing()).build().plan(c.scorecard()).keyResults(ID);
  }

  @Test
  void everyKeyResultIsOnTheKpisScaleAndCanBeWorded() {
    assertThat(cases().map(KpiCase::kpi).map(Kpi::scale).map(Scale::type).distinct()).hasSize(3);
    cases().forEach(c -> {
      for (KeyResult kr : plan(c)) {
        assertThat(kr.scale()).isEqualTo(c.kpi().scale());
        assertThat(c.kpi().scale().holds(kr.start()) && c.kpi().scale().holds(kr.target())).as(kr.toString()).isTrue();
        assertThat(KeyResultWording.english().describe(kr)).isNotBlank();
      }
    });
  }

  @Test
  void aFloorOrCeilingIsNeverPlannedPastAndOnceMetIsKeptAtTheLine() {
    List<KpiCase> lines = cases().filter(c -> c.kpi().isOneSided()).toList();
    assertThat(lines).hasSizeGreaterThan(80);
    for (KpiCase c : lines) {
      boolean up = c.kpi().direction() == Direction.INCREASE;
      boolean met = false;
      for (KeyResult kr : plan(c)) {
        met |= up ? kr.start() >= c.target() : kr.start() <= c.target();
        if (met) {
          assertThat(kr.type()).as(kr.toString())
              .isEqualTo(up ? KeyResultType.KEEP_AT_LEAST : KeyResultType.KEEP_AT_MOST);
          assertThat(kr.target()).as(kr.toString()).isEqualTo(c.target());
        } else {
          assertThat(up ? kr.target() <= c.target() : kr.target() >= c.target()).as(kr.toString()).isTrue();
        }
      }
    }
  }

  @Test
  void anOrdinalPlanStepsInWholeLevelsAndEndsOnItsTarget() {
    List<KpiCase> ordinals = cases().filter(c -> c.kpi().scale().isOrdinal()).toList();
    assertThat(ordinals).hasSizeGreaterThan(80);
    for (KpiCase c : ordinals) {
      List<KeyResult> krs = plan(c);
      assertThat(krs).allSatisfy(kr -> assertThat(kr.target()).isEqualTo(Math.rint(kr.target())));
      assertThat(krs.get(krs.size() - 1).target()).as(c.toString()).isEqualTo(c.target());
    }
  }

  @Test
  void aMilestoneIsOneKeyResultToCompleteDueByItsTargetDate() {
    List<KpiCase> milestones = cases().filter(c -> c.kpi().scale().isMilestone()).toList();
    assertThat(milestones).hasSizeGreaterThan(80);
    for (KpiCase c : milestones) {
      List<KeyResult> krs = plan(c);
      assertThat(krs).hasSize(1);
      assertThat(krs.get(0).type()).isEqualTo(KeyResultType.COMPLETE);
      assertThat(krs.get(0).due()).isEqualTo(c.kpi().target().orElseThrow().date());
    }
  }
}
