package io.github.bsckit.cli;

import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.core.io.ScorecardDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --actuals CSV} and {@code --as-of DATE}, for the commands that score. */
final class ActualsOptions {
  @Option(names = "--actuals", paramLabel = "FILE", description = "Actuals from a CSV file of kpi,date,value or an .xlsx"
      + " workbook, long or wide (added to the document's own; where both date a value for a KPI, the file's wins, with a warning).")
  Path actuals;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Score as of this ISO date (default: today).")
  LocalDate asOf;

  /**
   * {@return the document with these actuals merged into its own}
   *
   * @param file the document
   * @param err where a warning goes when the actuals replace some of the document's with other values
   */
  ScorecardDocument read(Path file, PrintWriter err) {
    return Inputs.document(file, actuals, err);
  }

  /** {@return the as-of date, today unless given} */
  LocalDate asOf() {
    return Inputs.asOf(asOf);
  }
}
