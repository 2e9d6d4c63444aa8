package io.github.bsckit.cli;

import io.github.bsckit.cli.support.AtomicFiles;
import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Json;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.report.ScorecardReport;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bsc report FILE [--actuals CSV] [--as-of DATE] [-o report.html]}: the one-file HTML review pack, with
 * bsc-analytics' link evidence and forecasts as further sections when there are actuals.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the review pack: one self-contained HTML page with the status map, summary, KPIs, "
        + "initiatives, key results and findings.")
final class ReportCommand extends DocumentCommand {
  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write the HTML to this file (atomically) instead of stdout.")
  private Path output;

  @Mixin
  private ActualsOptions scoring;

  @Override
  public Integer call() {
    if (output != null) {
      AtomicFiles.checkWritable(output, file, scoring.actuals); // before the work, not after it
    }
    ScorecardDocument doc = scoring.read(file, err());
    String html;
    try {
      ScorecardReport.Builder report = ScorecardReport.builder(doc.scorecard()).actuals(doc.actuals())
          .asOf(scoring.asOf());
      if (!doc.actuals().isEmpty()) {
        ReportAnalytics.sections(doc.scorecard(), doc.actuals(), scoring.asOf()).forEach(report::section);
      }
      html = report.build().html();
    } catch (ValidationException e) {
      throw new CliException(ExitCode.ERRORS, e.problems().stream().map(p -> "bsc report: " + p)
          .collect(Collectors.joining("\n")));
    }
    if (output == null) {
      print(() -> {
        ObjectNode o = Json.object();
        o.put("html", html);
        return Json.write(o);
      }, () -> html);
      return ExitCode.OK;
    }
    AtomicFiles.write(output, html, file, scoring.actuals);
    print(() -> {
      ObjectNode o = Json.object();
      o.put("output", output.toString());
      o.put("bytes", html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
      return Json.write(o);
    }, () -> "wrote " + output + "\n");
    return ExitCode.OK;
  }
}
