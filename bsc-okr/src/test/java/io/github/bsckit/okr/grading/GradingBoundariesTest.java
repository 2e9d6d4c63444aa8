package io.github.bsckit.okr.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.Thresholds;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.okr.plan.Commitment;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.KeyResultType;
import io.github.bsckit.okr.plan.OkrObjective;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Grades at the edges: of the scale, of the bands, of a key result's days, of its precision, and of success. */
@Tag("text")
class GradingBoundariesTest {
  private static final FiscalQuarter Q2 = FiscalQuarter.parse("FY2026 Q2");
  private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
  private static final LocalDate MAY_20 = LocalDate.of(2026, 5, 20);
  private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

  private static KeyResult kr(KeyResultType type, double start, double target) {
    return new KeyResult(KpiId.of("k"), Q2, "K", "", 2, 1, type, start, target, APRIL_1, MAY_20);
  }

  private static double score(KeyResult kr, double current) {
    return OkrGrader.grade(kr, current).grade().score();
  }

  private static Actuals on(String date, double value) {
    return Actuals.builder().add("k", date, value).build();
  }

  @Test
  void theScaleRunsFromZeroToOneInclusive() {
    assertThat(Grade.of(0).reported()).isZero();
    assertThat(Grade.of(1).reported()).isEqualTo(1.0);
    assertThatThrownBy(() -> Grade.of(Math.nextDown(0.0))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("score: must be between 0 and 1 but was -4.9E-324");
    assertThatThrownBy(() -> Grade.of(Math.nextUp(1.0))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("score: must be between 0 and 1 but was 1.0000000000000002");
    assertThatThrownBy(() -> Grade.of(Double.NaN)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("score: must be between 0 and 1 but was NaN");
  }

  @Test
  void aBandIsGivenForReportedGradesFromZeroToOneOnly() {
    assertThat(GradeBand.of(0)).isEqualTo(GradeBand.RED);
    assertThat(GradeBand.of(1)).isEqualTo(GradeBand.GREEN);
    assertThatThrownBy(() -> GradeBand.of(-0.1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("reported: must be between 0 and 1 but was -0.1");
    assertThatThrownBy(() -> GradeBand.of(1.1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("reported: must be between 0 and 1 but was 1.1");
    assertThat(GradeBand.YELLOW).hasToString("yellow");
  }

  @Test
  void anUnroundedGradeTakesTheBandOfItsOneDecimalReport() {
    assertThat(GradeBand.of(Math.nextDown(0.35))).isEqualTo(GradeBand.RED);
    assertThat(GradeBand.of(0.35)).isEqualTo(GradeBand.YELLOW); // reports as 0.4
    assertThat(GradeBand.of(Math.nextDown(0.65))).isEqualTo(GradeBand.YELLOW);
    assertThat(GradeBand.of(0.65)).isEqualTo(GradeBand.GREEN); // reports as 0.7
  }

  @Test
  void successIsJudgedOnTheReportedGrade() {
    assertThat(Grade.of(0.65).meets(Commitment.ASPIRATIONAL)).isTrue(); // reported 0.7
    assertThat(Grade.of(0.649).meets(Commitment.ASPIRATIONAL)).isFalse();
    assertThat(Grade.of(0.95).meets(Commitment.COMMITTED)).isTrue(); // reported 1.0
    assertThat(Grade.of(0.949).meets(Commitment.COMMITTED)).isFalse();
    assertThatThrownBy(() -> Grade.of(1).meets(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("commitment");
  }

  @Test
  void aKpisOwnThresholdsMoveWhereTheStatusesTurn() {
    Thresholds strict = Thresholds.of(0.9, 0.6);
    assertThat(Grade.of(0.9).status(strict)).isEqualTo(Status.ON_TRACK);
    assertThat(Grade.of(0.89).status(strict)).isEqualTo(Status.AT_RISK);
    assertThat(Grade.of(0.6).status(strict)).isEqualTo(Status.AT_RISK);
    assertThat(Grade.of(0.59).status(strict)).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void aLineAndABandAreJudgedAtTheKeyResultsPrecisionWithTheLineItselfOnTheRightSide() {
    assertThat(score(kr(KeyResultType.KEEP_AT_MOST, 7, 8), 8)).isEqualTo(1);
    assertThat(score(kr(KeyResultType.KEEP_AT_MOST, 7, 8), 8.004)).isEqualTo(1); // 8.00
    assertThat(score(kr(KeyResultType.KEEP_AT_MOST, 7, 8), 8.005)).isZero(); // 8.01
    assertThat(score(kr(KeyResultType.LIMIT, 0, 8), 8.004)).isEqualTo(1);
    assertThat(score(kr(KeyResultType.LIMIT, 0, 8), 8.005)).isZero();
    assertThat(score(kr(KeyResultType.KEEP_AT_LEAST, 9, 8), 8)).isEqualTo(1);
    assertThat(score(kr(KeyResultType.KEEP_BETWEEN, 99.5, 100), 99.5)).isEqualTo(1);
    assertThat(score(kr(KeyResultType.KEEP_BETWEEN, 99.5, 100), 100)).isEqualTo(1);
    assertThat(score(kr(KeyResultType.KEEP_BETWEEN, 99.5, 100), 100.005)).isZero();
    assertThat(score(kr(KeyResultType.KEEP_BETWEEN, 99.5, 100), 99.494)).isZero();
  }

  @Test
  void progressIsTheShareOfTheWayTravelledEitherWay() {
    assertThat(score(kr(KeyResultType.INCREASE, 10, 20), 12.5)).isEqualTo(0.25);
    assertThat(score(kr(KeyResultType.REDUCE, 20, 10), 12.5)).isEqualTo(0.75);
    assertThat(score(kr(KeyResultType.REDUCE, 20, 10), 5)).isEqualTo(1);
    assertThat(score(kr(KeyResultType.DELIVER, 0, 400), 100)).isEqualTo(0.25);
    assertThat(score(kr(KeyResultType.DELIVER, 0, 400), -100)).isZero();
    assertThat(score(kr(KeyResultType.DELIVER, 0, 0), -5)).isEqualTo(1);
  }

  @Test
  void aMilestoneIsDoneOnlyAtDone() {
    KeyResult erp = new KeyResult(KpiId.of("k"), Q2, "ERP", "", 0, 1, KeyResultType.COMPLETE, 0, 1, APRIL_1, MAY_20,
        Scale.milestone());
    assertThat(score(erp, 1)).isEqualTo(1);
    assertThat(score(erp, 0)).isZero();
    assertThat(score(erp, 0.999)).isZero();
  }

  @Test
  void countsMeasurementsFromTheFirstDayToTheDueDateOrTheAsOfDateWhicheverComesFirst() {
    KeyResult kr = kr(KeyResultType.INCREASE, 0, 10);
    assertThat(OkrGrader.grade(kr, on("2026-04-01", 4), APRIL_1)).map(g -> g.current()).contains(4.0);
    assertThat(OkrGrader.grade(kr, on("2026-03-31", 4), JUNE_30)).isEmpty();
    assertThat(OkrGrader.grade(kr, on("2026-05-20", 6), JUNE_30)).map(g -> g.current()).contains(6.0);
    assertThat(OkrGrader.grade(kr, on("2026-05-21", 6), JUNE_30)).isEmpty();
    assertThat(OkrGrader.grade(kr, on("2026-05-10", 6), LocalDate.of(2026, 5, 9))).isEmpty();
    assertThat(OkrGrader.grade(kr, on("2026-04-01", 4), LocalDate.of(2026, 3, 31))).isEmpty();
  }

  @Test
  void anAmountAddsUpTheQuartersMeasurementsExactly() {
    KeyResult kr = kr(KeyResultType.DELIVER, 0, 1);
    Actuals tenths = Actuals.builder().add("k", "2026-04-01", 0.1).add("k", "2026-04-02", 0.2)
        .add("k", "2026-04-03", 0.7).build();
    KeyResultGrade g = OkrGrader.grade(kr, tenths, JUNE_30).orElseThrow();
    assertThat(g.current()).isEqualTo(1.0); // not 0.9999999999999999
    assertThat(g.grade().score()).isEqualTo(1.0);
  }

  @Test
  void anObjectivesGradeIsTheWeightedMeanAndCoverageOfItsKeyResultsWithData() {
    KeyResult a = new KeyResult(KpiId.of("a"), Q2, "A", "", 2, 1, KeyResultType.INCREASE, 0, 3, APRIL_1, JUNE_30);
    KeyResult b = new KeyResult(KpiId.of("b"), Q2, "B", "", 2, 2, KeyResultType.INCREASE, 0, 3, APRIL_1, JUNE_30);
    OkrObjective o = new OkrObjective(ObjectiveId.of("C1"), Q2, "Keep customers", Optional.empty(),
        PerspectiveId.of("customer"), List.of(), 1, Commitment.COMMITTED, List.of(a, b));
    Actuals actuals = Actuals.builder().add("a", "2026-05-01", 1).add("b", "2026-05-01", 2).build();

    ObjectiveGrade g = OkrGrader.grade(o, actuals, JUNE_30);

    assertThat(g.grade().orElseThrow().score()).isEqualTo(5.0 / 9); // (1·1/3 + 2·2/3) / 3
    assertThat(g.coverage()).isEqualTo(1.0);
    assertThat(OkrGrader.grade(o, Actuals.empty(), JUNE_30)).satisfies(none -> {
      assertThat(none.grade()).isEmpty();
      assertThat(none.coverage()).isZero();
      assertThat(none).hasToString("FY2026 Q2 C1 \"Keep customers\" (committed, 2 key results): no data");
    });
    assertThat(g).hasToString("FY2026 Q2 C1 \"Keep customers\" (committed, 2 key results): 0.6 (yellow)");
  }

  @Test
  void gradesEveryObjectiveOfAQuarterInThePlansOrder() {
    OkrPlan plan = OkrPlanner.defaults().plan(io.github.bsckit.core.model.Scorecard.builder("Acme")
        .objective("F1", "Grow", "financial", o -> o.kpi("arr", "ARR", k -> k.baseline(0, "2026-01-01")
            .target(4, "2026-12-31")))
        .objective("C1", "Keep", "customer", o -> o.kpi("retention", "Retention", k -> k.baseline(0, "2026-01-01")
            .target(8, "2026-12-31")))
        .build());
    Actuals actuals = Actuals.builder().add("retention", "2026-05-01", 3).build();

    List<ObjectiveGrade> grades = OkrGrader.grade(plan, Q2, actuals, JUNE_30);

    assertThat(grades).extracting(g -> g.objective().objective().value(), g -> g.grade().map(Grade::score))
        .containsExactly(org.assertj.core.api.Assertions.tuple("F1", Optional.empty()),
            org.assertj.core.api.Assertions.tuple("C1", Optional.of(0.5))); // 3 is half of 2 -> 4
    assertThat(OkrGrader.grade(plan, FiscalQuarter.parse("FY2027 Q1"), actuals, JUNE_30)).isEmpty();
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    KeyResult kr = kr(KeyResultType.INCREASE, 0, 10);
    assertThatThrownBy(() -> OkrGrader.grade(kr, null, JUNE_30)).isInstanceOf(NullPointerException.class)
        .hasMessage("actuals");
    assertThatThrownBy(() -> OkrGrader.grade(kr, Actuals.empty(), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
    assertThatThrownBy(() -> OkrGrader.grade((KeyResult) null, 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("keyResult");
    assertThatThrownBy(() -> OkrGrader.grade((OkrPlan) null, Q2, Actuals.empty(), JUNE_30))
        .isInstanceOf(NullPointerException.class).hasMessage("plan");
    assertThatThrownBy(() -> new KeyResultGrade(kr, 1, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("grade");
  }
}
