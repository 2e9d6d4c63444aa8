// 2. Validate: the core rules, the strategy-map rules, and a rule of your own.
// Run from the repository root: ./bsc jshell bsc-examples/jshell/02-validate.jsh

var file = Path.of(System.getProperty("bsc.examples", "bsc-examples/documents"), "acme-retail.yaml");
var acme = DocumentReader.readFile(file).scorecard();

var rules = RuleSet.core().and(StrategyMapRules.all());
System.out.println(rules.validate(acme));

// Draw an arrow back down from the top: a cycle, and an arrow pointing down.
var broken = acme.withLink(CausalLink.of("F1", "L1"));
var report = rules.validate(broken);
report.violations().forEach(System.out::println);
if (!report.hasErrors()) throw new AssertionError("a cycle should be an error");

// Severities are defaults you can change, and your own rules are first-class.
Rule ownerless = Rule.of("objective-without-owner", Severity.INFO, "Every objective names an owner",
    (scorecard, ctx) -> scorecard.objectives().stream().filter(o -> o.owner().isEmpty()).
        forEach(o -> ctx.report("objective " + o.id() + " has no owner", o.id())));
System.out.println(rules.with(ownerless).withSeverity("downward-link", Severity.ERROR).validate(acme));
