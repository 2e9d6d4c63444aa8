package io.github.bsckit.cli;

import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.cli.support.Table;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.io.PortfolioDocument;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.portfolio.PortfolioValidationReport;
import io.github.bsckit.core.rules.DataQualityRules;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.core.rules.Violation;
import io.github.bsckit.core.rules.ViolationGroup;
import io.github.bsckit.graph.rules.StrategyMapRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bsc validate FILE [--actuals CSV] [--as-of DATE]}: the core and strategy-map rules, and with either
 * option the data-quality rules on the actuals too; exit 1 when any violation is an ERROR.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check a scorecard against the core and strategy-map rules (exit 1 on ERROR violations).",
        "With --actuals or --as-of, also check its actuals (the document's and the file's) as of the date:"
            + " stale-actual, missing-periods, future-actual, actual-before-baseline."})
final class ValidateCommand extends DocumentCommand {
  /** Every built-in rule: the core rules and the causality rules of the strategy map. */
  static final RuleSet RULES = RuleSet.core().and(StrategyMapRules.all());

  @Mixin
  private ActualsOptions actuals;

  @Override
  public Integer call() {
    if (Inputs.isPortfolio(file)) {
      PortfolioCommands.noCsv(actuals.actuals);
      PortfolioDocument doc = PortfolioCommands.read(file);
      PortfolioValidationReport portfolio = actuals.asOf == null ? PortfolioCommands.RULES.validate(doc.portfolio())
          : PortfolioCommands.RULES.validate(doc.portfolio(), doc.actuals(), actuals.asOf());
      print(portfolio::toJson, () -> PortfolioCommands.validation(file.toString(), portfolio));
      return portfolio.hasErrors() ? ExitCode.ERRORS : ExitCode.OK;
    }
    ScorecardDocument doc = actuals.read(file, err());
    // Data are judged only when asked for: the same file validated tomorrow must not start failing by itself.
    boolean data = actuals.actuals != null || actuals.asOf != null;
    ValidationReport report = (data ? RULES.and(DataQualityRules.of(doc.actuals(), actuals.asOf())) : RULES)
        .validate(doc.scorecard());
    print(report::toJson, () -> human(file.toString(), report));
    return report.hasErrors() ? ExitCode.ERRORS : ExitCode.OK;
  }

  /**
   * {@return a summary line, then one aligned line per group of like findings (a rule firing on fourteen
   * objectives is one line naming them all; the JSON keeps each finding)}
   */
  static String human(String name, ValidationReport report) {
    if (report.isClean()) {
      return name + ": valid, no violations\n";
    }
    StringBuilder sb = new StringBuilder(name).append(": ")
        .append(count(report, Severity.ERROR, "error")).append(", ")
        .append(count(report, Severity.WARNING, "warning")).append(", ")
        .append(count(report, Severity.INFO, "note")).append('\n');
    Table table = new Table();
    for (ViolationGroup g : report.grouped()) {
      Violation first = g.violations().get(0);
      String subjects = String.join(",", first.subjectIds()) + (g.size() > 1 ? " +" + (g.size() - 1) : "");
      table.row("  " + g.severity().key(), g.ruleId(), subjects, g.message());
    }
    return sb.append(table).toString();
  }

  private static String count(ValidationReport report, Severity severity, String noun) {
    return Numbers.plural(report.ofSeverity(severity).size(), noun);
  }
}
