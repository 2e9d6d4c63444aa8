package io.github.bsckit.cli;

import io.github.bsckit.analytics.evidence.EvidenceAnalysis;
import io.github.bsckit.analytics.evidence.EvidenceReport;
import io.github.bsckit.cli.support.AtomicFiles;
import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.cli.support.Json;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.graph.export.MapExport;
import io.github.bsckit.graph.export.SvgOptions;
import io.github.bsckit.graph.map.StrategyMap;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/** {@code bsc map FILE --format svg|dot|mermaid [-o OUT]}: the strategy map as a picture or graph text. */
@Command(name = "map", mixinStandardHelpOptions = true,
    description = "Draw the strategy map as SVG, DOT or Mermaid (status colours when there are actuals).")
final class MapCommand extends DocumentCommand {
  /** The export formats. */
  enum Format { svg, dot, mermaid }

  @Option(names = "--format", defaultValue = "svg", paramLabel = "FORMAT",
      description = "svg, dot or mermaid (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--diff", paramLabel = "A", description = "Draw FILE as a new version of the scorecard A: added,"
      + " removed (ghosted) and changed objectives and links marked. SVG only.")
  private Path diffFrom;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file (atomically) instead of stdout.")
  private Path output;

  @Mixin
  private ActualsOptions scoring;

  @Option(names = "--evidence", description = "Draw each link by what the actuals say about it (bsc evidence): "
      + "supported solid green, contradicted red, inconclusive grey dashed, insufficient data dotted. SVG only.")
  private boolean evidence;

  @Override
  public Integer call() {
    if (evidence && format != Format.svg) {
      throw new CliException(ExitCode.USAGE, "bsc map: --evidence draws the SVG map only, not " + format
          + " (see 'bsc map --help')");
    }
    if (output != null) {
      AtomicFiles.checkWritable(output, file, scoring.actuals, diffFrom); // before the work, not after it
    }
    String text;
    if (diffFrom != null) {
      if (format != Format.svg) {
        throw new CliException(ExitCode.USAGE, "--diff draws an SVG map; drop --format " + format);
      }
      DiffMap diff = DiffMap.of(Inputs.document(diffFrom).scorecard(), Inputs.document(file).scorecard());
      text = MapExport.svg(StrategyMap.of(diff.scorecard()), diff.options());
    } else if (Inputs.isPortfolio(file)) {
      PortfolioCommands.noCsv(scoring.actuals);
      if (evidence) {
        throw new CliException(ExitCode.USAGE, "--evidence reads one scorecard's links; give a unit's scorecard document");
      }
      text = PortfolioCommands.map(PortfolioCommands.read(file), format, scoring.asOf());
    } else {
      ScorecardDocument doc = scoring.read(file, err());
      text = evidence ? evidence(doc, scoring.asOf()) : render(doc, format, scoring.asOf());
    }
    if (output == null) {
      print(() -> {
        ObjectNode o = Json.object();
        o.put("format", format.name());
        o.put("text", text);
        return Json.write(o);
      }, () -> text);
    } else {
      AtomicFiles.write(output, text, file, scoring.actuals, diffFrom);
      print(() -> {
        ObjectNode o = Json.object();
        o.put("format", format.name());
        o.put("output", output.toString());
        return Json.write(o);
      }, () -> "wrote " + output + "\n");
    }
    return ExitCode.OK;
  }

  /** {@return the SVG map with links styled by their evidence, objectives by status when there are actuals} */
  static String evidence(ScorecardDocument doc, LocalDate asOf) {
    SvgOptions options = doc.actuals().isEmpty() ? SvgOptions.defaults()
        : SvgOptions.defaults().withScores(ScoreCommand.score(doc, asOf));
    EvidenceReport report = EvidenceAnalysis.defaults().analyse(doc.scorecard(), doc.actuals());
    return MapExport.svg(StrategyMap.of(doc.scorecard()), report.svgOptions(options));
  }

  /** {@return the map in the format; an SVG is coloured by status when the document has actuals} */
  static String render(ScorecardDocument doc, Format format, LocalDate asOf) {
    StrategyMap map = StrategyMap.of(doc.scorecard());
    return switch (format) {
      case dot -> MapExport.dot(map);
      case mermaid -> MapExport.mermaid(map);
      case svg -> doc.actuals().isEmpty() ? MapExport.svg(map)
          : MapExport.svg(map, SvgOptions.defaults().withScores(ScoreCommand.score(doc, asOf)));
    };
  }
}
