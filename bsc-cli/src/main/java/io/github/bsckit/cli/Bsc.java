package io.github.bsckit.cli;

import io.github.bsckit.cli.jshell.JShellCommand;
import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.BscException;
import io.github.bsckit.core.ValidationException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code bsc} command. Exit codes: 0 fine (warnings allowed), 1 the scorecard has ERROR violations or a
 * problem that stops the command, 2 an input could not be read or an output could not be written, 64 usage
 * errors, 70 an internal error; see {@link ExitCode}. Every failure is reported in lines for the user, never as
 * a stack trace (set the system property {@code bsc.debug} to see one).
 */
@Command(name = "bsc", mixinStandardHelpOptions = true, version = "bsc 0.1.0-SNAPSHOT",
    description = "Balanced Scorecard toolkit: validate, score, map and activate a strategy.",
    subcommands = {ValidateCommand.class, ScoreCommand.class, MapCommand.class, PathsCommand.class, OkrCommand.class,
        ReportCommand.class, EvidenceCommand.class, ForecastCommand.class, DiffCommand.class,
        SchemaCommand.class, DemoCommand.class, JShellCommand.class, CommandLine.HelpCommand.class})
public final class Bsc implements Runnable {
  @Spec
  private CommandSpec spec;

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(execute(out, err, args));
  }

  /**
   * Runs the command in-process, as tests and embedding programs do.
   *
   * @param out where normal output goes
   * @param err where errors go
   * @param args the command line
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Bsc());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((e, a) -> {
      // Named by the command that refused it: "bsc score: … (see 'bsc score --help')".
      String command = e.getCommandLine().getCommandSpec().qualifiedName();
      err.println(command + ": " + e.getMessage() + " (see '" + command + " --help')");
      return ExitCode.USAGE;
    });
    cl.registerConverter(LocalDate.class, Bsc::date);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof CliException c) {
        err.println(c.getMessage());
        return c.exitCode();
      }
      if (e instanceof ValidationException v) {
        // A library check this command did not anticipate: still the user's input, said in the user's terms.
        v.problems().forEach(p -> err.println("bsc " + commandLine.getCommandName() + ": " + p));
        return ExitCode.ERRORS;
      }
      if (e instanceof BscException b) {
        err.println("bsc " + commandLine.getCommandName() + ": " + oneLine(b.getMessage()));
        return ExitCode.ERRORS;
      }
      return internal(err, e);
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      code = internal(err, e);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The safety net: a bug in bsc, reported in one line that says where, with the exit code for it. */
  private static int internal(PrintWriter err, Throwable e) {
    StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    err.println("bsc: internal error, please report it: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " (" + oneLine(e.getMessage()) + ")")
        + (at == null ? "" : " at " + at.getFileName() + ":" + at.getLineNumber()));
    if (Boolean.getBoolean("bsc.debug")) {
      e.printStackTrace(err);
    }
    return ExitCode.INTERNAL;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  /** Reads {@code --as-of} and other dates as ISO dates, saying what is wrong as every reader of dates does. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(Checks.notADate(text));
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
