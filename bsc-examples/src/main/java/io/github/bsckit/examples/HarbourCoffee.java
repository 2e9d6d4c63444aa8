package io.github.bsckit.examples;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.EmptyPeriods;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.LifecycleStage;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.scoring.Scorer;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * A coffee roaster with a fiscal year starting in July and two calculated KPIs: revenue per active customer
 * ({@code revenue / active-customers}) and the on-time delivery rate ({@code 100 * on-time / deliveries}),
 * computed month by month from the actuals of the KPIs they name. Its score history by fiscal quarter shows
 * the calculated KPIs beside the measured ones.
 */
public final class HarbourCoffee {
  private static final String START = "2026-06-30";
  private static final String END = "2027-06-30";

  private HarbourCoffee() {}

  /** {@return the scorecard} */
  public static Scorecard scorecard() {
    return Scorecard.builder("Harbour Coffee Roasters")
        .vision("The coffee every café on the coast is proud to serve")
        .stage(LifecycleStage.GROWTH)
        .fiscalYearStart(Month.JULY)
        .objective("F1", "Grow Revenue per Wholesale Customer", "financial", o -> o.owner("Managing Director")
            .kpi("revenue", "Wholesale revenue", k -> k.lagging().flow().unit("$").precision(0).baseline(0, START)
                .target(1_500_000, END))
            .kpi("revenue-per-customer", "Revenue per active customer", k -> k.lagging().unit("$").precision(0)
                .formula("revenue / active-customers").baseline(950, START).target(1100, END)))
        .objective("C1", "Keep Cafés Stocked", "customer", o -> o.owner("Head of Sales")
            .kpi("active-customers", "Active wholesale customers", k -> k.lagging().precision(0)
                .emptyPeriods(EmptyPeriods.CARRY).baseline(110, START).target(130, END))
            .kpi("on-time-rate", "Deliveries on time", k -> k.leading().unit("%").precision(1)
                .formula("100 * on-time / deliveries").baseline(88, START).target(97, END)))
        .objective("P1", "Deliver Reliably", "internal-process", o -> o.owner("Head of Logistics")
            .kpi("deliveries", "Deliveries", k -> k.leading().flow().frequency(Frequency.WEEKLY).precision(0)
                .baseline(0, START).target(6500, END))
            .kpi("on-time", "Deliveries made on time", k -> k.leading().flow().frequency(Frequency.WEEKLY)
                .precision(0).baseline(0, START).target(6200, END)))
        .objective("L1", "Train Every Driver", "learning-growth", o -> o.owner("Head of Logistics")
            .kpi("drivers-trained", "Drivers trained in route planning", k -> k.leading().unit("%").precision(0)
                .baseline(40, START).target(100, END)))
        .link("L1", "P1", l -> l.strong().rationale("Trained drivers plan routes that arrive on time"))
        .link("P1", "C1", l -> l.strong().rationale("Cafés that are never out of beans stay with us"))
        .link("C1", "F1", l -> l.moderate())
        .build();
  }

  /**
   * {@return monthly actuals for July 2026 to February 2027, and weekly delivery counts (some weeks crossing a
   * month's end)}
   */
  public static Actuals actuals() {
    Actuals.Builder b = Actuals.builder();
    int[] revenue = {98_000, 104_000, 110_000, 121_000, 118_000, 135_000, 112_000, 119_000};
    int[] customers = {111, 113, 112, 116, 118, 121, 0, 123}; // January not counted: carried from December
    int[] trained = {45, 52, 58, 63, 70, 76, 81, 85};
    for (int m = 0; m < revenue.length; m++) {
      LocalDate monthEnd = YearMonth.of(2026, 7).plusMonths(m).atEndOfMonth();
      b.add(KpiId.of("revenue"), monthEnd, revenue[m]);
      if (customers[m] > 0) {
        b.add(KpiId.of("active-customers"), monthEnd, customers[m]);
      }
      b.add(KpiId.of("drivers-trained"), monthEnd, trained[m]);
    }
    // Deliveries are counted every Sunday, for the week that ends that day.
    LocalDate sunday = LocalDate.parse("2026-07-05");
    for (int w = 0; sunday.isBefore(LocalDate.parse("2027-03-01")); w++, sunday = sunday.plusWeeks(1)) {
      int deliveries = 120 + (w * 7) % 23;
      b.add(KpiId.of("deliveries"), sunday, deliveries);
      b.add(KpiId.of("on-time"), sunday, Math.round(deliveries * (0.87 + 0.003 * w)));
    }
    return b.build();
  }

  /**
   * Prints the score history by fiscal quarter and how February's revenue per customer was computed.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Scorecard harbour = scorecard();
    Actuals actuals = actuals();
    System.out.println(Scorer.defaults().history(harbour, actuals, LocalDate.parse("2026-07-01"),
        LocalDate.parse("2027-02-28"), PeriodUnit.QUARTER));
    System.out.println();
    io.github.bsckit.core.period.CalculatedKpis.explain(harbour, actuals, KpiId.of("revenue-per-customer"),
        LocalDate.parse("2027-02-28")).forEach(System.out::println);
  }
}
