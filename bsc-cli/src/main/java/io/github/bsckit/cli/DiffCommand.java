package io.github.bsckit.cli;

import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.cli.support.Inputs;
import io.github.bsckit.core.diff.ScorecardDiff;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bsc diff A B [--json]}: what changed from one version of a scorecard to another; exit 1 when anything did. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "List what changed from scorecard A to scorecard B (exit 0 when equal, 1 when different, as diff).")
final class DiffCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Parameters(index = "0", paramLabel = "A", description = "The earlier version (.yaml, .yml or .json).")
  private Path before;

  @Parameters(index = "1", paramLabel = "B", description = "The later version (.yaml, .yml or .json).")
  private Path after;

  @Override
  public Integer call() {
    ScorecardDiff diff = ScorecardDiff.between(Inputs.document(before).scorecard(),
        Inputs.document(after).scorecard());
    spec.commandLine().getOut().print(json.json ? diff.toJson() + "\n" : diff + "\n");
    return diff.isEmpty() ? ExitCode.OK : ExitCode.ERRORS;
  }
}
