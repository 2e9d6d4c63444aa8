package io.github.bsckit.cli;

import io.github.bsckit.cli.support.AtomicFiles;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.graph.export.MapExport;
import io.github.bsckit.graph.export.ObjectiveStatus;
import io.github.bsckit.graph.export.SvgOptions;
import io.github.bsckit.graph.map.StrategyMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bsc map FILE --format svg|dot|mermaid [-o OUT]}: the strategy map as a picture or graph text. */
@Command(name = "map", mixinStandardHelpOptions = true,
    description = "Draw the strategy map as SVG, DOT or Mermaid (status colours when there are actuals).")
final class MapCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format { svg, dot, mermaid }

  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A scorecard document (.yaml, .yml or .json).")
  private Path file;

  @Option(names = "--format", defaultValue = "svg", paramLabel = "FORMAT",
      description = "svg, dot or mermaid (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file (atomically) instead of stdout.")
  private Path output;

  @Option(names = "--actuals", paramLabel = "CSV", description = "Actuals as kpi,date,value, for status colours.")
  private Path actuals;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Colour by status as of this ISO date (default: today).")
  private LocalDate asOf;

  @Override
  public Integer call() {
    ScorecardDocument doc = Inputs.document(file, actuals);
    String text = render(doc, format, Inputs.asOf(asOf));
    if (output == null) {
      spec.commandLine().getOut().print(text);
    } else {
      AtomicFiles.write(output, text);
      spec.commandLine().getOut().println("wrote " + output);
    }
    return ExitCode.OK;
  }

  /** {@return the map in the format; an SVG is coloured by status when the document has actuals} */
  static String render(ScorecardDocument doc, Format format, LocalDate asOf) {
    StrategyMap map = StrategyMap.of(doc.scorecard());
    return switch (format) {
      case dot -> MapExport.dot(map);
      case mermaid -> MapExport.mermaid(map);
      case svg -> doc.actuals().isEmpty() ? MapExport.svg(map)
          : MapExport.svg(map, SvgOptions.defaults().withStatuses(statuses(ScoreCommand.score(doc, asOf))));
    };
  }

  /** Adapts a score report to the map's neutral status input. */
  static Map<ObjectiveId, ObjectiveStatus> statuses(ScoreReport report) {
    Map<ObjectiveId, ObjectiveStatus> out = new LinkedHashMap<>();
    for (ScoreNode node : report.nodes()) {
      if (node.level() == ScoreNode.Level.OBJECTIVE && node.id().orElse(null) instanceof ObjectiveId id) {
        out.put(id, ObjectiveStatus.parse(node.status().name()));
      }
    }
    return out;
  }
}
