package io.github.bsckit.cli;

import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.cli.support.Json;
import io.github.bsckit.core.BscException;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.impact.ImpactAnalysis;
import io.github.bsckit.graph.impact.ImpactPath;
import io.github.bsckit.graph.impact.PathSet;
import io.github.bsckit.graph.map.StrategyMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code bsc paths FILE --from ID [--to ID] [--limit N]}: the chains of cause and effect from a driver. */
@Command(name = "paths", mixinStandardHelpOptions = true,
    description = "List the paths from an objective to a target, or to every top-row objective it reaches.")
final class PathsCommand extends DocumentCommand {

  @Option(names = "--from", required = true, paramLabel = "ID", description = "The driving objective.")
  private String from;

  @Option(names = "--to", paramLabel = "ID", description = "The target objective (default: every outcome reached).")
  private String to;

  /** The most paths listed per target whatever {@code --limit} asks: enumeration is bounded, counting is not. */
  static final int MAX_LIMIT = 10_000;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
      description = "List at most N paths per target (default: ${DEFAULT-VALUE}, at most " + MAX_LIMIT
          + "); the count is always exact.")
  private int limit;

  /** The paths to one target and how many there are in all. */
  record Route(ObjectiveId to, BigInteger count, PathSet paths) {}

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new CliException(ExitCode.USAGE, "bsc paths: --limit must be >= 1 but was " + limit);
    }
    if (from.equals(to)) {
      throw new CliException(ExitCode.USAGE, "bsc paths: --from and --to must name different objectives but both "
          + "were " + from);
    }
    Scorecard scorecard = Inputs.document(file).scorecard();
    List<Route> routes;
    try {
      routes = routes(scorecard, objective(scorecard, "--from", from),
          to == null ? null : objective(scorecard, "--to", to), Math.min(limit, MAX_LIMIT));
    } catch (ValidationException e) {
      throw e;
    } catch (BscException e) {
      // A cycle on the paths: counting needs links that run one way; `bsc validate` names the cycle too.
      throw new CliException(ExitCode.ERRORS, "bsc paths: " + e.getMessage());
    }
    print(() -> toJson(from, to, routes), () -> human(from, routes));
    return ExitCode.OK;
  }

  private static ObjectiveId objective(Scorecard scorecard, String option, String id) {
    if (scorecard.objectives().stream().noneMatch(o -> o.id().value().equals(id))) {
      throw new CliException(ExitCode.USAGE, "bsc paths: " + option + " names no objective of the scorecard: \""
          + id + "\"; its objectives are " + scorecard.objectives().stream().map(o -> o.id().value()).toList());
    }
    return ObjectiveId.of(id);
  }

  /** The routes from a driver: to one target, or to each outcome it reaches, in the map's order. */
  static List<Route> routes(Scorecard scorecard, ObjectiveId from, ObjectiveId to, int limit) {
    ImpactAnalysis impact = ImpactAnalysis.of(StrategyMap.of(scorecard));
    List<Route> routes = new ArrayList<>();
    if (to != null) {
      routes.add(new Route(to, impact.countPaths(from, to), impact.paths(from, to, limit)));
    } else {
      impact.countPathsToOutcomes(from).byOutcome().forEach((outcome, count) ->
          routes.add(new Route(outcome, count, impact.paths(from, outcome, limit))));
    }
    return routes;
  }

  /** {@return one heading per target with its count, then its paths} */
  static String human(String from, List<Route> routes) {
    if (routes.isEmpty()) {
      return from + " reaches no top-row objective\n";
    }
    StringBuilder sb = new StringBuilder();
    for (Route r : routes) {
      sb.append(from).append(" -> ").append(r.to()).append(": ").append(r.count())
          .append(r.count().equals(BigInteger.ONE) ? " path" : " paths")
          .append(r.paths().truncated() ? " (first " + r.paths().size() + " shown"
              + (r.paths().size() == MAX_LIMIT ? ", the most bsc paths lists" : "") + ")" : "").append('\n');
      for (ImpactPath p : r.paths().paths()) {
        sb.append("  ").append(StrategyMap.arrows(p.objectives())).append('\n');
      }
    }
    return sb.toString();
  }

  /** {@return {@code {"from","to","count","truncated","paths"}}, or one such entry per outcome without --to} */
  static ObjectNode toJson(String from, String to, List<Route> routes) {
    if (to != null) {
      ObjectNode root = route(Json.object(), routes.get(0));
      root.put("from", from);
      return root;
    }
    ObjectNode root = Json.object();
    root.put("from", from);
    ArrayNode outcomes = root.putArray("outcomes");
    for (Route r : routes) {
      route(outcomes.addObject(), r);
    }
    return root;
  }

  private static ObjectNode route(ObjectNode o, Route r) {
    o.put("to", r.to().value());
    o.put("count", r.count().toString());
    o.put("truncated", r.paths().truncated());
    ArrayNode paths = o.putArray("paths");
    for (ImpactPath p : r.paths().paths()) {
      ArrayNode path = paths.addArray();
      p.objectives().forEach(id -> path.add(id.value()));
    }
    return o;
  }
}
