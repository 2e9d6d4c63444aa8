package io.github.bsckit.cli;

import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.cli.support.Json;
import io.github.bsckit.cli.support.Table;
import io.github.bsckit.core.BscException;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.io.PortfolioDocument;
import io.github.bsckit.core.portfolio.ConsolidatedScore;
import io.github.bsckit.core.portfolio.Consolidation;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.PortfolioReport;
import io.github.bsckit.core.portfolio.PortfolioRuleSet;
import io.github.bsckit.core.portfolio.PortfolioValidationReport;
import io.github.bsckit.core.portfolio.PortfolioViolation;
import io.github.bsckit.core.portfolio.RolledUpKpi;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitObjective;
import io.github.bsckit.core.portfolio.UnitScore;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.graph.cascade.CascadeImpact;
import io.github.bsckit.graph.cascade.CascadeMap;
import io.github.bsckit.graph.cascade.CascadePaths;
import io.github.bsckit.graph.cascade.CascadeSvg;
import io.github.bsckit.graph.cascade.CascadeText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code bsc validate|score|map|paths} do when FILE is a portfolio document ({@code bsc-portfolio: 1}):
 * the same questions asked of the whole organisation.
 */
final class PortfolioCommands {
  /** The portfolio rules, with every built-in rule (core and strategy map) run on each unit. */
  static final PortfolioRuleSet RULES = PortfolioRuleSet.standard().withUnitRules(ValidateCommand.RULES);

  private PortfolioCommands() {}

  /** {@return a summary line, then one aligned line per finding} */
  static String validation(String name, PortfolioValidationReport report) {
    if (report.isClean()) {
      return name + ": valid, no violations\n";
    }
    StringBuilder sb = new StringBuilder(name).append(": ")
        .append(Numbers.plural(report.ofSeverity(Severity.ERROR).size(), "error")).append(", ")
        .append(Numbers.plural(report.ofSeverity(Severity.WARNING).size(), "warning")).append(", ")
        .append(Numbers.plural(report.ofSeverity(Severity.INFO).size(), "note")).append('\n');
    Table table = new Table();
    for (PortfolioViolation v : report.violations()) {
      table.row("  " + v.severity(), v.ruleId(), String.join(",", v.subjectIds()), v.message());
    }
    return sb.append(table).toString();
  }

  /** Scores a portfolio; a scoring set-up a unit cannot satisfy is an error in that unit's scorecard. */
  static PortfolioReport score(PortfolioDocument doc, LocalDate asOf) {
    try {
      return Consolidation.defaults().score(doc.portfolio(), doc.actuals(), asOf);
    } catch (ValidationException e) {
      throw new CliException(ExitCode.ERRORS, e.problems().stream().map(Object::toString)
          .collect(Collectors.joining("\n")));
    }
  }

  /** Refuses {@code --actuals}: a portfolio's actuals come from its units' documents. */
  static void noCsv(Path csv) {
    if (csv != null) {
      throw new CliException(ExitCode.USAGE, "--actuals reads one scorecard's KPIs; a portfolio's actuals come from"
          + " each unit's scorecard document");
    }
  }

  /**
   * {@return the unit tree as an aligned table: each unit's consolidated score, status, coverage and own score,
   * each objective's consolidated score under its unit, and the rolled-up KPIs' latest values}
   */
  static String scores(PortfolioReport report, int width) {
    Table table = new Table();
    table.row(report.portfolio().name() + " as of " + report.asOf(), "score", "status", "coverage", "own");
    tree(table, report, report.portfolio().root(), 1);
    for (Unit u : report.portfolio().units()) {
      if (u.parent().isEmpty() && !u.equals(report.portfolio().root())) {
        tree(table, report, u, 1);
      }
    }
    StringBuilder sb = new StringBuilder(table.fitted(width));
    if (!report.rolledUp().isEmpty()) {
      Table rolled = new Table();
      rolled.row("rolled up", "latest value", "from");
      for (RolledUpKpi r : report.rolledUp().values()) {
        rolled.row("  " + r.rollUp().target(), r.latest().map(Object::toString).orElse("no data"),
            r.rollUp().aggregation().key() + " of " + r.rollUp().inputs().size() + " unit KPIs");
      }
      sb.append('\n').append(rolled.fitted(width));
    }
    return sb.toString();
  }

  private static void tree(Table table, PortfolioReport report, Unit u, int depth) {
    String indent = "  " + "    ".repeat(depth - 1); // four a level, so a unit's objectives sit between it and its units
    UnitScore s = report.unit(u.id()).orElseThrow();
    table.row(indent + u.id() + " " + u.name(), percent(s.score()), s.status().key(), Numbers.share(s.coverage()),
        percent(s.own().scorecard().score()));
    for (ConsolidatedScore o : s.objectives().values()) {
      table.row(indent + "  " + o.objective().objective() + " " + o.name(), percent(o.score()), o.status().key(),
          Numbers.share(o.coverage()), percent(o.own()));
    }
    report.portfolio().children(u.id()).forEach(c -> tree(table, report, c, depth + 1));
  }

  private static String percent(OptionalDouble score) {
    return score.isPresent() ? Numbers.percent(score.getAsDouble()) : "-";
  }

  /** {@return the alignment as SVG (status colours when any unit has actuals), or the combined map as text} */
  static String map(PortfolioDocument doc, MapCommand.Format format, LocalDate asOf) {
    Portfolio p = doc.portfolio();
    return switch (format) {
      case dot -> CascadeText.dot(CascadeMap.of(p));
      case mermaid -> CascadeText.mermaid(CascadeMap.of(p));
      case svg -> CascadeSvg.draw(p, doc.actuals().isEmpty() ? Optional.empty() : Optional.of(score(doc, asOf)));
    };
  }

  /** {@return the paths from {@code --from} to {@code --to}, or to every corporate outcome it reaches} */
  static List<CascadePaths> paths(PortfolioDocument doc, String from, String to, int limit) {
    CascadeMap map = CascadeMap.of(doc.portfolio());
    UnitObjective source = objective(map, "--from", from);
    UnitObjective target = to == null ? null : objective(map, "--to", to);
    CascadeImpact impact = CascadeImpact.of(map);
    try {
      return target == null ? impact.toOutcomes(source, limit) : List.of(impact.paths(source, target, limit));
    } catch (ValidationException e) {
      throw e;
    } catch (BscException e) {
      throw new CliException(ExitCode.ERRORS, "bsc paths: " + e.getMessage());
    }
  }

  private static UnitObjective objective(CascadeMap map, String option, String text) {
    UnitObjective id;
    try {
      id = UnitObjective.parse(text);
    } catch (ValidationException e) {
      throw new CliException(ExitCode.USAGE, "bsc paths: " + option + " must name a unit objective as unit/objective"
          + " (for example retail/C1) but was \"" + text + "\"");
    }
    if (!map.contains(id)) {
      throw new CliException(ExitCode.USAGE, "bsc paths: " + option + " names no objective of the portfolio: \""
          + text + "\"");
    }
    return id;
  }

  /** {@return the paths as JSON: one entry per target with its exact count and the paths listed} */
  static String pathsJson(List<CascadePaths> all) {
    ArrayNode routes = Json.array();
    for (CascadePaths p : all) {
      ObjectNode o = routes.addObject();
      o.put("from", p.from().toString());
      o.put("to", p.to().toString());
      o.put("count", p.count()); // a JSON number, exact at any size, as bsc paths writes it
      o.put("truncated", p.truncated());
      ArrayNode listed = o.putArray("paths");
      p.listed().forEach(path -> {
        ArrayNode steps = listed.addArray();
        path.forEach(step -> steps.add(step.toString()));
      });
    }
    ObjectNode root = Json.object();
    root.set("routes", routes);
    return Json.write(root);
  }

  /** {@return the paths as text, or a line saying none reach an outcome} */
  static String pathsText(String from, List<CascadePaths> all) {
    return all.isEmpty() ? from + " reaches no corporate outcome\n"
        : all.stream().map(CascadePaths::toString).collect(Collectors.joining("\n")) + "\n";
  }

  /** {@return the portfolio document, for the commands that only read it} */
  static PortfolioDocument read(Path file) {
    return Inputs.portfolio(file);
  }
}
