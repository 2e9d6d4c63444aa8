package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scale;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A plan as a value: the order of its objectives, the one-objective-per-quarter rule, its queries and forms. */
@Tag("text")
class OkrPlanTest {
  private static final FiscalCalendar JULY = FiscalCalendar.of(Month.JULY);
  private static final FiscalQuarter Q1 = FiscalQuarter.parse("FY2027 Q1");
  private static final FiscalQuarter Q2 = FiscalQuarter.parse("FY2027 Q2");
  private static final FiscalQuarter NEXT_YEAR = FiscalQuarter.parse("FY2028 Q1");

  private static KeyResult kr(String kpi, FiscalQuarter q, double start, double target) {
    return new KeyResult(KpiId.of(kpi), q, kpi, "%", 1, 1, KeyResultType.INCREASE, start, target, JULY.firstDayOf(q),
        JULY.lastDayOf(q));
  }

  private static OkrObjective objective(String id, FiscalQuarter q, KeyResult... krs) {
    return new OkrObjective(ObjectiveId.of(id), q, "Objective " + id, Optional.empty(), PerspectiveId.of("customer"),
        List.of(), 1, Commitment.COMMITTED, List.of(krs));
  }

  private static OkrObjective objective(String id, FiscalQuarter q) {
    return objective(id, q, kr(id.toLowerCase(java.util.Locale.ROOT) + "-kpi", q, 1, 2));
  }

  private static List<String> placed(OkrPlan plan) {
    return plan.objectives().stream().map(o -> o.objective() + "@" + o.quarter()).toList();
  }

  private static final SkippedKpi NPS = new SkippedKpi(KpiId.of("nps"), ObjectiveId.of("C1"), "no target");

  @Test
  void sortsObjectivesByQuarterAndKeepsTheGivenOrderWithinAQuarter() {
    OkrPlan plan = OkrPlan.of(JULY, List.of(objective("P1", Q2), objective("C1", Q2), objective("F1", Q1),
        objective("C1", Q1)), List.of());

    assertThat(placed(plan)).containsExactly("F1@FY2027 Q1", "C1@FY2027 Q1", "P1@FY2027 Q2", "C1@FY2027 Q2");
    assertThat(plan.quarters()).containsExactly(Q1, Q2);
  }

  @Test
  void doesNotKeepTheCallersListOrSeeItsLaterChanges() {
    List<OkrObjective> given = new ArrayList<>(List.of(objective("C1", Q1)));
    OkrPlan plan = OkrPlan.of(JULY, given, List.of());
    given.add(objective("F1", Q1));

    assertThat(placed(plan)).containsExactly("C1@FY2027 Q1");
    assertThatThrownBy(() -> plan.objectives().add(objective("F1", Q1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsAnObjectiveTwiceInOneQuarterNamingItsPositionAndQuarter() {
    List<OkrObjective> twice = List.of(objective("C1", Q1), objective("F1", Q1), objective("C1", Q2),
        objective("C1", Q1), objective("F1", Q1));

    assertThatThrownBy(() -> OkrPlan.of(JULY, twice, List.of()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(p -> p.toString())
            .containsExactly("objectives[3]: a second objective C1 in FY2027 Q1",
                "objectives[4]: a second objective F1 in FY2027 Q1"));
    assertThatThrownBy(() -> OkrPlan.of(JULY, LocalDate.of(2026, 8, 1), twice, List.of()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void rejectsNullsNamingThemAndTheirPosition() {
    assertThatThrownBy(() -> OkrPlan.of(JULY, Arrays.asList(objective("C1", Q1), null), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("objectives[1]");
    assertThatThrownBy(() -> OkrPlan.of(null, List.of(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("calendar");
    assertThatThrownBy(() -> OkrPlan.of(JULY, null, List.of(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
  }

  @Test
  void findsObjectivesAndKeyResultsByQuarterAndKpi() {
    KeyResult retentionQ1 = kr("retention", Q1, 85, 86);
    KeyResult retentionQ2 = kr("retention", Q2, 86, 87);
    KeyResult nps = kr("nps", Q2, 30, 35);
    KeyResult arr = kr("arr", Q2, 10, 12);
    OkrPlan plan = OkrPlan.of(JULY, List.of(objective("C1", Q2, retentionQ2, nps), objective("C1", Q1, retentionQ1),
        objective("F1", Q2, arr)), List.of(NPS));

    assertThat(plan.objectives(Q2)).extracting(o -> o.objective().value()).containsExactly("C1", "F1");
    assertThat(plan.objectives(NEXT_YEAR)).isEmpty();
    assertThat(plan.objective(ObjectiveId.of("F1"), Q2)).map(OkrObjective::quarter).contains(Q2);
    assertThat(plan.objective(ObjectiveId.of("F1"), Q1)).isEmpty();
    assertThat(plan.keyResults()).containsExactly(retentionQ1, retentionQ2, nps, arr);
    assertThat(plan.keyResults(KpiId.of("retention"))).containsExactly(retentionQ1, retentionQ2);
    assertThat(plan.keyResults(KpiId.of("uptime"))).isEmpty();
    assertThat(plan.keyResult(KpiId.of("retention"), Q2)).contains(retentionQ2);
    assertThat(plan.keyResult(KpiId.of("nps"), Q1)).isEmpty();
    assertThat(plan.skipped()).containsExactly(NPS);
  }

  @Test
  void aFiscalYearCutKeepsThatYearsQuartersTheSkippedKpisAndTheAsOfDate() {
    LocalDate asOf = LocalDate.of(2026, 8, 1);
    OkrPlan plan = OkrPlan.of(JULY, asOf, List.of(objective("C1", Q1), objective("C1", NEXT_YEAR)), List.of(NPS));

    OkrPlan fy2028 = plan.inFiscalYear(2028);

    assertThat(placed(fy2028)).containsExactly("C1@FY2028 Q1");
    assertThat(fy2028.skipped()).containsExactly(NPS);
    assertThat(fy2028.asOf()).contains(asOf);
    assertThat(fy2028.calendar()).isEqualTo(JULY);
    assertThat(plan.inFiscalYear(2026).objectives()).isEmpty();
  }

  @Test
  void plansAreEqualWhenCalendarAsOfObjectivesAndSkippedKpisAre() {
    List<OkrObjective> objectives = List.of(objective("C1", Q1));
    OkrPlan plan = OkrPlan.of(JULY, objectives, List.of(NPS));

    assertThat(plan).isEqualTo(OkrPlan.of(JULY, List.of(objective("C1", Q1)), List.of(NPS)))
        .hasSameHashCodeAs(OkrPlan.of(JULY, List.of(objective("C1", Q1)), List.of(NPS)))
        .isNotEqualTo(OkrPlan.of(FiscalCalendar.of(Month.JULY, io.github.bsckit.core.calendar.FiscalYearLabel
            .START_YEAR), objectives, List.of(NPS)))
        .isNotEqualTo(OkrPlan.of(JULY, LocalDate.of(2026, 8, 1), objectives, List.of(NPS)))
        .isNotEqualTo(OkrPlan.of(JULY, List.of(objective("F1", Q1)), List.of(NPS)))
        .isNotEqualTo(OkrPlan.of(JULY, objectives, List.of()))
        .isNotEqualTo("a plan");
  }

  @Test
  void printsEachObjectiveAndKeyResultOnALineAndTheSkippedKpisLast() {
    OkrPlan plan = OkrPlan.of(JULY, LocalDate.of(2026, 8, 1), List.of(objective("C1", Q1,
        kr("retention", Q1, 85, 86.5))), List.of(NPS));

    assertThat(plan).hasToString("""
        OkrPlan (fiscal year from JULY, labelled by END_YEAR, re-planned as of 2026-08-01)
          FY2027 Q1 C1 "Objective C1" (committed, 1 key result)
            FY2027 Q1 retention: increase 85% -> 86.5%
          skipped nps (C1): no target""");
    assertThat(OkrPlan.of(JULY, List.of(), List.of())).hasToString(
        "OkrPlan (fiscal year from JULY, labelled by END_YEAR)");
  }

  @Test
  void writesItsQuartersWithTheCalendarsDaysAndTheLevelsOfAnOrdinalScale() {
    KeyResult rating = new KeyResult(KpiId.of("rating"), Q2, "Credit rating", "", 0, 1, KeyResultType.INCREASE, 2, 3,
        JULY.firstDayOf(Q2), JULY.lastDayOf(Q2), Scale.ordinal("BBB", "A", "AA", "AAA"));
    OkrPlan plan = OkrPlan.of(JULY, List.of(objective("F1", Q2, rating)), List.of());
    StringWriter out = new StringWriter();

    plan.writeJson(out, kr -> "raise " + kr.kpi());

    assertThat(out.toString()).isEqualTo(plan.toJson(kr -> "raise " + kr.kpi())).contains(
        "\"label\": \"FY2027 Q2\",\n      \"start\": \"2026-10-01\",\n      \"end\": \"2026-12-31\",",
        "\"start\": 2,\n              \"target\": 3,\n              \"startLevel\": \"AA\",\n"
            + "              \"targetLevel\": \"AAA\",\n              \"unit\": \"\",\n"
            + "              \"text\": \"raise rating\"");
  }

  @Test
  void refusesAWordingThatIsMissingOrWritesNothing() {
    OkrPlan plan = OkrPlan.of(JULY, List.of(objective("C1", Q1, kr("retention", Q1, 85, 86))), List.of());

    assertThatThrownBy(() -> plan.toJson(null)).isInstanceOf(NullPointerException.class).hasMessage("wording");
    assertThatThrownBy(() -> plan.writeJson(new StringWriter(), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("wording");
    assertThatThrownBy(() -> plan.toJson(kr -> null)).isInstanceOf(NullPointerException.class)
        .hasMessage("wording of FY2027 Q1 retention: increase 85% -> 86%");
  }

  @Test
  void rejectsNullQueries() {
    OkrPlan plan = OkrPlan.of(JULY, List.of(objective("C1", Q1)), List.of());
    assertThatThrownBy(() -> plan.objectives(null)).isInstanceOf(NullPointerException.class).hasMessage("quarter");
    assertThatThrownBy(() -> plan.objective(null, Q1)).isInstanceOf(NullPointerException.class)
        .hasMessage("objective");
    assertThatThrownBy(() -> plan.keyResults(null)).isInstanceOf(NullPointerException.class).hasMessage("kpi");
    assertThatThrownBy(() -> plan.keyResult(KpiId.of("retention"), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("quarter");
    assertThat(plan.keyResults()).extracting(KeyResult::kpi, KeyResult::quarter)
        .containsExactly(tuple(KpiId.of("c1-kpi"), Q1));
  }
}
