package io.github.bsckit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringSpec;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Floors and ceilings are met or missed; bands on their way in follow their path; ordinal KPIs score in steps; milestones are done or overdue. */
class TargetKindScoringTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

  private static ScoreNode score(UnaryOperator<io.github.bsckit.core.model.Kpi.Builder> kpi, Actuals actuals,
      LocalDate asOf) {
    Scorecard card = Scorecard.builder("City").objective("C1", "Residents take part", "customer",
        o -> o.kpi("k", "The KPI", kpi::apply)).build();
    return Scorer.defaults().score(card, actuals, asOf).kpi(KpiId.of("k")).orElseThrow();
  }

  private static Actuals actual(String value) {
    return Actuals.builder().add("k", "2026-06-01", Double.parseDouble(value)).build();
  }

  @Test
  void aFloorMetAtTheBaselineAndStillMetIsOnTrackWithFullMarks() {
    ScoreNode n = score(k -> k.unit("%").baseline(87, "2026-01-01").atLeast(70, "2026-12-31"), actual("86"), AS_OF);
    assertThat(n.status()).isEqualTo(Status.ON_TRACK);
    assertThat(n.score()).hasValue(1.0);
    assertThat(n.method()).contains(ScoringSpec.of("range"));
  }

  @Test
  void aFloorMissedByAnyAmountIsOffTrackUnlessAToleranceGivesPartialCredit() {
    assertThat(score(k -> k.baseline(87, "2026-01-01").atLeast(70, "2026-12-31"), actual("69.9"), AS_OF).status())
        .isEqualTo(Status.OFF_TRACK);
    ScoreNode lenient = score(k -> k.baseline(87, "2026-01-01").atLeast(70, "2026-12-31")
        .scoring(ScoringSpec.of("range").withParameter("tolerance", 10)), actual("65"), AS_OF);
    assertThat(lenient.score()).hasValue(0.5);
    assertThat(lenient.status()).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void aCeilingIsMetAtOrBelowItsValue() {
    assertThat(score(k -> k.baseline(1.6, "2026-01-01").atMost(2, "2026-12-31"), actual("2"), AS_OF).status())
        .isEqualTo(Status.ON_TRACK);
    assertThat(score(k -> k.baseline(1.6, "2026-01-01").atMost(2, "2026-12-31"), actual("2.1"), AS_OF).status())
        .isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void aBandThatStartsOutsideIsJudgedAgainstItsPathUntilItsTargetDateThenAgainstTheBand() {
    // Days of stock: band 20–30, 50 at the start of the year, 25 planned by its end; linear, so 37.5 at June's end.
    UnaryOperator<io.github.bsckit.core.model.Kpi.Builder> stock =
        k -> k.range(20, 30).baseline(50, "2026-01-01").target(25, "2026-12-31");
    ScoreNode onPlan = score(stock, actual("37.5"), AS_OF);
    assertThat(onPlan.score()).hasValue(1.0);
    assertThat(onPlan.status()).isEqualTo(Status.ON_TRACK);
    ScoreNode behind = score(stock, actual("40"), AS_OF); // 2.5 farther out than planned, over a width of 10
    assertThat(behind.score()).hasValue(0.75);
    assertThat(behind.status()).isEqualTo(Status.AT_RISK);
    LocalDate due = LocalDate.parse("2027-01-15");
    assertThat(score(stock, actual("25"), due).score()).hasValue(1.0);
    assertThat(score(stock, actual("37.5"), due).score()).hasValue(0.25);
  }

  @Test
  void aBandThatStartsInsideIsJudgedAgainstTheBandAllYear() {
    ScoreNode n = score(k -> k.range(20, 30).baseline(25, "2026-01-01").target(25, "2026-12-31"), actual("35"),
        AS_OF);
    assertThat(n.score()).hasValue(0.5);
  }

  @Test
  void anOrdinalKpiScoresItsProgressInStepsOfTheScale() {
    UnaryOperator<io.github.bsckit.core.model.Kpi.Builder> rating = k -> k.ordinal("D", "C", "B", "A", "AA")
        .baseline("C", "2026-01-01").target("AA", "2026-12-31").scoring(ScoringSpec.of("progress"));
    assertThat(score(rating, actual("2"), AS_OF).score()).hasValue(1.0 / 3); // C -> B: one step of three
    assertThat(score(rating, actual("4"), AS_OF).status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void anOrdinalKpiIsExpectedToHoldItsLevelUntilThePlanHasPassedAWholeStep() {
    UnaryOperator<io.github.bsckit.core.model.Kpi.Builder> rating = k -> k.ordinal("A", "AA", "AAA")
        .baseline("AA", "2026-01-01").target("AAA", "2026-12-31").scoring(ScoringSpec.of("expected-to-date"));
    assertThat(score(rating, actual("1"), AS_OF).status()).isEqualTo(Status.ON_TRACK);
    assertThat(score(rating, actual("1"), LocalDate.parse("2026-12-31")).status()).isEqualTo(Status.OFF_TRACK);
    assertThat(score(rating, actual("0"), AS_OF).status()).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void theExpectedPathOfAnOrdinalKpiHoldsEachLevelUntilItHasPassedTheNextInFull() {
    io.github.bsckit.core.model.Kpi rating = io.github.bsckit.core.model.Kpi.builder("r", "Rating")
        .ordinal("A", "AA", "AAA").baseline("A", "2025-12-31").target("AAA", "2026-12-31").build();
    io.github.bsckit.core.plan.ExpectedPath path = io.github.bsckit.core.plan.ExpectedPath
        .of(rating, java.time.Month.JANUARY).orElseThrow();
    assertThat(path.valueAt(LocalDate.parse("2026-06-29"))).isEqualTo(0);
    assertThat(path.valueAt(LocalDate.parse("2026-06-30"))).isEqualTo(1);
    assertThat(path.valueAt(LocalDate.parse("2026-12-30"))).isEqualTo(1);
    assertThat(path.valueAt(LocalDate.parse("2026-12-31"))).isEqualTo(2);
  }

  @Test
  void aMilestoneIsOnTrackOnceDoneAndBeforeItIsDueAndOffTrackWhenOverdue() {
    UnaryOperator<io.github.bsckit.core.model.Kpi.Builder> erp = k -> k.doneBy("2026-09-30");
    ScoreNode notDue = score(erp, actual("0"), AS_OF);
    assertThat(notDue.status()).isEqualTo(Status.ON_TRACK);
    assertThat(notDue.score()).hasValue(1.0);
    assertThat(score(erp, actual("0"), LocalDate.parse("2026-09-29")).status()).isEqualTo(Status.ON_TRACK);
    assertThat(score(erp, actual("1"), AS_OF).status()).isEqualTo(Status.ON_TRACK);
    ScoreNode overdue = score(erp, actual("0"), LocalDate.parse("2026-10-01"));
    assertThat(overdue.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(overdue.method()).contains(ScoringSpec.of("milestone"));
  }
}
