package io.github.bsckit.cli.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes output files whole or not at all: a reader never sees half an SVG, even if writing fails. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes text to a temporary file beside the target, then moves it into place atomically.
   *
   * @param target the file to write
   * @param text its content, written as UTF-8
   * @throws CliException with {@link ExitCode#UNREADABLE} if the file cannot be written
   */
  public static void write(Path target, String text) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new CliException(ExitCode.UNREADABLE, target + ": cannot write: " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file is gone or unreachable; nothing else to clean up
        }
      }
    }
  }
}
