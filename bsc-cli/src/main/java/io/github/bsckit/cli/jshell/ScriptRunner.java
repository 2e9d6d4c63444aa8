package io.github.bsckit.cli.jshell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs a JShell script snippet by snippet through {@code jdk.jshell} and stops at the first snippet that
 * does not compile or throws, so a script's failure can become a non-zero exit code (the interactive jshell
 * tool only prints such failures and carries on). The bsc startup imports are evaluated first.
 *
 * <p>Snippets run in the calling JVM, whose {@code System.out} and {@code System.err} point at the runner's
 * stream while a script runs: run one script at a time.
 */
public final class ScriptRunner {
  private final String classPath;
  private final PrintStream out;

  /**
   * Creates a runner.
   *
   * @param classPath the class path the snippets see
   * @param out where the snippets' output and the failure report go
   */
  public ScriptRunner(String classPath, PrintStream out) {
    this.classPath = Objects.requireNonNull(classPath, "classPath");
    this.out = Objects.requireNonNull(out, "out");
  }

  /** The outcome of a script: the failure, if any. */
  public record Result(int snippets, String failure) {
    /** {@return true if every snippet compiled and ran} */
    public boolean ok() {
      return failure == null;
    }
  }

  /** {@return the imports every bsc JShell session starts with} */
  public static String startup() {
    try (InputStream in = ScriptRunner.class.getResourceAsStream("startup.jsh")) {
      return new String(Objects.requireNonNull(in, "startup.jsh").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs a script.
   *
   * @param name the script's name, for the failure report
   * @param script the script's text; lines starting with {@code /exit} are ignored
   * @return how it went
   */
  public Result run(String name, String script) {
    String body = script.lines().filter(l -> !l.strip().startsWith("/exit")).collect(Collectors.joining("\n"));
    // Snippets run in this JVM (the "local" engine starts in milliseconds, a remote one in seconds), so their
    // System.out is this JVM's: point it at our stream for the duration of the script.
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    System.setOut(out);
    System.setErr(out);
    try (JShell shell = JShell.builder().out(out).err(out).executionEngine("local").build()) {
      for (String path : classPath.split(java.io.File.pathSeparator)) {
        if (!path.isBlank()) {
          shell.addToClasspath(path);
        }
      }
      String failure = evaluate(shell, "<startup>", startup());
      if (failure != null) {
        return new Result(0, failure);
      }
      int[] count = {0};
      failure = evaluate(shell, name, body, count);
      return new Result(count[0], failure);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  private String evaluate(JShell shell, String name, String source) {
    return evaluate(shell, name, source, new int[1]);
  }

  private String evaluate(JShell shell, String name, String source, int[] count) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    int consumedChars = 0;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      String snippet = info.completeness().isComplete() ? info.source() : remaining;
      int line = 1 + (int) source.substring(0, consumedChars).chars().filter(c -> c == '\n').count()
          + leadingNewlines(remaining);
      count[0]++;
      for (SnippetEvent e : shell.eval(snippet)) {
        if (e.status() == Snippet.Status.REJECTED) {
          // The first error only, at its own line, with that line: not the whole snippet, not every echo of it.
          Diag first = shell.diagnostics(e.snippet()).filter(Diag::isError).findFirst().orElse(null);
          if (first == null) {
            return name + ":" + line + ": snippet does not compile\n  " + firstLine(snippet);
          }
          long pos = first.getPosition() >= 0 ? first.getPosition() : first.getStartPosition();
          int at = (int) Math.max(0, Math.min(snippet.length(), pos));
          String before = snippet.substring(0, at);
          int errorLine = line + (int) before.chars().filter(c -> c == '\n').count() - leadingNewlines(snippet);
          String lineText = snippet.substring(before.lastIndexOf('\n') + 1).lines().findFirst().orElse("").strip();
          return name + ":" + errorLine + ": does not compile: " + oneLine(first.getMessage(Locale.ROOT)) + "\n  "
              + lineText;
        }
        if (e.exception() != null) {
          String message = e.exception() instanceof EvalException ee ? ee.getExceptionClassName() + ": "
              + ee.getMessage() : e.exception().toString();
          return name + ":" + line + ": snippet threw " + message + "\n  " + firstLine(snippet);
        }
      }
      if (!info.completeness().isComplete()) {
        break;
      }
      consumedChars += remaining.length() - info.remaining().length();
      remaining = info.remaining();
    }
    return null;
  }

  private static String firstLine(String snippet) {
    java.util.List<String> lines = snippet.strip().lines().toList();
    return lines.get(0) + (lines.size() > 1 ? " …" : "");
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  private static int leadingNewlines(String s) {
    int n = 0;
    for (int i = 0; i < s.length() && Character.isWhitespace(s.charAt(i)); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
