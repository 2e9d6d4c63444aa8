package io.github.bsckit.cli.jshell;

import io.github.bsckit.cli.support.CliException;
import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bsc jshell [FILE.jsh]}: without a file, opens JShell with bsc-kit on the class path and its packages
 * imported, so {@code Scorecard.builder(…)} works at the first prompt; with a file, runs the script and exits
 * with 1 at the first snippet that fails to compile or throws.
 */
@Command(name = "jshell", mixinStandardHelpOptions = true,
    description = "Open JShell with bsc-kit imported, or run a JShell script (exit 1 if a snippet fails).")
public final class JShellCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE.jsh", description = "A script to run instead of an interactive session.")
  private Path script;

  @Override
  public Integer call() throws Exception {
    String classPath = System.getProperty("java.class.path");
    if (script == null) {
      Path startup = Files.createTempFile("bsc-startup", ".jsh");
      try {
        Files.writeString(startup, ScriptRunner.startup());
        return JavaShellToolBuilder.builder().start("--class-path", classPath, "--startup", "DEFAULT",
            "--startup", startup.toString());
      } finally {
        Files.deleteIfExists(startup);
      }
    }
    Inputs.regularFile(script);
    String text;
    try {
      text = Files.readString(script, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCode.UNREADABLE, script + ": no such file");
    } catch (IOException e) {
      throw new CliException(ExitCode.UNREADABLE, script + ": cannot read: " + e.getMessage());
    }
    spec.commandLine().getOut().flush();
    ScriptRunner.Result result = new ScriptRunner(classPath, new PrintStream(System.out, true, StandardCharsets.UTF_8))
        .run(script.toString(), text);
    if (!result.ok()) {
      throw new CliException(ExitCode.ERRORS, result.failure());
    }
    return ExitCode.OK;
  }
}
