package io.github.bsckit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.model.RollUp;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic under a score report: least-squares trends through dated points, and the roll-up of children's
 * evaluations into their parent's.
 *
 * <p>Some of PIT's mutants of {@code Trends.slope} cannot be killed: the slope Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² is
 * unchanged when ȳ is wrong (Σ(x − x̄) = 0) or when one factor's x̄ is added instead of subtracted, so those
 * mutants compute the same number.
 */
class TrendsAndRollUpsTest {
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11),
      LocalDate.of(2026, 1, 31));

  @Test
  void theSlopeIsPerDayAndTheDirectionIsJudgedOnTheOrientedValues() {
    double[] rising = {10, 12, 16}; // 0.2 per day through all three points
    double[] falling = {-10, -12, -16};

    Trend up = Trends.fit(DATES, rising, rising, 0.5);
    assertThat(up.slopePerDay()).isCloseTo(0.2, within(1e-12));
    assertThat(up.direction()).isEqualTo(TrendDirection.IMPROVING);
    assertThat(up.points()).isEqualTo(3);

    // A lower-is-better KPI: the raw values rise, the oriented ones fall, the slope reported is the raw one.
    Trend worse = Trends.fit(DATES, rising, falling, 0.5);
    assertThat(worse.slopePerDay()).isCloseTo(0.2, within(1e-12));
    assertThat(worse.direction()).isEqualTo(TrendDirection.WORSENING);
  }

  @Test
  void aChangeBelowTheThresholdIsFlatAndOneExactlyAtItIsNot() {
    List<LocalDate> tenDaysApart = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11),
        LocalDate.of(2026, 1, 21));
    double[] values = {10, 12.5, 15}; // 0.25 a day: a fitted change of exactly 5 over the 20 days
    assertThat(Trends.fit(tenDaysApart, values, values, 5.000001).direction()).isEqualTo(TrendDirection.FLAT);
    assertThat(Trends.fit(tenDaysApart, values, values, 5).direction()).isEqualTo(TrendDirection.IMPROVING);
    double[] level = {5, 5, 5};
    assertThat(Trends.fit(DATES, level, level, 0).direction()).isEqualTo(TrendDirection.WORSENING);
    assertThat(Trends.fit(DATES, level, level, 1e-9).direction()).isEqualTo(TrendDirection.FLAT);
  }

  @Test
  void fewerThanTwoPointsHaveNoTrend() {
    assertThat(Trends.fit(List.of(), new double[0], new double[0], 1).direction()).isEqualTo(TrendDirection.UNKNOWN);
    assertThat(Trends.fit(DATES.subList(0, 1), new double[] {1}, new double[] {1}, 1).points()).isEqualTo(1);
  }

  @Test
  void minAndMaxBreakTiesOnScoreByOvershoot() {
    Evaluation atTarget = new Evaluation(1, 0, 1, "");
    Evaluation farAbove = new Evaluation(1, 0.5, 1, "");
    Evaluation half = new Evaluation(0.5, 0, 1, "");
    double[] w = {1, 1, 1};

    assertThat(RollUps.combine(RollUp.MAX, List.of(atTarget, farAbove, half), w, "").overshoot()).isEqualTo(0.5);
    assertThat(RollUps.combine(RollUp.MAX, List.of(farAbove, atTarget, half), w, "").overshoot()).isEqualTo(0.5);
    assertThat(RollUps.combine(RollUp.MIN, List.of(farAbove, atTarget), new double[] {1, 1}, "").overshoot())
        .isZero();
    assertThat(RollUps.combine(RollUp.MIN, List.of(atTarget, farAbove), new double[] {1, 1}, "").overshoot())
        .isZero();
    Evaluation min = RollUps.combine(RollUp.MIN, List.of(farAbove, half, atTarget), w, "");
    assertThat(min.score()).isEqualTo(0.5);
    assertThat(min.overshoot()).isZero();
    Evaluation max = RollUps.combine(RollUp.MAX, List.of(half, farAbove), new double[] {1, 1}, "");
    assertThat(max.score()).isEqualTo(1);
    assertThat(max.overshoot()).isEqualTo(0.5);
  }

  @Test
  void childrenWithoutDataOrWeightAreLeftOutOfTheScoreButNotOfTheCoverage() {
    Evaluation none = Evaluation.noData("no actual");
    Evaluation full = new Evaluation(0.8, 0, 1, "");
    Evaluation zero = new Evaluation(0, 0, 1, "");

    Evaluation mean = RollUps.combine(RollUp.WEIGHTED_MEAN, List.of(full, none, zero), new double[] {3, 1, 0}, "");
    assertThat(mean.score()).isCloseTo(0.8, within(1e-12)); // the weight-0 child counts for nothing
    assertThat(mean.coverage()).isCloseTo(3.0 / 4, within(1e-12));
    assertThat(RollUps.combine(RollUp.MIN, List.of(full, none), new double[] {1, 1}, "").score()).isEqualTo(0.8);
    assertThat(RollUps.combine(RollUp.MAX, List.of(none, zero), new double[] {1, 1}, "").score()).isZero();
    Evaluation nothing = RollUps.combine(RollUp.MEAN, List.of(none), new double[] {1}, "no child has data");
    assertThat(nothing.hasData()).isFalse();
    assertThat(nothing.note()).isEqualTo("no child has data");
  }
}
