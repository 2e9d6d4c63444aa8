package io.github.bsckit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.formula.MissingInputs;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.period.CalculatedKpis;
import io.github.bsckit.core.period.Explanation;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calculated KPIs score like any other, on values their formulas compute per period, and explain each value. */
class CalculatedKpiScoringTest {
  private static final Scorecard CARD = Scorecard.builder("Nimbus").fiscalYearStart(Month.JULY)
      .objective("F1", "Grow revenue per customer", "financial", o -> o
          .kpi("revenue", "Revenue", k -> k.flow().unit("$"))
          .kpi("customers", "Customers", k -> k.emptyPeriods(io.github.bsckit.core.model.EmptyPeriods.CARRY))
          .kpi("per-customer", "Revenue per customer", k -> k.unit("$").formula("revenue / customers")
              .baseline(20, "2026-06-30").target(40, "2027-06-30")))
      .build();
  private static final Actuals ACTUALS = Actuals.builder()
      .add("revenue", "2026-07-15", 300).add("revenue", "2026-07-31", 300)
      .add("customers", "2026-07-31", 20)
      .add("revenue", "2026-08-31", 700)
      .add("per-customer", "2026-08-31", 999) // a calculated KPI's own actuals are replaced
      .build();

  @Test
  void computesEachPeriodFromItsInputsPeriodValues() {
    Actuals derived = CalculatedKpis.derive(CARD, ACTUALS);
    assertThat(derived.series(KpiId.of("per-customer"))).containsExactly(
        java.util.Map.entry(LocalDate.parse("2026-07-31"), 30.0), java.util.Map.entry(LocalDate.parse("2026-08-31"), 35.0));
    assertThat(derived.series(KpiId.of("revenue"))).isEqualTo(ACTUALS.series(KpiId.of("revenue")));
  }

  @Test
  void scoresTheComputedValueAsOfTheDate() {
    ScoreNode mid = Scorer.defaults().score(CARD, ACTUALS, LocalDate.parse("2026-07-20")).kpi(KpiId.of("per-customer"))
        .orElseThrow();
    assertThat(mid.actual()).as("customers not yet measured in July by the 20th").isEmpty();
    ScoreNode node = Scorer.defaults().score(CARD, ACTUALS, LocalDate.parse("2026-08-31"))
        .kpi(KpiId.of("per-customer")).orElseThrow();
    assertThat(node.actual()).contains(DatedValue.of(35, "2026-08-31"));
    assertThat(node.score().getAsDouble()).isGreaterThan(0);
  }

  @Test
  void explainsEveryValueWithItsInputsAndTheirActuals() {
    List<Explanation> all = CalculatedKpis.explain(CARD, ACTUALS, KpiId.of("per-customer"), LocalDate.parse("2026-08-31"));
    assertThat(all).hasSize(2);
    assertThat(all.get(1)).hasToString("""
        per-customer 2026-08 (2026-08-01..2026-08-31) = revenue / customers = 35 @ 2026-08-31
          revenue = 700: sum of 700 @ 2026-08-31
          customers = 20: carried from 20 @ 2026-07-31""");
    assertThat(all.get(0).inputs().get(0).actuals()).extracting(DatedValue::value).containsExactly(300.0, 300.0);
    assertThatThrownBy(() -> CalculatedKpis.explain(CARD, ACTUALS, KpiId.of("revenue"), LocalDate.parse("2026-08-31")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must name a calculated KPI (one with a formula) but was revenue");
  }

  @Test
  void aMissingInputSkipsThePeriodOrCountsAsZeroAsDeclared() {
    Scorecard skip = Scorecard.builder("S").objective("F1", "F", "financial", o -> o
        .kpi("a", "A", k -> k.flow()).kpi("b", "B", k -> k.flow())
        .kpi("total", "Total", k -> k.flow().formula("a + b"))
        .kpi("zeroed", "Zeroed", k -> k.flow().formula(io.github.bsckit.core.formula.Formula.parse("a + b")
            .withMissing(MissingInputs.ZERO)))
        .kpi("ratio", "Ratio", k -> k.formula("a / b"))).build();
    Actuals a = Actuals.builder().add("a", "2026-01-31", 5).add("a", "2026-02-28", 6).add("b", "2026-02-28", 0)
        .build();
    Actuals derived = CalculatedKpis.derive(skip, a);
    assertThat(derived.series(KpiId.of("total")).values()).containsExactly(6.0);
    assertThat(derived.series(KpiId.of("zeroed")).values()).containsExactly(5.0, 6.0);
    assertThat(derived.series(KpiId.of("ratio"))).as("6 / 0 has no value").isEmpty();
    List<Explanation> e = CalculatedKpis.explain(skip, a, KpiId.of("ratio"), LocalDate.parse("2026-12-31"));
    assertThat(e).extracting(Explanation::note).containsExactly("input b has no value in this period",
        "the arithmetic has no finite value (a division by zero)");
  }

  @Test
  void aCalculatedKpiMayUseAnotherAndTheYearToDateFollowsTheFiscalYear() {
    Scorecard chained = Scorecard.builder("C").fiscalYearStart(Month.JULY).objective("F1", "F", "financial", o -> o
        .kpi("a", "A", k -> k.flow())
        .kpi("double", "Double", k -> k.flow().formula("2 * a"))
        .kpi("quad", "Quad", k -> k.flow().frequency(Frequency.QUARTERLY).formula("double + double"))).build();
    Actuals a = Actuals.builder().add("a", "2026-06-30", 1).add("a", "2026-07-31", 2).add("a", "2026-09-30", 3)
        .build();
    assertThat(CalculatedKpis.derive(chained, a).series(KpiId.of("quad"))).containsExactly(
        java.util.Map.entry(LocalDate.parse("2026-06-30"), 4.0), java.util.Map.entry(LocalDate.parse("2026-09-30"), 20.0));
  }

  @Test
  void explanationsWriteAsJsonWithEveryInputAndNullForWhatIsMissing() {
    List<Explanation> all = CalculatedKpis.explain(CARD, ACTUALS, KpiId.of("per-customer"), LocalDate.parse("2026-08-31"));
    String json = Explanation.toJson(all).replaceAll("\\s+", "");
    assertThat(json).isEqualTo("{\"explanations\":["
        + "{\"kpi\":\"per-customer\",\"formula\":\"revenue/customers\",\"period\":\"2026-07\",\"first\":\"2026-07-01\","
        + "\"last\":\"2026-07-31\",\"value\":30,\"date\":\"2026-07-31\",\"note\":null,\"inputs\":["
        + "{\"kpi\":\"revenue\",\"value\":600,\"how\":\"sum\",\"calculated\":false,\"actuals\":["
        + "{\"date\":\"2026-07-15\",\"value\":300},{\"date\":\"2026-07-31\",\"value\":300}]},"
        + "{\"kpi\":\"customers\",\"value\":20,\"how\":\"last\",\"calculated\":false,\"actuals\":["
        + "{\"date\":\"2026-07-31\",\"value\":20}]}]},"
        + "{\"kpi\":\"per-customer\",\"formula\":\"revenue/customers\",\"period\":\"2026-08\",\"first\":\"2026-08-01\","
        + "\"last\":\"2026-08-31\",\"value\":35,\"date\":\"2026-08-31\",\"note\":null,\"inputs\":["
        + "{\"kpi\":\"revenue\",\"value\":700,\"how\":\"sum\",\"calculated\":false,\"actuals\":["
        + "{\"date\":\"2026-08-31\",\"value\":700}]},"
        + "{\"kpi\":\"customers\",\"value\":20,\"how\":\"carried\",\"calculated\":false,\"actuals\":["
        + "{\"date\":\"2026-07-31\",\"value\":20}]}]}]}");

    List<Explanation> early = CalculatedKpis.explain(CARD, ACTUALS, KpiId.of("per-customer"),
        LocalDate.parse("2026-07-20"));
    assertThat(Explanation.toJson(early).replaceAll("\\s+", "")).contains("\"value\":null,\"date\":null,"
        + "\"note\":\"inputcustomershasnovalueinthisperiod\"", "{\"kpi\":\"customers\",\"value\":null,\"how\":\"missing\"");
    assertThat(Explanation.toJson(List.of())).isEqualToIgnoringWhitespace("{\"explanations\":[]}");
  }

  @Test
  void periodsAreEqualByUnitFirstDayAndCalendarAndLabelledAsPeopleWriteThem() {
    var july = io.github.bsckit.core.calendar.FiscalCalendar.of(Month.JULY);
    var q = io.github.bsckit.core.period.PeriodUnit.QUARTER.periodOf(LocalDate.parse("2026-08-15"), july);
    assertThat(q).hasToString("FY2027 Q1 (2026-07-01..2026-09-30)");
    assertThat(q).isEqualTo(io.github.bsckit.core.period.PeriodUnit.QUARTER.periodOf(LocalDate.parse("2026-07-01"), july))
        .hasSameHashCodeAs(io.github.bsckit.core.period.PeriodUnit.QUARTER.periodOf(LocalDate.parse("2026-09-30"), july))
        .isNotEqualTo(io.github.bsckit.core.period.PeriodUnit.MONTH.periodOf(LocalDate.parse("2026-07-01"), july))
        .isNotEqualTo(io.github.bsckit.core.period.PeriodUnit.QUARTER.periodOf(LocalDate.parse("2026-08-15"),
            io.github.bsckit.core.calendar.FiscalCalendar.of(Month.APRIL)))
        .isNotEqualTo(q.next()).isNotEqualTo("FY2027 Q1");
    assertThat(io.github.bsckit.core.period.PeriodUnit.HALF_YEAR.periodOf(LocalDate.parse("2027-01-01"), july).label())
        .isEqualTo("FY2027 H2");
    assertThat(io.github.bsckit.core.period.PeriodUnit.HALF_YEAR.periodOf(LocalDate.parse("2026-12-31"), july).label())
        .isEqualTo("FY2027 H1");
    assertThat(io.github.bsckit.core.period.PeriodUnit.WEEK.periodOf(LocalDate.parse("2026-03-01"), july).label())
        .isEqualTo("2026-W09");
    // At the ends of the time line there is no fiscal label: the days are the label.
    assertThat(io.github.bsckit.core.period.PeriodUnit.MONTH.periodOf(LocalDate.parse("9999-12-31"), july).label())
        .isEqualTo("9999-12-01..9999-12-31");
    assertThat(io.github.bsckit.core.period.PeriodUnit.MONTH.periodOf(LocalDate.parse("9998-12-31"), july).label())
        .isEqualTo("9998-12");
    assertThat(io.github.bsckit.core.period.PeriodUnit.MONTH.periodOf(LocalDate.parse("0001-01-01"), july).label())
        .isEqualTo("0001-01");
    assertThat(io.github.bsckit.core.period.PeriodUnit.MONTH.periodOf(LocalDate.parse("0000-12-31"), july).label())
        .isEqualTo("0000-12-01..0000-12-31");
  }

  @Test
  void eachInputSaysHowItsPeriodValueWasFound() {
    Scorecard card = Scorecard.builder("S").objective("F1", "F", "financial", o -> o
        .kpi("orders", "Orders", k -> k.flow().emptyPeriods(io.github.bsckit.core.model.EmptyPeriods.ZERO))
        .kpi("staff", "Staff", k -> k.emptyPeriods(io.github.bsckit.core.model.EmptyPeriods.CARRY))
        .kpi("visits", "Visits", k -> k.flow())
        .kpi("per-staff", "Orders per staff", k -> k.formula("orders / staff"))
        .kpi("busy", "Busy", k -> k.formula(io.github.bsckit.core.formula.Formula.parse("per-staff + visits")
            .withMissing(MissingInputs.ZERO))))
        .build();
    Actuals a = Actuals.builder().add("orders", "2026-01-31", 40).add("staff", "2026-01-31", 4)
        .add("staff", "2026-02-10", 5).add("orders", "2026-03-15", 10).add("visits", "2026-03-31", 7).build();

    List<Explanation> perStaff = CalculatedKpis.explain(card, a, KpiId.of("per-staff"), LocalDate.parse("2026-03-31"));
    assertThat(perStaff).extracting(e -> e.inputs().get(0).how() + "/" + e.inputs().get(1).how())
        .containsExactly("sum/last", "zero (empty period)/last", "sum/carried");
    assertThat(perStaff.get(2).inputs().get(1).actuals()).containsExactly(DatedValue.of(5, "2026-02-10"));
    assertThat(perStaff.get(1).value()).hasValue(0);
    assertThat(perStaff.get(2).value()).hasValue(2);

    List<Explanation> busy = CalculatedKpis.explain(card, a, KpiId.of("busy"), LocalDate.parse("2026-03-31"));
    Explanation march = busy.get(busy.size() - 1);
    assertThat(march.inputs()).extracting(Explanation.Input::how).containsExactly("last", "sum");
    assertThat(march.inputs()).extracting(Explanation.Input::calculated).containsExactly(true, false);
    assertThat(march.value()).hasValue(9);
    assertThat(busy.get(0).inputs()).extracting(Explanation.Input::how).containsExactly("last", "zero (missing)");
    assertThat(busy.get(0).value()).hasValue(10);
  }

  @Test
  void aHistoryWithCalculatedKpisIsTheReportOfEachDateOverTwoYears() {
    Actuals.Builder b = Actuals.builder();
    LocalDate month = LocalDate.parse("2026-07-31");
    for (int m = 0; m < 24; m++) {
      LocalDate end = month.plusMonths(m).withDayOfMonth(month.plusMonths(m).lengthOfMonth());
      b.add("revenue", end.toString(), 500 + 25 * m);
      if (m % 5 != 3) {
        b.add("customers", end.toString(), 20 + m / 2);
      }
    }
    Actuals actuals = b.build();
    ScoreHistory h = Scorer.defaults().history(CARD, actuals, LocalDate.parse("2026-07-01"),
        LocalDate.parse("2028-06-30"), io.github.bsckit.core.period.PeriodUnit.MONTH);
    assertThat(h.reports()).hasSize(24);
    for (ScoreReport r : h.reports()) {
      assertThat(r).as("%s", r.asOf()).isEqualTo(Scorer.defaults().score(CARD, actuals, r.asOf()));
    }
    // June 2028 (m = 23): revenue 500 + 25 * 23 = 1075; customers not counted (23 % 5 == 3), so May's 31 carries.
    assertThat(h.series(KpiId.of("per-customer")).get(23).actual()).contains(DatedValue.of(1075.0 / 31,
        "2028-06-30"));
  }
}
