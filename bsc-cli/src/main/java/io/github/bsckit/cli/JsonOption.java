package io.github.bsckit.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option every subcommand shares. */
final class JsonOption {
  @Option(names = "--json", description = "Print machine-readable JSON instead of text.")
  boolean json;
}
