package io.github.bsckit.core.io;

import io.github.bsckit.core.internal.Checks;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads portfolio documents ({@code bsc-portfolio: 1}, YAML or JSON) and the scorecard documents their units
 * refer to. A read returns a whole, valid {@link PortfolioDocument} or throws one {@link DocumentException} naming
 * every problem in every file as {@code FILE:line:col: path: problem}. Immutable and thread-safe.
 *
 * <pre>{@code
 * PortfolioDocument doc = PortfolioReader.readFile(Path.of("group/portfolio.yaml"));
 * Portfolio group = doc.portfolio();
 * }</pre>
 *
 * <p><b>References.</b> A unit's {@code scorecard:} is either a scorecard document inline or the path of one,
 * relative to the portfolio document's folder, in the format its extension names. A reference must stay inside
 * that folder (no absolute path, no {@code ..} above it, no symbolic link out of it), must name an existing
 * scorecard document (not a portfolio document: portfolios do not nest, and one referring back to itself is a
 * reference cycle), and is read with this reader's per-document {@link ReadLimits}. Two limits hold across files:
 * at most {@link #maxFiles()} files in all (the portfolio document included) and at most
 * {@link #maxTotalBytes()} bytes in all.
 */
public final class PortfolioReader {
  /** The default limit on the number of files one portfolio read may open, the portfolio document included. */
  public static final int DEFAULT_MAX_FILES = 10_000;
  /** The default limit on the bytes of all files of one portfolio read together: 256 MiB. */
  public static final long DEFAULT_MAX_TOTAL_BYTES = 256L * 1024 * 1024;

  private final Format format;
  private final ReadLimits limits;
  private final int maxFiles;
  private final long maxTotalBytes;

  private PortfolioReader(Format format, ReadLimits limits, int maxFiles, long maxTotalBytes) {
    this.format = format;
    this.limits = limits;
    this.maxFiles = maxFiles;
    this.maxTotalBytes = maxTotalBytes;
  }

  /**
   * {@return a reader of portfolio documents in one format, with the default limits}
   *
   * @param format YAML or JSON
   */
  public static PortfolioReader of(Format format) {
    return new PortfolioReader(Objects.requireNonNull(format, "format"), ReadLimits.defaults(), DEFAULT_MAX_FILES,
        DEFAULT_MAX_TOTAL_BYTES);
  }

  /**
   * {@return a reader of the format a file's extension names, with the default limits}
   *
   * @param file a file ending in {@code .yaml}, {@code .yml} or {@code .json}
   * @throws io.github.bsckit.core.BscException if the extension names no format
   */
  public static PortfolioReader forFile(Path file) {
    return of(Format.forFile(file));
  }

  /**
   * Reads a portfolio document file and every scorecard file it refers to, with the default limits.
   *
   * @param file the portfolio document
   * @return the document
   * @throws DocumentException listing every problem in every file
   */
  public static PortfolioDocument readFile(Path file) {
    return forFile(file).read(file);
  }

  /**
   * {@return this reader with other per-document limits}
   *
   * @param limits the limits each document (the portfolio's and each scorecard's) is read under
   */
  public PortfolioReader withLimits(ReadLimits limits) {
    return new PortfolioReader(format, Objects.requireNonNull(limits, "limits"), maxFiles, maxTotalBytes);
  }

  /**
   * {@return this reader opening at most {@code files} files per read}
   *
   * @param files at least 1
   */
  public PortfolioReader withMaxFiles(int files) {
    Checks.requireAtLeast("files", files, 1);
    return new PortfolioReader(format, limits, files, maxTotalBytes);
  }

  /**
   * {@return this reader reading at most {@code bytes} bytes over all files of one read}
   *
   * @param bytes at least 1
   */
  public PortfolioReader withMaxTotalBytes(long bytes) {
    Checks.requireAtLeast("bytes", bytes, 1);
    return new PortfolioReader(format, limits, maxFiles, bytes);
  }

  /** {@return the format of the portfolio documents this reader reads} */
  public Format format() {
    return format;
  }

  /** {@return the limits each document is read under} */
  public ReadLimits limits() {
    return limits;
  }

  /** {@return how many files one read may open, the portfolio document included} */
  public int maxFiles() {
    return maxFiles;
  }

  /** {@return how many bytes one read may read over all its files} */
  public long maxTotalBytes() {
    return maxTotalBytes;
  }

  /**
   * Reads a portfolio document file, resolving references against its folder and reporting problems under the
   * file's path as given.
   *
   * @param file the portfolio document
   * @return the document
   * @throws DocumentException listing every problem in every file, or why a file cannot be read
   */
  public PortfolioDocument read(Path file) {
    Objects.requireNonNull(file, "file");
    return new PortfolioDecoder(this, file.toString(), Optional.of(file)).readFile();
  }

  /**
   * Reads a portfolio document held in a string whose references resolve against a folder.
   *
   * @param text the portfolio document
   * @param source the name to report its problems under
   * @param folder the folder its references are relative to
   * @return the document
   * @throws DocumentException listing every problem in every file
   */
  public PortfolioDocument read(String text, String source, Path folder) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(folder, "folder");
    return new PortfolioDecoder(this, source, Optional.of(folder.resolve(".portfolio"))).readText(text);
  }

  /**
   * Reads a self-contained portfolio document held in a string: every unit's scorecard inline.
   *
   * @param text the portfolio document
   * @param source the name to report its problems under; may be empty
   * @return the document
   * @throws DocumentException listing every problem, a reference to a file among them (there is no folder to
   *     resolve it against)
   */
  public PortfolioDocument read(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return new PortfolioDecoder(this, source, Optional.empty()).readText(text);
  }

  /** {@return for example {@code PortfolioReader[YAML, 10000 files, 268435456 bytes]}} */
  @Override
  public String toString() {
    return "PortfolioReader[" + format + ", " + maxFiles + " files, " + maxTotalBytes + " bytes, " + limits + "]";
  }
}
