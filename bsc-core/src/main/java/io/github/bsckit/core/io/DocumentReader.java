package io.github.bsckit.core.io;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads scorecard documents (format version 1, YAML or JSON). A read returns a whole, valid
 * {@link ScorecardDocument} or throws a {@link DocumentException} naming every problem with its line, column
 * and path; it never returns part of a scorecard. Inputs are checked against {@link ReadLimits} while parsing,
 * YAML aliases are expanded under those limits, and no YAML tag can make the reader instantiate anything.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ScorecardDocument doc = DocumentReader.readFile(path);   // YAML or JSON, by the file's extension
 * Scorecard acme = doc.scorecard();
 * }</pre>
 */
public final class DocumentReader {
  private final Format format;
  private final ReadLimits limits;

  private DocumentReader(Format format, ReadLimits limits) {
    this.format = format;
    this.limits = limits;
  }

  /**
   * A reader of one format with the {@linkplain ReadLimits#defaults() default limits}.
   *
   * @param format YAML or JSON
   * @return the reader
   */
  public static DocumentReader of(Format format) {
    return new DocumentReader(Objects.requireNonNull(format, "format"), ReadLimits.defaults());
  }

  /**
   * A reader of the format a file's extension names, with the default limits.
   *
   * @param file a file ending in {@code .yaml}, {@code .yml} or {@code .json}
   * @return the reader
   * @throws io.github.bsckit.core.BscException if the extension names no format
   */
  public static DocumentReader forFile(Path file) {
    return of(Format.forFile(file));
  }

  /**
   * Reads a UTF-8 document file in the format its extension names, with the default limits, reporting problems
   * under the file's path as given: {@code forFile(file).read(file)} without naming the file twice.
   *
   * @param file a file ending in {@code .yaml}, {@code .yml} or {@code .json}
   * @return the document
   * @throws io.github.bsckit.core.BscException if the extension names no format
   * @throws DocumentException listing every problem found, or why the file cannot be read
   */
  public static ScorecardDocument readFile(Path file) {
    return forFile(file).read(file);
  }

  /**
   * {@return this reader with other limits}
   *
   * @param limits the limits
   */
  public DocumentReader withLimits(ReadLimits limits) {
    return new DocumentReader(format, Objects.requireNonNull(limits, "limits"));
  }

  /** {@return the format this reader reads} */
  public Format format() {
    return format;
  }

  /** {@return the limits this reader enforces} */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document held in a string.
   *
   * @param text the document
   * @param source the name to report problems under, such as a file name; may be empty
   * @return the document
   * @throws DocumentException listing every problem found
   */
  public ScorecardDocument read(String text, String source) {
    Objects.requireNonNull(text, "text");
    Problems problems = new Problems(Objects.requireNonNull(source, "source"));
    return parse(InputText.of(text, limits, problems), problems);
  }

  /**
   * Reads a document from a reader, to its end; the reader is not closed.
   *
   * @param in the document
   * @param source the name to report problems under; may be empty
   * @return the document
   * @throws DocumentException listing every problem found, or the read failure
   */
  public ScorecardDocument read(Reader in, String source) {
    Objects.requireNonNull(in, "in");
    Problems problems = new Problems(Objects.requireNonNull(source, "source"));
    return parse(InputText.of(in, limits, problems), problems);
  }

  /**
   * Reads a UTF-8 document from a stream, to its end; the stream is not closed.
   *
   * @param in the document's bytes
   * @param source the name to report problems under; may be empty
   * @return the document
   * @throws DocumentException listing every problem found, or the read failure
   */
  public ScorecardDocument read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Problems problems = new Problems(Objects.requireNonNull(source, "source"));
    return parse(InputText.of(in, limits, problems), problems);
  }

  /**
   * Reads a UTF-8 document file, reporting problems under the file's path as given.
   *
   * @param file the file
   * @return the document
   * @throws DocumentException listing every problem found, or why the file cannot be read
   */
  public ScorecardDocument read(Path file) {
    Objects.requireNonNull(file, "file");
    Problems problems = new Problems(file.toString());
    return parse(InputText.of(file, limits, problems), problems);
  }

  private ScorecardDocument parse(String text, Problems problems) {
    if (problems.isEmpty()) {
      ScorecardDocument direct = DirectReader.read(text, format, limits);
      if (direct != null) {
        return direct;
      }
    }
    problems.text(text);
    Node root = TreeReader.read(text, format, limits, problems);
    return ScorecardDecoder.decode(root, problems);
  }

  /** {@return for example {@code DocumentReader[YAML, ReadLimits{…}]}} */
  @Override
  public String toString() {
    return "DocumentReader[" + format + ", " + limits + "]";
  }
}
