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
        .isInstanceOf(ValidationException.class).hasMessageContaining("is not a calculated KPI");
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
}
