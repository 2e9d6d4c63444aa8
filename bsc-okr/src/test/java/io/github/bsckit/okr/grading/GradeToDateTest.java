package io.github.bsckit.okr.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.plan.ExpectedPath;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.OkrPlanner;
import io.github.bsckit.okr.testing.Examples;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The grade of a key result to date: is the KPI where its expected path says it should be on that day? Retention
 * from 85% to 90% over 2026 is on its path at 86.25 on 03-31 and at 87.5 on 06-30.
 */
class GradeToDateTest {
  private static final KpiId RETENTION = KpiId.of("retention");
  private static final FiscalQuarter Q2 = FiscalQuarter.parse("FY2026 Q2");
  private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

  private static Scorecard card(Consumer<Kpi.Builder> kpi) {
    return Examples.withKpi(kpi);
  }

  private static KeyResult q2(Scorecard card) {
    return OkrPlanner.defaults().plan(card).keyResult(RETENTION, Q2).orElseThrow();
  }

  private static ExpectedPath path(Scorecard card) {
    return ExpectedPath.of(card, card.kpi(RETENTION).orElseThrow()).orElseThrow();
  }

  private static Optional<Double> gradeOn(Scorecard card, Actuals actuals, LocalDate asOf) {
    return OkrGrader.gradeToDate(q2(card), path(card), actuals, asOf).map(Grade::score);
  }

  private static Actuals actuals(String date, double value) {
    return Actuals.builder().add("retention", date, value).build();
  }

  @Test
  void isTheShareOfTheExpectedProgressMadeAndOneOnThePath() {
    Scorecard card = Examples.retention();
    assertThat(gradeOn(card, actuals("2026-06-30", 87.5), JUNE_30)).contains(1.0);
    assertThat(gradeOn(card, actuals("2026-06-30", 86.25), JUNE_30)).contains(0.5); // 1.25 of the 2.5 expected
  }

  @Test
  void isCappedIntoZeroToOne() {
    Scorecard card = Examples.retention();
    assertThat(gradeOn(card, actuals("2026-06-30", 95), JUNE_30)).contains(1.0);
    assertThat(gradeOn(card, actuals("2026-06-30", 80), JUNE_30)).contains(0.0);
  }

  @Test
  void onAndAfterTheDueDateJudgesTheKpiOnTheDueDate() {
    Scorecard card = Examples.retention();
    Actuals onPathThenOff = Actuals.builder().add("retention", "2026-06-30", 87.5).add("retention", "2026-07-15", 80)
        .build();
    assertThat(gradeOn(card, onPathThenOff, LocalDate.of(2026, 7, 20))).contains(1.0);
    assertThat(gradeOn(card, onPathThenOff, JUNE_30)).contains(1.0);
  }

  @Test
  void hasNoGradeBeforeTheQuarterOrWithoutAnActual() {
    Scorecard card = Examples.retention();
    Actuals march = actuals("2026-03-31", 86.25);
    assertThat(gradeOn(card, march, LocalDate.of(2026, 3, 31))).isEmpty();
    // on 04-01 the KPI's latest actual is Q1's; 1.25 of the 1.25 + 1.25/91 expected a day into Q2
    assertThat(gradeOn(card, march, LocalDate.of(2026, 4, 1)))
        .hasValueSatisfying(g -> assertThat(g).isCloseTo(91.0 / 92, within(1e-12)));
    assertThat(gradeOn(card, Actuals.empty(), JUNE_30)).isEmpty();
  }

  @Test
  void aFlowIsGradedOnItsRunningTotalAfterTheBaselineDate() {
    // 1,000 over 2026 from a baseline closing 2025: 500 expected by 06-30
    Scorecard card = card(k -> k.flow().precision(0).baseline(0, "2025-12-31").target(1000, "2026-12-31"));
    Actuals actuals = Actuals.builder().add("retention", "2025-12-31", 400).add("retention", "2026-03-31", 200)
        .add("retention", "2026-06-30", 200).build();
    assertThat(gradeOn(card, actuals, JUNE_30)).contains(0.8); // 400 of 500: the baseline day's 400 is not counted
    assertThat(gradeOn(card, Actuals.empty(), JUNE_30)).isEmpty();
  }

  @Test
  void followsTheScorecardsScoringPolicyAndHasNoGradeWhereItsMethodCannotScore() {
    Scorecard card = Examples.retention();
    KeyResult q2 = q2(card);
    Actuals actuals = actuals("2026-06-30", 86.25);
    // progress judges against the year's target: 1.25 of 5
    assertThat(OkrGrader.gradeToDate(q2, path(card), actuals, JUNE_30,
        ScoringPolicy.DEFAULT.withMethod(ScoringSpec.progress()))).map(Grade::score).contains(0.25);
    assertThat(OkrGrader.gradeToDate(q2, path(card), actuals, JUNE_30,
        ScoringPolicy.DEFAULT.withMethod(ScoringSpec.range()))).isEmpty(); // not a band, floor or ceiling
    assertThat(OkrGrader.gradeToDate(q2, path(card), actuals, JUNE_30,
        ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("house-method")))).isEmpty(); // not a built-in
  }

  @Test
  void rejectsThePathOfAnotherKpiAndNulls() {
    Scorecard card = Examples.retention();
    Scorecard other = Scorecard.builder("Other").objective("C2", "Delight", "customer", o -> o.kpi("nps", "NPS",
        k -> k.baseline(30, "2026-01-01").target(40, "2026-12-31"))).build();
    ExpectedPath npsPath = ExpectedPath.of(other, other.kpi(KpiId.of("nps")).orElseThrow()).orElseThrow();

    assertThatThrownBy(() -> OkrGrader.gradeToDate(q2(card), npsPath, Actuals.empty(), JUNE_30))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("path: is the path of KPI nps, not of the key result's KPI retention");
    assertThatThrownBy(() -> OkrGrader.gradeToDate(q2(card), path(card), Actuals.empty(), JUNE_30, null))
        .isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> OkrGrader.gradeToDate(q2(card), path(card), null, JUNE_30))
        .isInstanceOf(NullPointerException.class).hasMessage("actuals");
  }
}
