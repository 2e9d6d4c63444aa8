// 5. Activate the strategy: quarterly OKRs from the targets, check-ins, grades and re-planning.
// Run from the repository root: ./bsc jshell bsc-examples/jshell/05-okr.jsh

var file = Path.of(System.getProperty("bsc.examples", "bsc-examples/documents"), "acme-retail.yaml");
var doc = DocumentReader.readFile(file);
var acme = doc.scorecard();
var planner = OkrPlanner.builder().pacing(Pacing.frontLoaded()).build();
var plan = planner.plan(acme);
var words = KeyResultWording.of(Locale.US);
var q2 = FiscalQuarter.parse("FY2026 Q2");
plan.objectives(q2).forEach(o -> {
  System.out.println(o.name());
  o.keyResults().forEach(kr -> System.out.println("  " + words.describe(kr)));
});

// A check-in is an actual of the KPI: the OKR grade and the scorecard's score move together.
var kr = plan.keyResult(KpiId.of("retention"), q2).orElseThrow();
var checkedIn = CheckIn.of(kr, LocalDate.parse("2026-06-15"), 88).recordIn(doc.actuals());
System.out.println(OkrGrader.grade(kr, checkedIn, LocalDate.parse("2026-06-15")));

// Re-plan from the actuals: the rest of the gap, spread with the same pacing.
var replanned = planner.plan(acme, doc.actuals(), LocalDate.parse("2026-09-30"));
replanned.objectives(FiscalQuarter.parse("FY2026 Q4")).stream().limit(3).forEach(o ->
    o.keyResults().forEach(r -> System.out.println(words.describe(r))));
