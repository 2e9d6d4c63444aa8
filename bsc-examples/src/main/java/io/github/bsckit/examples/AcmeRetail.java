package io.github.bsckit.examples;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.LifecycleStage;
import io.github.bsckit.core.model.ObjectiveCategory.IntangibleAsset;
import io.github.bsckit.core.model.ObjectiveCategory.ProcessGroup;
import io.github.bsckit.core.model.ObjectiveCategory.ValueProposition;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Map;

/**
 * The seed's company: a retailer whose strategy map grows the article's chain — "Train Staff on New CRM" →
 * "Improve Sales Conversion Process" → "Increase Customer Retention" → "Grow Lifetime Customer Value" — into
 * three themes and fifteen objectives across the classic four perspectives, with a year of monthly actuals.
 */
public final class AcmeRetail {
  /** The date the demo scores as of: the end of the third quarter of fiscal 2026. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

  private static final String START = "2025-12-31";
  private static final String END = "2026-12-31";

  private AcmeRetail() {}

  /** {@return the scorecard} */
  public static Scorecard scorecard() {
    return Scorecard.builder("Acme Retail")
        .vision("The neighbourhood retailer customers trust first, in store and online")
        .mission("Make everyday shopping effortless for the families we serve")
        .stage(LifecycleStage.SUSTAIN)
        .theme("T1", "Customer intimacy", "Know every customer and keep them for life")
        .theme("T2", "Operational excellence", "The right product on the shelf at the lowest cost")
        .theme("T3", "Digital growth", "Win the customers who shop online")
        // Financial: how do we define a win?
        .objective("F1", "Grow Lifetime Customer Value", "financial", o -> o.theme("T1").owner("CFO")
            .kpi("clv", "Customer lifetime value", k -> k.lagging().unit("$").precision(0)
                .baseline(1200, START).target(1500, END)))
        .objective("F2", "Improve Operating Margin", "financial", o -> o.theme("T2").owner("CFO")
            .kpi("operating-margin", "Operating margin", k -> k.lagging().unit("%").precision(1)
                .baseline(6.5, START).target(8, END)))
        .objective("F3", "Grow Online Revenue", "financial", o -> o.theme("T3").owner("Chief Digital Officer")
            .kpi("online-revenue-share", "Online share of revenue", k -> k.lagging().unit("%").precision(1)
                .baseline(12, START).target(18, END)))
        // Customer: why will our customers choose us?
        .objective("C1", "Increase Customer Retention", "customer", o -> o.theme("T1").owner("Head of Customer Success")
            .category(ValueProposition.SERVICE)
            .kpi("retention", "Customer retention rate", k -> k.lagging().unit("%").precision(1)
                .baseline(85, START).target(90, END))
            .kpi("nps", "Net promoter score", k -> k.leading().precision(0).baseline(31, START).target(40, END)))
        .objective("C2", "Become the Most Trusted Brand", "customer", o -> o.theme("T1").owner("CMO")
            .category(ValueProposition.BRAND)
            .kpi("brand-trust", "Customers rating us most trusted", k -> k.lagging().unit("%").precision(0)
                .baseline(22, START).target(30, END)))
        .objective("C3", "Keep Shelves Stocked", "customer", o -> o.theme("T2").owner("COO")
            .category(ValueProposition.AVAILABILITY)
            .kpi("on-shelf-availability", "On-shelf availability", k -> k.lagging().unit("%").precision(1)
                .baseline(93, START).target(97.5, END)))
        .objective("C4", "Grow the Online Customer Base", "customer", o -> o.theme("T3").owner("Chief Digital Officer")
            .category(ValueProposition.SELECTION)
            .kpi("online-active-customers", "Monthly active online customers", k -> k.lagging().unit("k")
                .precision(0).baseline(140, START).target(210, END)))
        // Internal process: what must we be great at?
        .objective("P1", "Improve Sales Conversion Process", "internal-process", o -> o.theme("T1")
            .owner("Head of Sales").category(ProcessGroup.CUSTOMER_MANAGEMENT)
            .kpi("demo-conversion", "Consultation-to-sale conversion", k -> k.leading().unit("%").precision(1)
                .baseline(18, START).target(25, END)))
        .objective("P2", "Resolve Service Issues the First Time", "internal-process", o -> o.theme("T1")
            .owner("Head of Service").category(ProcessGroup.CUSTOMER_MANAGEMENT)
            .kpi("first-contact-resolution", "First-contact resolution", k -> k.leading().unit("%").precision(0)
                .baseline(68, START).target(80, END)))
        .objective("P3", "Streamline Inventory Replenishment", "internal-process", o -> o.theme("T2")
            .owner("COO").category(ProcessGroup.OPERATIONS)
            .kpi("replenishment-lead-time", "Replenishment lead time", k -> k.leading().decrease().unit("days")
                .precision(1).baseline(6, START).target(3.5, END))
            .kpi("stock-accuracy", "Inventory record accuracy", k -> k.lagging().unit("%").precision(1)
                .baseline(91, START).target(97, END)))
        .objective("P4", "Launch Personalised Offers", "internal-process", o -> o.theme("T3")
            .owner("Head of E-commerce").category(ProcessGroup.INNOVATION)
            .kpi("offer-uptake", "Personalised offer uptake", k -> k.leading().unit("%").precision(1)
                .baseline(2, START).target(6, END)))
        // Learning & growth: how do we build our future?
        .objective("L1", "Train Staff on New CRM", "learning-growth", o -> o.theme("T1")
            .owner("Head of Sales Enablement").category(IntangibleAsset.HUMAN_CAPITAL)
            .kpi("crm-certified", "Sales staff CRM-certified", k -> k.leading().unit("%").precision(0)
                .baseline(20, START).target(90, END).pacing("front-loaded")))
        .objective("L2", "Foster a Customer-First Culture", "learning-growth", o -> o.theme("T1")
            .owner("CHRO").category(IntangibleAsset.ORGANIZATION_CAPITAL)
            .kpi("engagement", "Employee engagement score", k -> k.leading().precision(0)
                .baseline(64, START).target(72, END)))
        .objective("L3", "Modernise Store Systems", "learning-growth", o -> o.theme("T2")
            .owner("CIO").category(IntangibleAsset.INFORMATION_CAPITAL)
            .kpi("stores-on-new-pos", "Stores on the new point-of-sale", k -> k.leading().unit("%").precision(0)
                .baseline(10, START).target(100, END).pacing("back-loaded")))
        .objective("L4", "Build a Data & Analytics Team", "learning-growth", o -> o.theme("T3")
            .owner("CIO").category(IntangibleAsset.HUMAN_CAPITAL)
            .kpi("analysts-hired", "Analysts in post", k -> k.leading().precision(0).baseline(3, START).target(12, END)))
        // The strategy map: arrows point up, from capability to outcome.
        .link("L1", "P1", l -> l.strong().lag(Period.ofMonths(3)).rationale("Trained staff convert more consultations"))
        .link("L2", "P2", l -> l.moderate().rationale("Engaged staff own the customer's problem"))
        .link("P1", "C1", l -> l.strong().rationale("Customers who buy what fits them come back"))
        .link("P2", "C1", l -> l.moderate().rationale("Problems solved at once do not drive customers away"))
        .link("P2", "C2", l -> l.moderate().lag(Period.ofMonths(6)).rationale("Trust is earned one service call at a time"))
        .link("C1", "F1", l -> l.strong().rationale("Retained customers are worth more over their lifetime"))
        .link("C2", "F1", l -> l.weak().rationale("Trusted brands keep their customers longer"))
        .link("L3", "P3", l -> l.strong().lag(Period.ofMonths(2)).rationale("Live stock data makes replenishment automatic"))
        .link("P3", "C3", l -> l.strong().rationale("Faster replenishment keeps shelves full"))
        .link("C3", "F2", l -> l.moderate().rationale("Fewer lost sales and less safety stock"))
        .link("L4", "P4", l -> l.strong().lag(Period.ofMonths(4)).rationale("Analysts build the models behind the offers"))
        .link("P4", "C4", l -> l.moderate().rationale("Relevant offers bring shoppers online"))
        .link("C4", "F3", l -> l.strong().rationale("More online customers, more online revenue"))
        .initiative("I1", "CRM roll-out and certification", i -> i.serves("L1", "P1").owner("Head of Sales Enablement")
            .budget(250_000, "USD").start("2026-02-01").end("2026-09-30").status(InitiativeStatus.IN_PROGRESS))
        .initiative("I2", "Point-of-sale replacement", i -> i.serves("L3", "P3").owner("CIO")
            .budget(1_200_000, "USD").start("2026-01-15").end("2026-11-30").status(InitiativeStatus.IN_PROGRESS))
        .initiative("I3", "Personalisation engine", i -> i.serves("L4", "P4").owner("Head of E-commerce")
            .budget(480_000, "USD").start("2026-03-01").end("2026-12-15").status(InitiativeStatus.IN_PROGRESS))
        .build();
  }

  /** {@return a year of monthly actuals, October 2025 to September 2026: some KPIs ahead, some behind} */
  public static Actuals actuals() {
    return ExampleActuals.monthly(scorecard(), YearMonth.of(2025, 10), YearMonth.of(2026, 9), Map.of(
        "crm-certified", 1.1,
        "demo-conversion", 0.95,
        "retention", 0.9,
        "nps", 0.6,
        "stores-on-new-pos", 0.75,
        "replenishment-lead-time", 0.5,
        "on-shelf-availability", 0.8,
        "analysts-hired", 0.3,
        "offer-uptake", 0.4,
        "online-active-customers", 1.05));
  }

  /**
   * Prints the scorecard and what the core rules say about it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Scorecard acme = scorecard();
    System.out.println(acme);
    System.out.println();
    System.out.println(RuleSet.core().validate(acme));
  }
}
