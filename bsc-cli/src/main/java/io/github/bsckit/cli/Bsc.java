package io.github.bsckit.cli;

import io.github.bsckit.cli.jshell.JShellCommand;
import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code bsc} command. Exit codes: 0 fine (warnings allowed), 1 the scorecard has ERROR violations,
 * 2 the input could not be read, 64 usage errors; see {@link ExitCode}.
 */
@Command(name = "bsc", mixinStandardHelpOptions = true, version = "bsc 0.1.0-SNAPSHOT",
    description = "Balanced Scorecard toolkit: validate, score, map and activate a strategy.",
    subcommands = {ValidateCommand.class, ScoreCommand.class, MapCommand.class, PathsCommand.class, OkrCommand.class,
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
      err.println("bsc: " + e.getMessage() + " (see 'bsc --help')");
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof CliException c) {
        err.println(c.getMessage());
        return c.exitCode();
      }
      throw e;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
