package io.github.bsckit.cli;

import io.github.bsckit.cli.support.AtomicFiles;
import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Json;
import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.graph.export.MapExport;
import io.github.bsckit.graph.export.SvgOptions;
import io.github.bsckit.graph.impact.ImpactAnalysis;
import io.github.bsckit.graph.impact.ImpactPath;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bsc demo}: the seed's company end to end — its scorecard, what the rules say, how it scores, the
 * strongest chains into its financial outcomes, next quarter's key results — and its strategy map as SVG.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the seed's company (Acme Retail) end to end and write its strategy map (-o, default "
        + "strategy-map.svg).")
final class DemoCommand implements Callable<Integer> {
  static final String DOCUMENT = "acme-retail.yaml";

  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  private JsonOption json;

  @Option(names = {"-o", "--output"}, paramLabel = "SVG", defaultValue = "strategy-map.svg",
      description = "Where to write the strategy map (default: ${DEFAULT-VALUE}).")
  private Path output;

  @Override
  public Integer call() {
    AtomicFiles.checkWritable(output); // before the demo prints anything
    PrintWriter out = json.json ? new PrintWriter(java.io.Writer.nullWriter()) : spec.commandLine().getOut();
    ScorecardDocument doc = load();
    Scorecard acme = doc.scorecard();
    LocalDate asOf = doc.actuals().kpis().stream().map(k -> doc.actuals().series(k).lastKey())
        .max(Comparator.naturalOrder()).orElseThrow();

    heading(out, "The scorecard");
    out.print(summary(acme));

    heading(out, "Validation");
    ValidationReport violations = ValidateCommand.RULES.validate(acme);
    out.print(ValidateCommand.human(DOCUMENT, violations));

    heading(out, "Score as of " + asOf);
    ScoreReport score = ScoreCommand.score(doc, asOf);
    out.print(ScoreCommand.human(score, acme, ScoreCommand.terminalWidth(System.getenv("COLUMNS"))));

    heading(out, "Strongest chains into the " + acme.topPerspective().name().toLowerCase(Locale.ROOT) + " outcomes");
    out.print(strongestChains(acme, 5));

    OkrPlanner planner = OkrPlanner.defaults();
    OkrPlan plan = planner.plan(acme, doc.actuals(), asOf);
    FiscalQuarter next = plan.calendar().quarterOf(asOf).plusQuarters(1);
    heading(out, "Key results for " + next + ", re-planned from the actuals");
    out.print(plan.quarters().contains(next) ? OkrCommand.human(plan, List.of(next))
        : "  none: every target falls before " + next + "\n");

    String svg = MapExport.svg(StrategyMap.of(acme), SvgOptions.defaults().withScores(score));
    boolean replaced = java.nio.file.Files.exists(output);
    AtomicFiles.write(output, svg);
    heading(out, "Strategy map");
    out.println("wrote " + output.toAbsolutePath().normalize()
        + (replaced ? " (replacing the file that was there; -o OUT writes elsewhere)" : ""));
    if (json.json) {
      ObjectNode all = Json.object();
      all.put("scorecard", acme.name());
      all.set("validation", Json.parse(violations.toJson()));
      all.set("score", Json.parse(score.toJson()));
      all.set("okr", Json.parse(plan.toJson(OkrCommand.WORDS::describe)));
      all.put("map", output.toAbsolutePath().normalize().toString());
      spec.commandLine().getOut().print(Json.write(all));
    }
    return violations.hasErrors() ? ExitCode.ERRORS : ExitCode.OK;
  }

  /**
   * Reads the bundled document, a resource of this module that bsc-examples writes from its {@code AcmeRetail}
   * program and checks, with {@code bsc-examples/documents/acme-retail.yaml}, against it.
   */
  static ScorecardDocument load() {
    try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + DOCUMENT)) {
      if (in == null) {
        throw new CliException(ExitCode.UNREADABLE, "the demo document " + DOCUMENT + " is missing from bsc-cli");
      }
      return DocumentReader.of(Format.YAML).read(in, DOCUMENT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void heading(PrintWriter out, String title) {
    out.println();
    out.println("== " + title);
  }

  /** {@return the destination and each perspective with its objectives, one line each} */
  static String summary(Scorecard s) {
    StringBuilder sb = new StringBuilder(s.name());
    s.stage().ifPresent(st -> sb.append(" (").append(st.key()).append(" stage)"));
    sb.append('\n');
    s.vision().ifPresent(v -> sb.append("Vision: ").append(v).append('\n'));
    sb.append(s.themes().size()).append(" themes: ")
        .append(String.join(", ", s.themes().stream().map(t -> t.name()).toList())).append('\n');
    for (Perspective p : s.perspectives()) {
      sb.append("  ").append(p.name()).append(": ")
          .append(String.join("; ", s.objectivesIn(p.id()).stream().map(o -> o.id() + " " + o.name()).toList()))
          .append('\n');
    }
    sb.append(s.kpis().size()).append(" KPIs, ").append(s.links().size()).append(" causal links, ")
        .append(s.initiatives().size()).append(" initiatives\n");
    return sb.toString();
  }

  /** {@return the strongest chains from the bottom row to the top row, strongest first} */
  static String strongestChains(Scorecard s, int count) {
    StrategyMap map = StrategyMap.of(s);
    ImpactAnalysis impact = ImpactAnalysis.of(map);
    List<ImpactPath> all = new ArrayList<>();
    for (ObjectiveId driver : map.row(0)) {
      for (ObjectiveId outcome : map.outcomes()) {
        all.addAll(impact.strongestPaths(driver, outcome, count));
      }
    }
    all.sort(Comparator.comparingDouble(ImpactPath::strength).reversed());
    StringBuilder sb = new StringBuilder();
    for (ImpactPath p : all.subList(0, Math.min(count, all.size()))) {
      sb.append(String.format(Locale.ROOT, "  %.3f  ", p.strength())).append(StrategyMap.arrows(p.objectives()))
          .append('\n');
    }
    return sb.toString();
  }

}
