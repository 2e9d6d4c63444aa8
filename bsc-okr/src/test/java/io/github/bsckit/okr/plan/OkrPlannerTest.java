package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.calendar.FiscalYearLabel;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.okr.testing.Examples;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("text")
class OkrPlannerTest {

  private static Scorecard acme() {
    return Scorecard.builder("Acme Retail")
        .theme("T1", "Customer intimacy")
        .objective("F1", "Grow Recurring Revenue", "financial", o -> o.owner("CFO")
            .kpi("new-arr", "New ARR", k -> k.flow().unit("$").precision(0)
                .baseline(8_000_000, "2025-12-31").target(10_000_000, "2026-12-31")))
        .objective("C1", "Increase Customer Retention", "customer", o -> o.owner("Head of CX").theme("T1")
            .kpi("retention", "Customer Retention Rate", k -> k.unit("%").baseline(85, "2026-01-01")
                .target(90, "2026-12-31"))
            .kpi("nps", "Net Promoter Score", k -> k.target(40, "2026-12-31")))
        .objective("P1", "Run Reliable Operations", "internal-process", o -> o.theme("T1")
            .kpi("uptime", "Uptime", k -> k.unit("%").range(99.5, 100))
            .kpi("onboarding", "Onboarding Time", k -> k.decrease().unit("days").precision(1)
                .baseline(10, "2026-06-30").target(8, "2026-12-31")))
        .objective("L1", "Train Staff", "learning-growth", o -> o
            .kpi("training", "Training Plan", k -> k.unit("%")))
        .build();
  }

  @Test
  void thePlanWritesItsOwnJsonWithExactNumbersAndTheSkippedKpis() {
    Scorecard card = Scorecard.builder("Acme Retail")
        .objective("C1", "Increase Customer Retention", "customer", o -> o
            .kpi("retention", "Retention", k -> k.unit("%").baseline(85, "2026-01-01").target(86, "2026-03-31"))
            .kpi("nps", "NPS", k -> k.target(40, "2026-12-31")))
        .build();
    OkrPlan plan = OkrPlanner.defaults().plan(card);

    assertThat(plan.toJson(kr -> kr.type() + " " + kr.kpi())).isEqualTo("""
        {
          "quarters": [
            {
              "label": "FY2026 Q1",
              "start": "2026-01-01",
              "end": "2026-03-31",
              "objectives": [
                {
                  "id": "C1",
                  "name": "Increase Customer Retention",
                  "keyResults": [
                    {
                      "kpi": "retention",
                      "type": "increase",
                      "start": 85,
                      "target": 86,
                      "startLevel": null,
                      "targetLevel": null,
                      "unit": "%",
                      "text": "increase retention"
                    }
                  ]
                }
              ]
            }
          ],
          "skipped": [
            {
              "kpi": "nps",
              "objective": "C1",
              "reason": "REASON"
            }
          ]
        }""".replace("REASON", plan.skipped().get(0).reason()));
  }

  @Test
  void aPlanIsMadeFromTheBaselinesOrAsOfADateWithoutOptionalArguments() {
    FiscalCalendar calendar = FiscalCalendar.of(Month.JANUARY, FiscalYearLabel.START_YEAR);
    assertThat(OkrPlan.of(calendar, java.util.List.of(), java.util.List.of()).asOf()).isEmpty();
    assertThat(OkrPlan.of(calendar, LocalDate.parse("2026-06-30"), java.util.List.of(), java.util.List.of()).asOf())
        .hasValue(LocalDate.parse("2026-06-30"));
  }

  @Test
  void carriesEachObjectiveIntoEveryQuarterWhereItHasKeyResults() {
    OkrPlan plan = OkrPlanner.defaults().plan(acme());
    assertThat(plan.quarters()).extracting(FiscalQuarter::toString)
        .containsExactly("FY2026 Q1", "FY2026 Q2", "FY2026 Q3", "FY2026 Q4");
    assertThat(plan.objectives(FiscalQuarter.parse("FY2026 Q1")))
        .extracting(o -> o.objective().value(), o -> o.keyResults().size())
        .containsExactly(tuple("F1", 1), tuple("C1", 1), tuple("P1", 1));
    assertThat(plan.objectives(FiscalQuarter.parse("FY2026 Q3")))
        .extracting(o -> o.objective().value(), o -> o.keyResults().size())
        .containsExactly(tuple("F1", 1), tuple("C1", 1), tuple("P1", 2));
  }

  @Test
  void anOkrObjectiveKeepsTheStrategicObjectivesNameOwnerPerspectiveAndThemes() {
    OkrObjective c1 = OkrPlanner.defaults().plan(acme())
        .objective(ObjectiveId.of("C1"), FiscalQuarter.parse("FY2026 Q2")).orElseThrow();
    assertThat(c1.name()).isEqualTo("Increase Customer Retention");
    assertThat(c1.owner()).contains("Head of CX");
    assertThat(c1.perspective()).isEqualTo(PerspectiveId.of("customer"));
    assertThat(c1.themes()).containsExactly(ThemeId.of("T1"));
    assertThat(c1.commitment()).isEqualTo(Commitment.COMMITTED);
  }

  @Test
  void listsTheKpisItCouldNotPlanWithTheReason() {
    OkrPlan plan = OkrPlanner.defaults().plan(acme());
    assertThat(plan.skipped()).extracting(SkippedKpi::toString)
        .containsExactly("nps (C1): no baseline to start from", "training (L1): no target");
  }

  @Test
  void aRangeKpiWithoutDatesKeepsItsBandInEveryQuarterOfThePlan() {
    OkrPlan plan = OkrPlanner.defaults().plan(acme());
    assertThat(plan.keyResults(KpiId.of("uptime")))
        .extracting(k -> k.quarter().toString(), KeyResult::type, KeyResult::start, KeyResult::target)
        .containsExactly(
            tuple("FY2026 Q1", KeyResultType.KEEP_BETWEEN, 99.5, 100.0),
            tuple("FY2026 Q2", KeyResultType.KEEP_BETWEEN, 99.5, 100.0),
            tuple("FY2026 Q3", KeyResultType.KEEP_BETWEEN, 99.5, 100.0),
            tuple("FY2026 Q4", KeyResultType.KEEP_BETWEEN, 99.5, 100.0));
  }

  @Test
  void aRangeKpiThatStartsOutsideItsBandStepsAlongItsPathUntilItClosesAQuarterInsideThenKeepsTheBand() {
    Scorecard stock = Scorecard.builder("Stock").objective("P1", "Hold the right stock", "internal-process",
        o -> o.kpi("stock", "Days of stock", k -> k.unit("days").range(20, 30).baseline(50, "2026-01-01")
            .target(25, "2026-12-31"))).build();
    OkrPlan plan = OkrPlanner.defaults().plan(stock);
    assertThat(plan.keyResults(KpiId.of("stock")))
        .extracting(k -> k.quarter().toString(), KeyResult::type, KeyResult::start, KeyResult::target)
        .containsExactly(
            tuple("FY2026 Q1", KeyResultType.REDUCE, 50.0, 43.75),
            tuple("FY2026 Q2", KeyResultType.REDUCE, 43.75, 37.5),
            tuple("FY2026 Q3", KeyResultType.REDUCE, 37.5, 31.25),
            tuple("FY2026 Q4", KeyResultType.KEEP_BETWEEN, 20.0, 30.0));
  }

  @Test
  void aClosingBaselineStartsThePlanInTheNextQuarter() {
    OkrPlan plan = OkrPlanner.defaults().plan(acme());
    assertThat(plan.keyResults(KpiId.of("onboarding")))
        .extracting(k -> k.quarter().toString(), KeyResult::type, KeyResult::start, KeyResult::target)
        .containsExactly(
            tuple("FY2026 Q3", KeyResultType.REDUCE, 10.0, 9.0),
            tuple("FY2026 Q4", KeyResultType.REDUCE, 9.0, 8.0));
  }

  @Test
  void aTwoYearTargetHasEightQuarters() {
    Scorecard twoYears = Examples.withKpi(k -> k.unit("%").baseline(80, "2026-01-01").target(90, "2027-12-31"));
    OkrPlan plan = OkrPlanner.defaults().plan(twoYears);
    assertThat(plan.keyResults(KpiId.of("retention"))).extracting(KeyResult::target)
        .containsExactly(81.25, 82.5, 83.75, 85.0, 86.25, 87.5, 88.75, 90.0);
    assertThat(plan.inFiscalYear(2027).quarters()).extracting(FiscalQuarter::toString)
        .containsExactly("FY2027 Q1", "FY2027 Q2", "FY2027 Q3", "FY2027 Q4");
  }

  @Test
  void takesItsQuartersFromTheScorecardsFiscalYear() {
    Scorecard july = Examples.retention().withFiscalYearStart(Month.JULY);
    OkrPlan byEnd = OkrPlanner.defaults().plan(july);
    assertThat(byEnd.quarters()).extracting(FiscalQuarter::toString)
        .containsExactly("FY2026 Q3", "FY2026 Q4", "FY2027 Q1", "FY2027 Q2");
    OkrPlan byStart = OkrPlanner.builder().fiscalYearLabel(FiscalYearLabel.START_YEAR).build().plan(july);
    assertThat(byStart.quarters().get(0)).hasToString("FY2025 Q3");
    assertThat(byStart.keyResults().get(0).from()).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void anExplicitCalendarOverridesTheScorecards() {
    OkrPlan plan = OkrPlanner.builder().calendar(FiscalCalendar.of(Month.OCTOBER)).build()
        .plan(Examples.retention());
    assertThat(plan.quarters()).extracting(FiscalQuarter::toString)
        .containsExactly("FY2026 Q2", "FY2026 Q3", "FY2026 Q4", "FY2027 Q1");
    assertThat(plan.calendar()).isEqualTo(FiscalCalendar.of(Month.OCTOBER));
  }

  @Test
  void thePartialLastQuarterIsDueOnTheTargetDate() {
    Scorecard midQuarter = Examples.withKpi(k -> k.unit("%").baseline(85, "2026-01-01").target(90, "2026-11-15"));
    KeyResult last = OkrPlanner.defaults().plan(midQuarter).keyResults(KpiId.of("retention")).get(3);
    assertThat(last.from()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(last.due()).isEqualTo(LocalDate.of(2026, 11, 15));
  }

  @Test
  void aKpiCanHaveAPacingOfItsOwn() {
    OkrPlan plan = OkrPlanner.builder().pacing(Pacing.backLoaded()).pacing("retention", Pacing.frontLoaded())
        .build().plan(acme());
    assertThat(plan.keyResults(KpiId.of("retention"))).extracting(KeyResult::target)
        .containsExactly(87.0, 88.5, 89.5, 90.0);
    assertThat(plan.keyResults(KpiId.of("new-arr"))).extracting(KeyResult::target)
        .containsExactly(1_000_000.0, 2_000_000.0, 3_000_000.0, 4_000_000.0);
  }

  @Test
  void objectivesCanBeAspirational() {
    OkrPlan plan = OkrPlanner.builder().commitment("C1", Commitment.ASPIRATIONAL).build().plan(acme());
    assertThat(plan.objectives(FiscalQuarter.parse("FY2026 Q1")))
        .extracting(o -> o.objective().value(), OkrObjective::commitment)
        .containsExactly(tuple("F1", Commitment.COMMITTED), tuple("C1", Commitment.ASPIRATIONAL),
            tuple("P1", Commitment.COMMITTED));
  }

  @Test
  void rejectsSettingsForKpisAndObjectivesTheScorecardDoesNotHave() {
    OkrPlanner planner = OkrPlanner.builder().pacing("retension", Pacing.linear())
        .commitment("C9", Commitment.ASPIRATIONAL).build();
    assertThatThrownBy(() -> planner.plan(acme()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(p -> p.toString())
            .containsExactly("pacing.retension: names no KPI of scorecard \"Acme Retail\": retension",
                "commitment.C9: names no objective of scorecard \"Acme Retail\": C9"));
  }

  @Test
  void aPlanFromBaselinesHasNoAsOfDate() {
    assertThat(OkrPlanner.defaults().plan(acme()).asOf()).isEqualTo(Optional.empty());
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    assertThatThrownBy(() -> OkrPlanner.defaults().plan(null))
        .isInstanceOf(NullPointerException.class).hasMessage("scorecard");
    assertThatThrownBy(() -> OkrPlanner.defaults().plan(acme(), null, LocalDate.of(2026, 5, 1)))
        .isInstanceOf(NullPointerException.class).hasMessage("actuals");
    assertThatThrownBy(() -> OkrPlanner.builder().pacing((Pacing) null))
        .isInstanceOf(NullPointerException.class).hasMessage("pacing");
  }

  @Test
  void aStepBelowTheSpacingOfDoublesKeepsTheLevelInsteadOfFailing() {
    Scorecard big = Scorecard.builder("Big")
        .objective("F1", "Grow", "financial", o -> o.kpi("big", "Big number", k -> k.lagging()
            .baseline(1e16, "2026-01-01").target(1e16 + 2, "2026-12-31")))
        .build();

    OkrPlan plan = OkrPlanner.defaults().plan(big);

    assertThat(plan.keyResults(KpiId.of("big"))).hasSize(4).last()
        .satisfies(kr -> assertThat(kr.target()).isEqualTo(1e16 + 2));
    assertThat(plan.keyResults(KpiId.of("big"))).allSatisfy(kr -> assertThat(kr.target()).isGreaterThanOrEqualTo(
        kr.start()));
  }

  @Test
  void replanningFromAnActualWhoseFiscalYearIsPastFy9999LeavesThePlanAsIt() {
    Scorecard s = Scorecard.builder("Late").fiscalYearStart(Month.APRIL)
        .objective("C1", "Keep customers", "customer", o -> o.kpi("retention", "Retention", k -> k.unit("%")
            .baseline(85, "2026-01-01").target(90, "2026-12-31")))
        .build();
    Actuals late = Actuals.builder().add("retention", "9999-12-31", 88).build();

    OkrPlan replanned = OkrPlanner.defaults().plan(s, late, LocalDate.parse("9999-12-31"));

    assertThat(replanned.keyResults(KpiId.of("retention")))
        .isEqualTo(OkrPlanner.defaults().plan(s).keyResults(KpiId.of("retention")));
  }

  @Test
  void printsItsSettings() {
    assertThat(OkrPlanner.defaults())
        .hasToString("OkrPlanner[pacing=each KPI's own, label=END_YEAR, commitment=committed]");
    assertThat(OkrPlanner.builder().pacing(Pacing.linear()).pacing("retention", Pacing.frontLoaded())
        .calendar(FiscalCalendar.of(Month.JULY)).commitment(Commitment.ASPIRATIONAL)
        .commitment("C1", Commitment.COMMITTED).build())
        .hasToString("OkrPlanner[pacing=" + Pacing.linear() + " {retention=" + Pacing.frontLoaded() + "}, calendar="
            + FiscalCalendar.of(Month.JULY) + ", commitment=aspirational {C1=committed}]");
  }

  @Test
  void eachKpiIsPacedByItsOwnPacingUnlessThePlannerSetsOne() {
    Scorecard frontLoaded = Examples.withKpi(k -> k.unit("%").pacing(Pacing.frontLoaded()).baseline(85, "2026-01-01")
        .target(90, "2026-12-31"));
    assertThat(OkrPlanner.defaults().plan(frontLoaded).keyResults(KpiId.of("retention")))
        .extracting(KeyResult::target).containsExactly(87.0, 88.5, 89.5, 90.0);
    assertThat(OkrPlanner.builder().pacing(Pacing.linear()).build().plan(frontLoaded).keyResults(KpiId.of("retention")))
        .extracting(KeyResult::target).containsExactly(86.25, 87.5, 88.75, 90.0);
  }

  @Test
  void everyObjectiveTakesThePlannersCommitmentUnlessItHasOneOfItsOwn() {
    OkrPlan plan = OkrPlanner.builder().commitment(Commitment.ASPIRATIONAL)
        .commitment(ObjectiveId.of("F1"), Commitment.COMMITTED).build().plan(acme());
    assertThat(plan.objectives(FiscalQuarter.parse("FY2026 Q3")))
        .extracting(o -> o.objective().value(), OkrObjective::commitment)
        .containsExactly(tuple("F1", Commitment.COMMITTED), tuple("C1", Commitment.ASPIRATIONAL),
            tuple("P1", Commitment.ASPIRATIONAL));
  }

  @Test
  void theBuilderRejectsNullsNamingTheParameter() {
    OkrPlanner.Builder b = OkrPlanner.builder();
    assertThatThrownBy(() -> b.pacing((String) null, Pacing.linear())).isInstanceOf(NullPointerException.class)
        .hasMessage("kpi");
    assertThatThrownBy(() -> b.pacing("retention", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("pacing");
    assertThatThrownBy(() -> b.calendar(null)).isInstanceOf(NullPointerException.class).hasMessage("calendar");
    assertThatThrownBy(() -> b.fiscalYearLabel(null)).isInstanceOf(NullPointerException.class).hasMessage("label");
    assertThatThrownBy(() -> b.commitment((Commitment) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("commitment");
    assertThatThrownBy(() -> b.commitment((String) null, Commitment.COMMITTED))
        .isInstanceOf(NullPointerException.class).hasMessage("objective");
    assertThatThrownBy(() -> OkrPlanner.defaults().plan(acme(), Actuals.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
  }
}
