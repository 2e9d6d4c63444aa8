package io.github.bsckit.cli.support;

/** The exit codes of the {@code bsc} command, a documented contract for scripts that call it. */
public final class ExitCode {
  /** Everything went fine; warnings may have been printed. */
  public static final int OK = 0;
  /** The scorecard has ERROR violations (or a JShell script failed). */
  public static final int ERRORS = 1;
  /** The input could not be read: a missing file, a malformed document. */
  public static final int UNREADABLE = 2;
  /** The command line was wrong: an unknown subcommand or option, a bad option value. */
  public static final int USAGE = 64;

  private ExitCode() {}
}
