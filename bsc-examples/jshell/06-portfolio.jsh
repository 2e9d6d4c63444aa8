// 6. A cascade: the Halden Group portfolio, its three business units and six teams, scored as one organisation.
// Run from the repository root: ./bsc jshell bsc-examples/jshell/06-portfolio.jsh

var file = Path.of(System.getProperty("bsc.examples", "bsc-examples/documents"), "halden-group", "portfolio.yaml");
var doc = PortfolioReader.readFile(file);          // the portfolio document and the ten scorecard files it names
var group = doc.portfolio();
System.out.println(group);

// Portfolio rules (alignment, roll-ups, the tree) and every unit's own rules, subjects qualified by unit.
var findings = PortfolioRuleSet.standard().validate(group);
System.out.println(findings.ruleIds() + ", errors: " + findings.hasErrors());

// Score every unit, compute the rolled-up KPIs, and roll objectives up through alignment.
var report = Consolidation.defaults().score(group, doc.actuals(), LocalDate.parse("2026-06-30"));
System.out.println(report);

// Every number explains itself: which units and values it came from.
System.out.println(report.explain(UnitObjective.parse("group/C1")));
System.out.println(report.explain(UnitKpi.parse("group/margin")));   // profits over revenues, not a mean of margins

// Half the weight on supporters is a choice: weigh the group's own KPIs only, and compare.
var ownOnly = Consolidation.defaults().score(group.withSupportShare(0), doc.actuals(), LocalDate.parse("2026-06-30"));
System.out.println("group with supporters " + report.root().score() + ", own KPIs only " + ownOnly.root().score());

// The combined strategy map: from a team's objective to the corporate outcomes, counted exactly.
var impact = CascadeImpact.of(CascadeMap.of(group));
impact.toOutcomes(UnitObjective.parse("stores-north/P1"), 3).forEach(System.out::println);
System.out.println("keystone: " + impact.keystones().get(0));

// The alignment picture, coloured by consolidated status.
var svg = Files.createTempFile("halden", ".svg");
Files.writeString(svg, CascadeSvg.draw(group, Optional.of(report)));
System.out.println("wrote " + svg);
