package io.github.bsckit.cli.support;

/** The exit codes of the {@code bsc} command, a documented contract for scripts that call it. */
public final class ExitCode {
  /** Everything went fine; warnings may have been printed. */
  public static final int OK = 0;
  /**
   * The scorecard has ERROR violations, or a problem that stops the command (a cycle on the paths asked for, a
   * target the OKR planner cannot step to), or a JShell script failed.
   */
  public static final int ERRORS = 1;
  /**
   * An input could not be read (a missing file, a folder, a FIFO, a malformed document) or an output could not
   * be written (a missing or read-only folder).
   */
  public static final int UNREADABLE = 2;
  /**
   * The command line was wrong: an unknown subcommand or option, a bad option value, an output that is one of
   * the inputs.
   */
  public static final int USAGE = 64;
  /** A bug in bsc: an unexpected failure, reported in one line that asks for a bug report. */
  public static final int INTERNAL = 70;

  private ExitCode() {}
}
