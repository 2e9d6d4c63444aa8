package io.github.bsckit.okr.testing;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;

import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.testkit.model.KpiGenerator;
import io.github.bsckit.testkit.model.KpiGenerators;
import java.time.LocalDate;
import java.time.Month;
import org.quicktheories.core.Gen;

/**
 * A generated KPI with everything the planner reads, and the pacing to plan it with. The KPI comes from
 * bsc-testkit, shaped as a planner must take it: a baseline and a target (INCREASE or DECREASE), dates up to six
 * years apart so that horizons span several fiscal years, values of either sign typed with up to three
 * decimals more than the precision, and up to three milestones that may dip below or overshoot the way from
 * baseline to target. The fiscal year may start in any month.
 *
 * @param fiscalYearStart the scorecard's fiscal year start
 * @param kpi the KPI, with id {@code retention}
 * @param pacing the pacing to plan with
 */
public record KpiCase(Month fiscalYearStart, Kpi kpi, Pacing pacing) {
  private static final KpiId ID = KpiId.of("retention");

  /** {@return the case as a one-KPI scorecard: objective C1 of {@link Examples#retention()} holding the KPI} */
  public Scorecard scorecard() {
    Scorecard s = Examples.retention().withFiscalYearStart(fiscalYearStart);
    return s.withObjective(s.objective(ObjectiveId.of("C1")).orElseThrow().withKpi(kpi));
  }

  /** {@return the baseline value} */
  public double baseline() {
    return kpi.baseline().orElseThrow().value();
  }

  /** {@return the baseline date} */
  public LocalDate baselineDate() {
    return kpi.baseline().orElseThrow().date();
  }

  /** {@return the target value} */
  public double target() {
    return kpi.target().orElseThrow().value();
  }

  /** {@return the KPI's decimals} */
  public int precision() {
    return kpi.precision();
  }

  /**
   * Generates cases.
   *
   * @param kind LEVEL or FLOW
   * @param withMilestones whether to add milestones (0 to 3)
   * @return the generator
   */
  public static Gen<KpiCase> of(KpiKind kind, boolean withMilestones) {
    KpiGenerator kpis = KpiGenerators.withId(ID).kinds(kind).directions(Direction.INCREASE, Direction.DECREASE)
        .withBaseline().horizonDays(1, 6 * 366).milestones(0, withMilestones ? 3 : 0).finerThanPrecision(3)
        .anySign().milestonesAnywhere();
    return Generators.months().zip(gen(kpis), Generators.pacings(), KpiCase::new);
  }
}
