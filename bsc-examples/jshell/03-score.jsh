// 3. Score the scorecard against its actuals: KPI, objective, perspective and scorecard.
// Run from the repository root: ./bsc jshell bsc-examples/jshell/03-score.jsh

var file = Path.of(System.getProperty("bsc.examples", "bsc-examples/documents"), "acme-retail.yaml");
var doc = DocumentReader.readFile(file);
var report = Scorer.defaults().score(doc.scorecard(), doc.actuals(), LocalDate.parse("2026-09-30"));
System.out.println(report);

var retention = report.kpi(KpiId.of("retention")).orElseThrow();
System.out.println(retention.name() + ": " + retention.score() + " " + retention.status() + " " + retention.trend());

// Try a different method for the whole scorecard: plain progress toward the year-end target.
var progress = doc.scorecard().withScoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("progress")));
System.out.println(Scorer.defaults().score(progress, doc.actuals(), LocalDate.parse("2026-09-30")).scorecard());

// Or plug in your own: full marks at target, half below it.
var stepped = Scorer.defaults().withMethod("stepped", in -> in.value() >= in.target() ? 1 : 0.5);
var custom = doc.scorecard().withScoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("stepped")));
System.out.println(stepped.score(custom, doc.actuals(), LocalDate.parse("2026-09-30")).scorecard());

// The report writes its own JSON, the same that `bsc score --json` prints, and colours the strategy map.
System.out.println(report.toJson().lines().limit(7).toList());
var scored = Files.createTempFile("acme-scored", ".svg");
Files.writeString(scored, MapExport.svg(StrategyMap.of(doc.scorecard()), SvgOptions.defaults().withScores(report)));
System.out.println("wrote " + scored);
