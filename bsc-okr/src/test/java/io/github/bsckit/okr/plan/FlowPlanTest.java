package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.okr.testing.Examples;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FLOW KPIs: the target is the total over the horizon, and each quarter's amount is the difference of the
 * expected running totals at its ends, rounded at the KPI's precision, so the amounts add up exactly.
 */
class FlowPlanTest {
  private static final KpiId ID = KpiId.of("retention"); // the shared example's KPI id; here it is an amount

  /** 10,000,000 over FY2026 Q2 to Q4: the baseline closes FY2026 Q1, so three quarters remain. */
  private static Scorecard tenMillionOverThreeQuarters() {
    return Examples.withKpi(k -> k.flow().unit("$").precision(0)
        .baseline(9_000_000, "2026-03-31").target(10_000_000, "2026-12-31"));
  }

  private static List<Double> parts(Scorecard scorecard, Pacing pacing) {
    return OkrPlanner.builder().pacing(pacing).build().plan(scorecard).keyResults(ID).stream()
        .map(KeyResult::target).toList();
  }

  @Test
  void splitsTheAnnualTotalIntoThirdsThatAddUpExactly() {
    List<Double> parts = parts(tenMillionOverThreeQuarters(), Pacing.custom(1, 1, 1));
    // running totals 3,333,333.33… → 3,333,333 and 6,666,666.67… → 6,666,667
    assertThat(parts).containsExactly(3_333_333.0, 3_333_334.0, 3_333_333.0);
    assertThat(parts.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("10000000");
  }

  @Test
  void theBaselineOfAFlowDoesNotChangeTheSplit() {
    Scorecard otherBaseline = Examples.withKpi(k -> k.flow().unit("$").precision(0)
        .baseline(1, "2026-03-31").target(10_000_000, "2026-12-31"));
    assertThat(parts(otherBaseline, Pacing.linear())).isEqualTo(parts(tenMillionOverThreeQuarters(), Pacing.linear()));
  }

  @Test
  void eachQuarterDeliversItsAmountFromZero() {
    List<KeyResult> krs = OkrPlanner.defaults().plan(tenMillionOverThreeQuarters()).keyResults(ID);
    assertThat(krs).extracting(KeyResult::type).containsOnly(KeyResultType.DELIVER);
    assertThat(krs).extracting(KeyResult::start).containsOnly(0.0);
  }

  @Test
  void aFlowThatShouldFallIsALimit() {
    Scorecard cost = Examples.withKpi(k -> k.flow().decrease().unit("$").precision(0)
        .baseline(1_200_000, "2025-12-31").target(1_000_000, "2026-12-31"));
    assertThat(OkrPlanner.defaults().plan(cost).keyResults(ID))
        .extracting(KeyResult::type, KeyResult::target)
        .containsOnly(org.assertj.core.api.Assertions.tuple(KeyResultType.LIMIT, 250_000.0));
  }

  @Test
  void roundsAtTheKpisPrecision() {
    Scorecard cents = Examples.withKpi(k -> k.flow().precision(2).baseline(0, "2025-12-31").target(100, "2026-09-30"));
    assertThat(parts(cents, Pacing.linear())).containsExactly(33.33, 33.34, 33.33);
  }

  @Test
  void seasonalWeightsShapeTheAmounts() {
    Scorecard year = Examples.withKpi(k -> k.flow().precision(0).baseline(0, "2025-12-31").target(1000, "2026-12-31"));
    assertThat(parts(year, Pacing.seasonal(0.17, 0.23, 0.30, 0.30))).containsExactly(170.0, 230.0, 300.0, 300.0);
  }
}
