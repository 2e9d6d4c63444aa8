package io.github.bsckit.examples;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.LifecycleStage;
import io.github.bsckit.core.model.ObjectiveCategory.IntangibleAsset;
import io.github.bsckit.core.model.ObjectiveCategory.ProcessGroup;
import io.github.bsckit.core.model.ObjectiveCategory.ValueProposition;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.rules.RuleSet;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.Map;

/**
 * A growth-stage SaaS company with a fiscal year starting in February: aggressive ARR growth, net revenue
 * retention, a RANGE KPI for uptime, DECREASE KPIs for churn and payback, and a FLOW KPI for new bookings.
 */
public final class NimbusSaas {
  private static final String START = "2026-01-31";
  private static final String END = "2027-01-31";

  private NimbusSaas() {}

  /** {@return the scorecard} */
  public static Scorecard scorecard() {
    return Scorecard.builder("Nimbus Analytics")
        .vision("Every operations team runs on live data")
        .stage(LifecycleStage.GROWTH)
        .fiscalYearStart(Month.FEBRUARY)
        .theme("G1", "Product-led growth")
        .theme("G2", "Enterprise expansion")
        .theme("G3", "Scale efficiently")
        .objective("F1", "Increase Annual Recurring Revenue by 40%", "financial", o -> o.theme("G1", "G2").owner("CEO")
            .kpi("arr", "Annual recurring revenue", k -> k.lagging().unit("$M").precision(1).frequency(Frequency.MONTHLY)
                .baseline(25, START).milestone(28, "2026-07-31").target(35, END)))
        .objective("F2", "Book New Business Efficiently", "financial", o -> o.theme("G3").owner("CFO")
            .kpi("new-arr", "New ARR booked", k -> k.lagging().flow().unit("$M").precision(2).baseline(0, START)
                .target(12, END).pacing("seasonal:0.17,0.23,0.3,0.3"))
            .kpi("cac-payback", "CAC payback", k -> k.lagging().decrease().unit("months").precision(0)
                .baseline(22, START).target(16, END)))
        .objective("C1", "Delight Self-Serve Users", "customer", o -> o.theme("G1").owner("VP Product")
            .category(ValueProposition.FUNCTIONALITY)
            .kpi("activation-rate", "Trial activation rate", k -> k.leading().unit("%").precision(0)
                .baseline(28, START).target(40, END)))
        .objective("C2", "Expand Enterprise Accounts", "customer", o -> o.theme("G2").owner("VP Sales")
            .category(ValueProposition.PARTNERSHIP)
            .kpi("nrr", "Net revenue retention", k -> k.lagging().unit("%").precision(0).baseline(108, START)
                .target(120, END))
            .kpi("logo-churn", "Logo churn", k -> k.lagging().decrease().unit("%").precision(1).baseline(2.4, START)
                .target(1.5, END)))
        .objective("C3", "Be Always On", "customer", o -> o.theme("G2").owner("VP Engineering")
            .category(ValueProposition.QUALITY)
            .kpi("uptime", "Monthly uptime", k -> k.leading().unit("%").precision(2).range(99.5, 100)))
        .objective("P1", "Shorten Time to First Insight", "internal-process", o -> o.theme("G1").owner("VP Product")
            .category(ProcessGroup.INNOVATION)
            .kpi("time-to-insight", "Median time to first dashboard", k -> k.leading().decrease().unit("minutes")
                .precision(0).baseline(45, START).target(10, END)))
        .objective("P2", "Run a Repeatable Enterprise Sales Motion", "internal-process", o -> o.theme("G2")
            .owner("VP Sales").category(ProcessGroup.CUSTOMER_MANAGEMENT)
            .kpi("win-rate", "Enterprise win rate", k -> k.leading().unit("%").precision(0).baseline(18, START)
                .target(25, END)))
        .objective("P3", "Ship Reliably and Often", "internal-process", o -> o.theme("G2", "G3")
            .owner("VP Engineering").category(ProcessGroup.OPERATIONS)
            .kpi("deploys", "Production deploys per week", k -> k.leading().precision(0).baseline(8, START)
                .target(20, END)))
        .objective("L1", "Hire and Grow Product Engineers", "learning-growth", o -> o.theme("G1").owner("CTO")
            .category(IntangibleAsset.HUMAN_CAPITAL)
            .kpi("engineers", "Product engineers", k -> k.leading().precision(0).baseline(40, START).target(60, END)))
        .objective("L2", "Instrument the Whole Funnel", "learning-growth", o -> o.theme("G1", "G2").owner("Head of Data")
            .category(IntangibleAsset.INFORMATION_CAPITAL)
            .kpi("funnel-coverage", "Funnel steps instrumented", k -> k.leading().unit("%").precision(0)
                .baseline(55, START).target(95, END)))
        .objective("L3", "Build a Platform Team", "learning-growth", o -> o.theme("G3").owner("CTO")
            .category(IntangibleAsset.ORGANIZATION_CAPITAL)
            .kpi("platform-adoption", "Services on the shared platform", k -> k.leading().unit("%").precision(0)
                .baseline(30, START).target(80, END)))
        .link("L1", "P1", l -> l.strong().lag(Period.ofMonths(3)))
        .link("L2", "P1", l -> l.moderate())
        .link("L2", "P2", l -> l.moderate().rationale("Account signals tell sales where to expand"))
        .link("L3", "P3", l -> l.strong())
        .link("P1", "C1", l -> l.strong().rationale("Users who see value in minutes activate"))
        .link("P2", "C2", l -> l.strong())
        .link("P3", "C3", l -> l.strong().rationale("Small, frequent changes break less"))
        .link("C1", "F1", l -> l.moderate())
        .link("C2", "F1", l -> l.strong())
        .link("C3", "F2", l -> l.weak().rationale("Reliability shortens security reviews and sales cycles"))
        .initiative("N1", "Onboarding redesign", i -> i.serves("P1", "C1").budget(300_000, "USD")
            .start("2026-02-01").end("2026-07-31").status(InitiativeStatus.COMPLETED))
        .initiative("N2", "Enterprise sales playbook", i -> i.serves("P2").budget(150_000, "USD")
            .start("2026-03-01").end("2026-06-30").status(InitiativeStatus.COMPLETED))
        .scoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("expected-to-date")))
        .build();
  }

  /** {@return monthly actuals for the first eight months of fiscal 2026} */
  public static Actuals actuals() {
    return ExampleActuals.monthly(scorecard(), YearMonth.of(2026, 2), YearMonth.of(2026, 9),
        Map.of("activation-rate", 1.2, "nrr", 0.7, "logo-churn", 0.4, "win-rate", 0.9, "engineers", 0.8));
  }

  /**
   * Prints the scorecard and what the core rules say about it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Scorecard nimbus = scorecard();
    System.out.println(nimbus);
    System.out.println();
    System.out.println(RuleSet.core().validate(nimbus));
  }
}
