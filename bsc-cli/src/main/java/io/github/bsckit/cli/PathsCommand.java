package io.github.bsckit.cli;

import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.core.BscException;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.cascade.CascadePaths;
import java.util.List;
import io.github.bsckit.graph.impact.ImpactAnalysis;
import io.github.bsckit.graph.impact.PathReport;
import io.github.bsckit.graph.map.StrategyMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bsc paths FILE --from ID [--to ID] [--limit N]}: the chains of cause and effect from a driver. */
@Command(name = "paths", mixinStandardHelpOptions = true,
    description = "List the paths from an objective to a target, or to every top-row objective it reaches.")
final class PathsCommand extends DocumentCommand {

  @Option(names = "--from", required = true, paramLabel = "ID",
      description = "The driving objective (unit/objective in a portfolio).")
  private String from;

  @Option(names = "--to", paramLabel = "ID", description = "The target objective (default: every outcome reached).")
  private String to;

  /** The most paths listed per target whatever {@code --limit} asks: enumeration is bounded, counting is not. */
  static final int MAX_LIMIT = 10_000;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
      description = "List at most N paths per target (default: ${DEFAULT-VALUE}, at most " + MAX_LIMIT
          + "); the count is always exact.")
  private int limit;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new CliException(ExitCode.USAGE, "bsc paths: --limit must be >= 1 but was " + limit);
    }
    if (from.equals(to)) {
      throw new CliException(ExitCode.USAGE, "bsc paths: --from and --to must name different objectives but both "
          + "were " + from);
    }
    if (Inputs.isPortfolio(file)) {
      List<CascadePaths> all = PortfolioCommands.paths(PortfolioCommands.read(file), from, to, Math.min(limit, MAX_LIMIT));
      print(() -> PortfolioCommands.pathsJson(all).stripTrailing(), () -> PortfolioCommands.pathsText(from, all));
      return ExitCode.OK;
    }
    Scorecard scorecard = Inputs.document(file).scorecard();
    StrategyMap map = StrategyMap.of(scorecard);
    ImpactAnalysis impact = ImpactAnalysis.of(map);
    ObjectiveId driver = objective(scorecard, "--from", from);
    ObjectiveId target = to == null ? null : objective(scorecard, "--to", to);
    int listed = Math.min(limit, MAX_LIMIT);
    PathReport report;
    try {
      report = target == null ? impact.pathReport(driver, listed) : impact.pathReport(driver, target, listed);
    } catch (ValidationException e) {
      throw e;
    } catch (BscException e) {
      // A cycle on the paths: counting needs links that run one way; `bsc validate` names the cycle too.
      throw new CliException(ExitCode.ERRORS, "bsc paths: " + e.getMessage());
    }
    if (listed < limit && report.routes().stream().anyMatch(r -> r.paths().truncated())) {
      spec.commandLine().getErr().println("bsc paths: listed at most " + MAX_LIMIT + " paths per target, not "
          + limit);
    }
    boolean topRow = target == null && report.routes().isEmpty() && map.outcomes().contains(driver);
    // "F1 reaches no top-row objective" of an objective that is one reads as a broken map.
    print(report::toJson, () -> topRow ? driver + " is itself a top-row objective: paths lead up to it, none "
        + "go on from it; name a driver below it with --from and " + driver + " with --to\n" : report + "\n");
    return ExitCode.OK;
  }

  private static ObjectiveId objective(Scorecard scorecard, String option, String id) {
    if (scorecard.objectives().stream().noneMatch(o -> o.id().value().equals(id))) {
      throw new CliException(ExitCode.USAGE, "bsc paths: " + option + " names no objective of the scorecard: \""
          + id + "\"; its objectives are " + scorecard.objectives().stream().map(o -> o.id().value()).toList());
    }
    return ObjectiveId.of(id);
  }
}
