package io.github.bsckit.cli.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files whole or not at all: a reader never sees half an SVG, even if writing fails. The text goes
 * to a temporary file beside the target, which then replaces the target in one move. The result has the mode a
 * plain write would give it: a new file the umask's mode, an overwritten file its old mode; a symbolic link is
 * written through, not replaced. An output that is one of the command's inputs is refused before anything is
 * written, and no temporary file outlives the call.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes text to a file atomically.
   *
   * @param target the file to write
   * @param text its content, written as UTF-8
   * @param inputs the files the command read, which the output must not be
   * @throws CliException with {@link ExitCode#USAGE} if the target is one of the inputs, with
   *     {@link ExitCode#UNREADABLE} if the file cannot be written; one line, naming the target, never the
   *     temporary file
   */
  public static void write(Path target, String text, Path... inputs) {
    Path real = checkWritable(target, inputs);
    Path dir = real.getParent();
    Path temp = null;
    try {
      temp = createSibling(dir, real.getFileName().toString());
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      keepMode(real, temp);
      try {
        Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw cannotWrite(target, dir, e);
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

  /**
   * Checks, before any work is done, that a command may write its output where the user asked: not onto one of
   * its inputs (also through links), not onto a folder or a device, into a folder that exists.
   *
   * @param target the output file
   * @param inputs the files the command reads
   * @return the file to write: the target, or the file it links to
   * @throws CliException with {@link ExitCode#USAGE} if the target is one of the inputs or not a regular file,
   *     with {@link ExitCode#UNREADABLE} if its folder does not exist
   */
  public static Path checkWritable(Path target, Path... inputs) {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new CliException(ExitCode.USAGE, target + ": is a folder; name a file to write");
    }
    boolean exists = Files.exists(absolute);
    if (exists && !Files.isRegularFile(absolute)) {
      throw new CliException(ExitCode.USAGE, target + ": is not a regular file; leave out -o to print to "
          + "standard output");
    }
    for (Path input : inputs) {
      if (input != null && exists && sameFile(absolute, input)) {
        throw new CliException(ExitCode.USAGE, target + ": is an input of this command (" + input
            + "); refusing to overwrite it");
      }
    }
    Path real = absolute;
    if (exists) {
      try {
        real = absolute.toRealPath();
      } catch (IOException e) {
        throw cannotWrite(target, absolute.getParent(), e);
      }
    }
    Path dir = real.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliException(ExitCode.UNREADABLE, target + ": cannot write: the folder "
          + (dir == null ? "" : dir + " ") + "does not exist");
    }
    return real;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** A new empty file beside the target, created as a plain file is, so it has the umask's mode. */
  private static Path createSibling(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
          + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** Gives the temporary file the mode of the file it replaces, if there is one. */
  private static void keepMode(Path real, Path temp) throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(real, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    if (old != null && Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
      Files.setPosixFilePermissions(temp, old.readAttributes().permissions());
    }
  }

  private static CliException cannotWrite(Path target, Path dir, IOException e) {
    String why = e instanceof AccessDeniedException ? "permission denied in the folder " + dir
        : e instanceof NoSuchFileException ? "the folder " + dir + " does not exist"
        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getMessage() != null ? e.getMessage() : "an I/O error";
    return new CliException(ExitCode.UNREADABLE, target + ": cannot write: " + why);
  }
}
