package io.github.bsckit.cli.support;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.io.ActualsCsv;
import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.PortfolioDocument;
import io.github.bsckit.core.io.PortfolioReader;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.regex.Pattern;
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
    regularFile(file);
    try {
      Format.forFile(file);
    } catch (BscException e) {
      throw new CliException(ExitCode.UNREADABLE, file + ": the name must end in .yaml, .yml or .json to tell "
          + "the format");
    }
    try {
      return DocumentReader.readFile(file);
    } catch (ValidationException e) {
      throw unreadable(e);
    }
  }

  /** A portfolio document names its version first: {@code bsc-portfolio: 1}, in YAML or JSON. */
  private static final Pattern PORTFOLIO = Pattern.compile("\\A(?:\\s*#[^\\n]*\\n)*\\s*\\{?\\s*\"?bsc-portfolio\"?\\s*:");

  /**
   * Tells a portfolio document from a scorecard document by its first key, without reading it all.
   *
   * @param file the document
   * @return true if it starts with {@code bsc-portfolio}
   * @throws CliException with {@link ExitCode#UNREADABLE} if the file cannot be read
   */
  public static boolean isPortfolio(Path file) {
    regularFile(file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      char[] head = new char[4096];
      int n = in.read(head);
      return n > 0 && PORTFOLIO.matcher(new String(head, 0, n).replace("\uFEFF", "")).find();
    } catch (IOException e) {
      return false; // not text we can peek at: the scorecard reader says why
    }
  }

  /**
   * Reads a portfolio document and the scorecard documents it refers to.
   *
   * @param file the portfolio document
   * @return the portfolio, its units' actuals and references
   * @throws CliException with {@link ExitCode#UNREADABLE} and one {@code FILE:line:col: …} line per problem
   */
  public static PortfolioDocument portfolio(Path file) {
    regularFile(file);
    try {
      return PortfolioReader.readFile(file);
    } catch (BscException e) {
      if (e instanceof ValidationException v) {
        throw unreadable(v);
      }
      throw new CliException(ExitCode.UNREADABLE, file + ": the name must end in .yaml, .yml or .json to tell "
          + "the format");
    }
  }

  /**
   * Checks that an input is a regular file this process can read, so that a folder, a device such as
   * {@code /dev/null} or a FIFO nobody writes to (which would block the read for ever) is refused at once.
   *
   * @param file the input
   * @throws CliException with {@link ExitCode#UNREADABLE} and one line naming the file and what is wrong
   */
  public static void regularFile(Path file) {
    String why = !Files.exists(file) ? "no such file"
        : Files.isDirectory(file) ? "is a folder, not a file"
        : !Files.isRegularFile(file) ? "is not a regular file (a device, a FIFO or a socket)"
        : !Files.isReadable(file) ? "cannot be read: permission denied"
        : null;
    if (why != null) {
      throw new CliException(ExitCode.UNREADABLE, file + ": " + why);
    }
  }

  /**
   * Reads a document and, when given, a file of actuals that adds to (and overrides) the document's own, warning
   * when the file gives another value for a KPI and date the document already has: a file of a different export
   * silently changes the scores otherwise.
   *
   * @param file the document
   * @param actualsCsv a {@code kpi,date,value} CSV or an .xlsx workbook, or null
   * @param err where the warning goes, or null for none
   * @return the document with the merged actuals
   * @throws CliException with {@link ExitCode#UNREADABLE} if either cannot be read
   */
  public static ScorecardDocument document(Path file, Path actualsCsv, PrintWriter err) {
    ScorecardDocument doc = document(file);
    if (actualsCsv == null) {
      return doc;
    }
    Scorecard scorecard = doc.scorecard();
    regularFile(actualsCsv);
    try {
      // A workbook by its extension; anything else is read as CSV, as before.
      Actuals more = actualsCsv.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
          ? io.github.bsckit.xlsx.ActualsXlsx.reader().against(scorecard).read(actualsCsv)
          : ActualsCsv.reader().against(scorecard).read(actualsCsv);
      if (err != null) {
        overridden(doc.actuals(), more).ifPresent(w -> err.println("bsc: warning: " + actualsCsv + " " + w));
      }
      return ScorecardDocument.of(scorecard, doc.actuals().merge(more));
    } catch (ValidationException e) {
      throw unreadable(e);
    }
  }

  /**
   * {@return how many of the document's actuals the file gives other values for, with the first of them, e.g.
   * {@code replaces 34 of the document's actuals with other values, the first clv on 2026-06-30: 1347 in the
   * document, 1433.1 in the file}; empty when it replaces none}
   */
  static Optional<String> overridden(Actuals own, Actuals file) {
    int count = 0;
    String first = null;
    for (KpiId kpi : file.kpis()) {
      NavigableMap<LocalDate, Double> mine = own.series(kpi);
      for (Map.Entry<LocalDate, Double> e : file.series(kpi).entrySet()) {
        Double before = mine.get(e.getKey());
        if (before != null && before.doubleValue() != e.getValue().doubleValue()) {
          count++;
          if (first == null) {
            first = kpi + " on " + e.getKey() + ": " + Numbers.plain(before) + " in the document, "
                + Numbers.plain(e.getValue()) + " in the file";
          }
        }
      }
    }
    return count == 0 ? Optional.empty() : Optional.of("replaces " + count + " of the document's "
        + (count == 1 ? "actuals with another value: " : "actuals with other values, the first ") + first);
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
