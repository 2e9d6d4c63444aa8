package io.github.bsckit.cli.support;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.io.ActualsCsv;
import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** Reads the command's inputs, turning every problem into a {@link CliException} with one line per problem. */
public final class Inputs {
  private Inputs() {}

  /**
   * Reads a scorecard document (YAML or JSON by its extension).
   *
   * @param file the document
   * @return the scorecard and the actuals it carries
   * @throws CliException with {@link ExitCode#UNREADABLE} and one {@code FILE:line:col: …} line per problem
   */
  public static ScorecardDocument document(Path file) {
    try {
      return DocumentReader.readFile(file);
    } catch (ValidationException e) {
      throw unreadable(e);
    }
  }

  /**
   * Reads a document and, when given, a CSV of actuals that adds to (and overrides) the document's own.
   *
   * @param file the document
   * @param actualsCsv a {@code kpi,date,value} CSV, or null
   * @return the document with the merged actuals
   * @throws CliException with {@link ExitCode#UNREADABLE} if either cannot be read
   */
  public static ScorecardDocument document(Path file, Path actualsCsv) {
    ScorecardDocument doc = document(file);
    if (actualsCsv == null) {
      return doc;
    }
    Scorecard scorecard = doc.scorecard();
    try {
      Actuals csv = ActualsCsv.reader().against(scorecard).read(actualsCsv);
      return ScorecardDocument.of(scorecard, doc.actuals().merge(csv));
    } catch (ValidationException e) {
      throw unreadable(e);
    }
  }

  /**
   * The as-of date: the one given, else today.
   *
   * @param given the {@code --as-of} option, or null
   * @return the date to score as of
   */
  public static LocalDate asOf(LocalDate given) {
    return given != null ? given : LocalDate.now();
  }

  private static CliException unreadable(ValidationException e) {
    return new CliException(ExitCode.UNREADABLE,
        e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
  }
}
