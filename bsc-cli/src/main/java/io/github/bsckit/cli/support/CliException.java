package io.github.bsckit.cli.support;

/** Ends a subcommand with a message for the user (no stack trace) and an {@link ExitCode}. */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit code the command ends with, one of {@link ExitCode}'s. */
  private final int exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode the exit code
   * @param message one or more lines, each a complete sentence for the user
   */
  public CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** {@return the exit code the command ends with} */
  public int exitCode() {
    return exitCode;
  }
}
