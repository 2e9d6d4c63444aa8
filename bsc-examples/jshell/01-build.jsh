// 1. Build a scorecard top-down, as the strategy reads: the seed's chain of cause and effect.
// Run from the repository root: ./bsc jshell bsc-examples/jshell/01-build.jsh

var acme = Scorecard.builder("Acme Retail").
    vision("The neighbourhood retailer customers trust first").
    theme("T1", "Customer intimacy").theme("T2", "Operational excellence").theme("T3", "Digital growth").
    objective("L1", "Train Staff on New CRM", "learning-growth", o -> o.theme("T1").
        kpi("crm-certified", "Sales staff CRM-certified", k -> k.leading().unit("%").
            baseline(20, "2026-01-01").target(90, "2026-12-31"))).
    objective("P1", "Improve Sales Conversion Process", "internal-process", o -> o.theme("T1").
        kpi("conversion", "Consultation-to-sale conversion", k -> k.leading().unit("%").
            baseline(18, "2026-01-01").target(25, "2026-12-31"))).
    objective("C1", "Increase Customer Retention", "customer", o -> o.theme("T1").
        kpi("retention", "Customer retention rate", k -> k.lagging().unit("%").
            baseline(85, "2026-01-01").target(90, "2026-12-31")).
        kpi("nps", "Net promoter score", k -> k.leading().baseline(31, "2026-01-01").target(40, "2026-12-31"))).
    objective("F1", "Grow Lifetime Customer Value", "financial", o -> o.theme("T1").
        kpi("clv", "Customer lifetime value", k -> k.lagging().unit("$").
            baseline(1200, "2026-01-01").target(1500, "2026-12-31"))).
    link("L1", "P1", l -> l.strong().rationale("Trained staff convert more consultations")).
    link("P1", "C1").
    link("C1", "F1").
    build();

System.out.println(acme);

// Values are immutable: every change is a new scorecard, re-validated.
var withOwner = acme.withObjective(acme.objective("F1").orElseThrow().toBuilder().owner("CFO").build());
System.out.println(withOwner.objective("F1").orElseThrow().owner());

// The builder reports every problem at once, each with the path a document would use.
try {
  Scorecard.builder("Broken").objective("F1", "", "financal", o -> o.kpi("k", "K", k -> k.range(5, 1))).build();
  throw new AssertionError("the broken scorecard was built");
} catch (ValidationException e) {
  e.problems().forEach(System.out::println);
}
