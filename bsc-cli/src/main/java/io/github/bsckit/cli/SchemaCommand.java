package io.github.bsckit.cli;

import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.core.io.DocumentSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code bsc schema}: the JSON Schema (draft 2020-12) of the scorecard document format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of the scorecard document format.")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  /** Accepted for symmetry with the other commands: the schema is JSON either way. */
  @Mixin
  private JsonOption json;

  @Override
  public Integer call() {
    String text = DocumentSchema.text();
    spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
    return ExitCode.OK;
  }
}
