package io.github.bsckit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every subcommand that reads a scorecard document shares: the FILE argument and {@code --json}. */
abstract class DocumentCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Parameters(paramLabel = "FILE", description = "A scorecard or portfolio document (.yaml, .yml or .json).")
  Path file;

  /** {@return where the command's output goes} */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** {@return where warnings go} */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * Prints the JSON form with {@code --json}, else the text form.
   *
   * @param asJson makes the JSON text, without a final newline
   * @param asText makes the text
   */
  void print(Supplier<String> asJson, Supplier<String> asText) {
    out().print(json.json ? asJson.get() + "\n" : asText.get());
  }
}
