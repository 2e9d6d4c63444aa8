package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.okr.testing.Generators;
import io.github.bsckit.okr.testing.KpiCase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The laws of a plan, over generated KPIs: calendars, dates, values, precisions, pacings and milestones. */
class PlanPropertiesTest {
  private static final KpiId ID = KpiId.of("retention");
  private static final int EXAMPLES = Integer.getInteger("okr.examples", 300);

  private static List<KeyResult> plan(KpiCase c) {
    return OkrPlanner.builder().pacing(c.pacing()).build().plan(c.scorecard()).keyResults(ID);
  }

  private static BigDecimal sum(List<KeyResult> krs) {
    return krs.stream().map(k -> BigDecimal.valueOf(k.target())).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void quarterLevelsMoveMonotonicallyFromBaselineToTarget() {
    qt().withExamples(EXAMPLES).forAll(KpiCase.of(KpiKind.LEVEL, false)).checkAssert(c -> {
      List<Double> path = new ArrayList<>();
      path.add(c.baseline());
      plan(c).forEach(k -> path.add(k.target()));
      for (int i = 1; i < path.size(); i++) {
        if (c.target() >= c.baseline()) {
          assertThat(path.get(i)).as("quarter %s of %s", i, path).isGreaterThanOrEqualTo(path.get(i - 1));
        } else {
          assertThat(path.get(i)).as("quarter %s of %s", i, path).isLessThanOrEqualTo(path.get(i - 1));
        }
      }
    });
  }

  @Test
  void eachLevelQuarterStartsWhereThePreviousEnded() {
    qt().withExamples(EXAMPLES).forAll(KpiCase.of(KpiKind.LEVEL, true)).checkAssert(c -> {
      List<KeyResult> krs = plan(c);
      assertThat(krs.get(0).start()).isEqualTo(c.baseline());
      for (int i = 1; i < krs.size(); i++) {
        assertThat(krs.get(i).start()).isEqualTo(krs.get(i - 1).target());
      }
    });
  }

  @Test
  void theLastQuarterLandsExactlyOnTheTarget() {
    qt().withExamples(EXAMPLES).forAll(KpiCase.of(KpiKind.LEVEL, true)).checkAssert(c -> {
      List<KeyResult> krs = plan(c);
      assertThat(krs.get(krs.size() - 1).target()).isEqualTo(c.target());
    });
  }

  @Test
  void flowPartsAlwaysAddUpToTheTotal() {
    qt().withExamples(EXAMPLES).forAll(KpiCase.of(KpiKind.FLOW, true))
        .checkAssert(c -> assertThat(sum(plan(c))).isEqualByComparingTo(BigDecimal.valueOf(c.target())));
  }

  @Test
  void flowPartsHaveTheKpisPrecisionExceptForAResidueOfTheTotal() {
    qt().withExamples(EXAMPLES).forAll(KpiCase.of(KpiKind.FLOW, false)).checkAssert(c -> {
      List<KeyResult> krs = plan(c);
      boolean totalOnGrid = BigDecimal.valueOf(c.target()).stripTrailingZeros().scale() <= c.precision();
      for (int i = 0; i < krs.size() - (totalOnGrid ? 0 : 1); i++) {
        assertThat(BigDecimal.valueOf(krs.get(i).target()).stripTrailingZeros().scale())
            .isLessThanOrEqualTo(c.precision());
      }
    });
  }

  @Test
  void rePlanningFromALevelActualEqualToThePlanChangesNothing() {
    qt().withExamples(EXAMPLES).forAll(KpiCase.of(KpiKind.LEVEL, true), integers().between(0, 10_000),
        integers().between(0, 10_000)).checkAssert((c, quarterPick, dayPick) -> {
          List<KeyResult> planned = plan(c);
          KeyResult kr = planned.get(quarterPick % planned.size());
          LocalDate from = kr.from().isAfter(c.baselineDate()) ? kr.from() : c.baselineDate().plusDays(1);
          LocalDate on = from.plusDays(dayPick % (ChronoUnit.DAYS.between(from, kr.due()) + 1));
          Actuals actual = Actuals.empty().with(ID, on, kr.target());
          OkrPlan replanned = OkrPlanner.builder().pacing(c.pacing()).build().plan(c.scorecard(), actual, on);
          assertThat(replanned.keyResults(ID)).isEqualTo(planned);
        });
  }

  @Test
  void rePlanningFromAnyLevelActualStartsThereAndStillEndsOnTheTarget() {
    qt().withExamples(EXAMPLES).forAll(KpiCase.of(KpiKind.LEVEL, false), integers().between(0, 10_000),
        Generators.values(3)).checkAssert((c, quarterPick, value) -> {
          List<KeyResult> planned = plan(c);
          int p = quarterPick % planned.size();
          LocalDate on = planned.get(p).due();
          List<KeyResult> replanned = OkrPlanner.builder().pacing(c.pacing()).build()
              .plan(c.scorecard(), Actuals.empty().with(ID, on, value), on).keyResults(ID);
          assertThat(replanned.subList(0, p + 1)).isEqualTo(planned.subList(0, p + 1));
          assertThat(replanned.get(replanned.size() - 1).target()).isEqualTo(c.target());
          if (p < planned.size() - 1) {
            List<Double> path = new ArrayList<>();
            path.add(value);
            replanned.subList(p + 1, replanned.size()).forEach(k -> path.add(k.target()));
            // an actual that rounds to the planned level is on plan, and the plan stands
            boolean onPlan = BigDecimal.valueOf(value).setScale(c.precision(), RoundingMode.HALF_UP)
                .compareTo(BigDecimal.valueOf(planned.get(p).target())) == 0;
            assertThat(replanned.get(p + 1).start()).isEqualTo(onPlan ? planned.get(p).target() : value);
            for (int i = 1; i < path.size(); i++) {
              assertThat(path.get(i)).as("step %s of %s", i, path)
                  .isBetween(Math.min(path.get(i - 1), c.target()), Math.max(path.get(i - 1), c.target()));
            }
          }
        });
  }

  @Test
  void rePlanningFromFlowActualsEqualToThePlanChangesNothing() {
    qt().withExamples(EXAMPLES).forAll(KpiCase.of(KpiKind.FLOW, true), integers().between(0, 10_000),
        Generate.booleans()).checkAssert((c, quarterPick, atClose) -> {
          List<KeyResult> planned = plan(c);
          int p = quarterPick % planned.size();
          Actuals actuals = Actuals.empty();
          for (int i = 0; i < p; i++) {
            actuals = actuals.with(ID, planned.get(i).due(), planned.get(i).target());
          }
          KeyResult current = planned.get(p);
          LocalDate latest = atClose ? current.due() : current.from();
          actuals = actuals.with(ID, latest, atClose ? current.target() : current.target() / 3);
          OkrPlan replanned = OkrPlanner.builder().pacing(c.pacing()).build().plan(c.scorecard(), actuals, latest);
          assertThat(replanned.keyResults(ID)).isEqualTo(planned);
        });
  }

  @Test
  void rePlannedFlowsStillAddUpToTheTotalUnlessAlreadyPassed() {
    qt().withExamples(EXAMPLES).forAll(KpiCase.of(KpiKind.FLOW, false), integers().between(0, 10_000),
        integers().between(0, 200)).checkAssert((c, quarterPick, percent) -> {
          List<KeyResult> planned = plan(c);
          int p = quarterPick % planned.size();
          Actuals actuals = Actuals.empty();
          BigDecimal achieved = BigDecimal.ZERO;
          for (int i = 0; i <= p; i++) {
            double v = BigDecimal.valueOf(planned.get(i).target()).multiply(BigDecimal.valueOf(percent))
                .movePointLeft(2).setScale(c.precision(), RoundingMode.HALF_UP).doubleValue();
            actuals = actuals.with(ID, planned.get(i).due(), v);
            achieved = achieved.add(BigDecimal.valueOf(v));
          }
          List<KeyResult> replanned = OkrPlanner.builder().pacing(c.pacing()).build()
              .plan(c.scorecard(), actuals, planned.get(p).due()).keyResults(ID);
          if (p == planned.size() - 1) {
            return; // nothing left to re-plan
          }
          BigDecimal rest = sum(replanned.subList(p + 1, replanned.size()));
          BigDecimal total = BigDecimal.valueOf(c.target());
          BigDecimal left = total.subtract(achieved);
          if (left.signum() * total.signum() > 0) {
            assertThat(achieved.add(rest)).isEqualByComparingTo(total);
          }
        });
  }
}
