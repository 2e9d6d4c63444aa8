package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.okr.grading.OkrGrader;
import io.github.bsckit.okr.wording.KeyResultWording;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Floors and ceilings are kept, ordinal KPIs step in whole levels, milestones are completed by a quarter. */
class TargetKindPlanningTest {
  private static final KeyResultWording WORDING = KeyResultWording.english();

  private static List<String> plan(Scorecard card, String kpi) {
    return OkrPlanner.defaults().plan(card).keyResults(KpiId.of(kpi)).stream().map(WORDING::describe).toList();
  }

  private static Scorecard city() {
    return Scorecard.builder("City of Riverton")
        .objective("R1", "Residents take part in decisions", "customer", o -> o
            .kpi("participation", "Participation", k -> k.unit("%").baseline(87, "2026-01-01")
                .atLeast(70, "2026-12-31"))
            .kpi("turnout", "Turnout", k -> k.unit("%").baseline(60, "2026-01-01").atLeast(70, "2026-12-31")))
        .objective("F1", "Sound finances", "financial", o -> o
            .kpi("debt", "Debt service", k -> k.unit("%").atMost(2, "2026-12-31"))
            .kpi("rating", "Credit rating", k -> k.ordinal("BBB", "A", "AA", "AAA")
                .baseline("AA", "2026-01-01").target("AAA", "2026-12-31")))
        .objective("P1", "Modern systems", "internal-process", o -> o
            .kpi("erp", "New ERP implementation", k -> k.doneBy("2026-09-30")))
        .build();
  }

  @Test
  void aFloorMetAtTheBaselineIsKeptEveryQuarterAndNeverPlannedDown() {
    assertThat(plan(city(), "participation")).containsExactly(
        "Keep Participation at or above 70% in FY2026 Q1", "Keep Participation at or above 70% in FY2026 Q2",
        "Keep Participation at or above 70% in FY2026 Q3", "Keep Participation at or above 70% in FY2026 Q4");
  }

  @Test
  void aFloorNotYetMetIsReachedFirst() {
    assertThat(plan(city(), "turnout")).containsExactly("Increase Turnout from 60% to 62.5% in FY2026 Q1",
        "Increase Turnout from 62.5% to 65% in FY2026 Q2", "Increase Turnout from 65% to 67.5% in FY2026 Q3",
        "Increase Turnout from 67.5% to 70% in FY2026 Q4");
  }

  @Test
  void aCeilingWithoutABaselineIsKeptOverTheQuartersOfThePlan() {
    assertThat(plan(city(), "debt")).hasSize(4).allMatch(s -> s.startsWith("Keep Debt service at or below 2% in"));
  }

  @Test
  void anOrdinalKpiStepsInWholeLevelsWhenThePacingHasAskedForAllOfTheStep() {
    assertThat(plan(city(), "rating")).containsExactly("Keep Credit rating at or above AA in FY2026 Q1",
        "Keep Credit rating at or above AA in FY2026 Q2", "Keep Credit rating at or above AA in FY2026 Q3",
        "Raise Credit rating from AA to AAA in FY2026 Q4");
  }

  @Test
  void aMilestoneIsOneKeyResultToCompleteByTheQuarterItIsDueAndGradesDoneOrNot() {
    assertThat(plan(city(), "erp")).containsExactly("Complete New ERP implementation by FY2026 Q3");
    KeyResult kr = OkrPlanner.defaults().plan(city()).keyResults(KpiId.of("erp")).get(0);
    assertThat(kr.due()).isEqualTo(LocalDate.parse("2026-09-30"));
    Actuals done = Actuals.builder().add("erp", "2026-09-15", 1).build();
    Actuals notDone = Actuals.builder().add("erp", "2026-09-15", 0).build();
    assertThat(OkrGrader.grade(kr, done, LocalDate.parse("2026-09-30")).orElseThrow().grade().score()).isEqualTo(1);
    assertThat(OkrGrader.grade(kr, notDone, LocalDate.parse("2026-09-30")).orElseThrow().grade().score()).isZero();
  }

  @Test
  void aFloorMetByAnActualIsKeptFromTheNextQuarterOn() {
    Scorecard card = city();
    Actuals actuals = Actuals.builder().add("turnout", "2026-04-15", 72).build();
    List<String> replanned = OkrPlanner.defaults().plan(card, actuals, LocalDate.parse("2026-04-30"))
        .keyResults(KpiId.of("turnout")).stream().map(WORDING::describe).toList();
    assertThat(replanned).containsExactly("Increase Turnout from 60% to 62.5% in FY2026 Q1",
        "Increase Turnout from 62.5% to 65% in FY2026 Q2", "Keep Turnout at or above 70% in FY2026 Q3",
        "Keep Turnout at or above 70% in FY2026 Q4");
  }

  @Test
  void aFloorMetExactlyAtTheBaselineIsKeptEvenWhereAMilestoneAsksForMore() {
    Scorecard card = Scorecard.builder("City").objective("R1", "Residents take part", "customer", o -> o
        .kpi("participation", "Participation", k -> k.unit("%").baseline(70, "2026-01-01").milestone(80, "2026-06-30")
            .atLeast(70, "2026-12-31"))).build();
    assertThat(plan(card, "participation")).containsExactly(
        "Keep Participation at or above 70% in FY2026 Q1", "Keep Participation at or above 70% in FY2026 Q2",
        "Keep Participation at or above 70% in FY2026 Q3", "Keep Participation at or above 70% in FY2026 Q4");
  }

  @Test
  void aCeilingMetExactlyAtTheBaselineIsKeptEvenWhereAMilestoneAsksForLess() {
    Scorecard card = Scorecard.builder("City").objective("F1", "Sound finances", "financial", o -> o
        .kpi("debt", "Debt service", k -> k.unit("%").baseline(2, "2026-01-01").milestone(1, "2026-06-30")
            .atMost(2, "2026-12-31"))).build();
    assertThat(plan(card, "debt")).containsExactly(
        "Keep Debt service at or below 2% in FY2026 Q1", "Keep Debt service at or below 2% in FY2026 Q2",
        "Keep Debt service at or below 2% in FY2026 Q3", "Keep Debt service at or below 2% in FY2026 Q4");
  }

  @Test
  void aMilestoneDoneAtItsBaselineIsSkippedAndOneNotDoneIsPlanned() {
    Scorecard card = Scorecard.builder("IT").objective("P1", "Modern systems", "internal-process", o -> o
        .kpi("erp", "New ERP implementation", k -> k.doneBy("2026-09-30").baseline("done", "2026-01-01"))
        .kpi("crm", "New CRM", k -> k.doneBy("2026-06-30").baseline("not done", "2026-01-01"))).build();
    OkrPlan plan = OkrPlanner.defaults().plan(card);
    assertThat(plan.skipped()).extracting(SkippedKpi::toString).containsExactly("erp (P1): done already at its baseline");
    assertThat(plan.keyResults()).extracting(WORDING::describe).containsExactly("Complete New CRM by FY2026 Q2");
  }

  @Test
  void aFallingOrdinalKpiStepsDownOnlyOnceThePacingHasAskedForTheWholeStep() {
    // linear from high (2) to low (0): 1.5, 1, 0.5, 0 rounded up to whole levels: 2, 1, 1, 0
    Scorecard card = Scorecard.builder("Risk").objective("P1", "Control risk", "internal-process", o -> o
        .kpi("risk", "Supplier risk", k -> k.ordinal("low", "medium", "high").decrease()
            .baseline("high", "2026-01-01").target("low", "2026-12-31"))).build();
    assertThat(plan(card, "risk")).containsExactly("Keep Supplier risk at or below high in FY2026 Q1",
        "Lower Supplier risk from high to medium in FY2026 Q2", "Keep Supplier risk at or below medium in FY2026 Q3",
        "Lower Supplier risk from medium to low in FY2026 Q4");
  }
}
