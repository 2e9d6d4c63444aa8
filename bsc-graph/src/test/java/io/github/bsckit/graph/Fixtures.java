package io.github.bsckit.graph;

import io.github.bsckit.core.model.Scorecard;

/** Hand-drawn scorecards shared by the tests of every package. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * The seed's example chain (Step 3 of "Balanced Scorecard in 5 steps"): Train Staff on New CRM → Improve Sales
   * Conversion Process → Increase Customer Retention → Grow Lifetime Customer Value.
   */
  public static Scorecard crmChain() {
    return crmBuilder().build();
  }

  /** {@return a builder holding the CRM chain, to add to} */
  public static Scorecard.Builder crmBuilder() {
    return Scorecard.builder("Acme Retail")
        .objective("F1", "Grow Lifetime Customer Value", "financial")
        .objective("C1", "Increase Customer Retention", "customer")
        .objective("P1", "Improve Sales Conversion Process", "internal-process")
        .objective("L1", "Train Staff on New CRM", "learning-growth")
        .link("L1", "P1", l -> l.strong().rationale("Trained staff convert more demos"))
        .link("P1", "C1", l -> l.moderate())
        .link("C1", "F1", l -> l.strong());
  }

  /** A 25-objective retail map with three themes, skip links, an inverse link and varied strengths. */
  public static Scorecard retail25() {
    return Scorecard.builder("Northwind Retail 2027")
        .theme("T1", "Operational Excellence")
        .theme("T2", "Customer Intimacy")
        .theme("T3", "Growth & Innovation")
        .objective("F1", "Grow Lifetime Customer Value", "financial", o -> o.theme("T2"))
        .objective("F2", "Increase Revenue from New Products", "financial", o -> o.theme("T3"))
        .objective("F3", "Reduce Cost per Order", "financial", o -> o.theme("T1"))
        .objective("F4", "Improve Return on Capital Employed", "financial", o -> o.theme("T1", "T3"))
        .objective("C1", "Increase Customer Retention", "customer", o -> o.theme("T2"))
        .objective("C2", "Be the Trusted Advisor for Home Projects", "customer", o -> o.theme("T2"))
        .objective("C3", "Win New Customers in Urban Markets", "customer", o -> o.theme("T3"))
        .objective("C4", "Deliver Orders on Time, Every Time", "customer", o -> o.theme("T1"))
        .objective("C5", "Offer the Lowest Total Cost", "customer", o -> o.theme("T1"))
        .objective("C6", "Launch Products Customers Love", "customer", o -> o.theme("T3"))
        .objective("P1", "Improve Sales Conversion Process", "internal-process", o -> o.theme("T2"))
        .objective("P2", "Personalise Service with Customer Data", "internal-process", o -> o.theme("T2"))
        .objective("P3", "Streamline Order Fulfilment", "internal-process", o -> o.theme("T1"))
        .objective("P4", "Automate Warehouse Picking", "internal-process", o -> o.theme("T1"))
        .objective("P5", "Cut Supplier Lead Times", "internal-process", o -> o.theme("T1"))
        .objective("P6", "Shorten the Product Development Cycle", "internal-process", o -> o.theme("T3"))
        .objective("P7", "Open Urban Pick-up Points", "internal-process", o -> o.theme("T3"))
        .objective("P8", "Reduce Picking Errors", "internal-process", o -> o.theme("T1"))
        .objective("P9", "Co-create Products with Key Customers", "internal-process", o -> o.theme("T2", "T3"))
        .objective("L1", "Train Staff on New CRM", "learning-growth", o -> o.theme("T2"))
        .objective("L2", "Build a Single Customer Data Platform", "learning-growth", o -> o.theme("T2"))
        .objective("L3", "Develop Lean & Six Sigma Skills", "learning-growth", o -> o.theme("T1"))
        .objective("L4", "Attract Product Design Talent", "learning-growth", o -> o.theme("T3"))
        .objective("L5", "Create a Culture of Experimentation", "learning-growth", o -> o.theme("T3"))
        .objective("L6", "Modernise Warehouse Systems", "learning-growth", o -> o.theme("T1"))
        .link("L1", "P1", l -> l.strong())
        .link("L1", "P2", l -> l.weak())
        .link("L2", "P2", l -> l.strong())
        .link("L2", "P1", l -> l.moderate())
        .link("L3", "P3", l -> l.moderate())
        .link("L3", "P8", l -> l.strong())
        .link("L3", "P5", l -> l.weak())
        .link("L4", "P6", l -> l.strong())
        .link("L5", "P6", l -> l.moderate())
        .link("L5", "P9", l -> l.moderate())
        .link("L6", "P4", l -> l.strong())
        .link("L6", "P3", l -> l.moderate())
        .link("P4", "P8", l -> l.inverse().moderate().rationale("Automation means fewer manual picking errors"))
        .link("P1", "C1", l -> l.strong())
        .link("P2", "C2", l -> l.strong())
        .link("P2", "C1", l -> l.moderate())
        .link("P3", "C4", l -> l.strong())
        .link("P3", "C5", l -> l.weak())
        .link("P5", "C4", l -> l.moderate())
        .link("P5", "C5", l -> l.moderate())
        .link("P8", "C4", l -> l.inverse().strong().rationale("Picking errors delay orders"))
        .link("P6", "C6", l -> l.strong())
        .link("P7", "C3", l -> l.strong())
        .link("P9", "C6", l -> l.moderate())
        .link("P9", "C2", l -> l.weak())
        .link("L2", "C2", l -> l.weak())
        .link("C1", "F1", l -> l.strong())
        .link("C2", "F1", l -> l.moderate())
        .link("C3", "F2", l -> l.moderate())
        .link("C6", "F2", l -> l.strong())
        .link("C4", "F1", l -> l.weak())
        .link("C5", "F3", l -> l.moderate())
        .link("C4", "F3", l -> l.moderate())
        .link("P4", "F3", l -> l.moderate())
        .link("F3", "F4", l -> l.moderate())
        .link("F2", "F4", l -> l.weak())
        .build();
  }
}
