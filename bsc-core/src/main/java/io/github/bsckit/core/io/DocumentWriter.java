package io.github.bsckit.core.io;

import io.github.bsckit.core.model.Scorecard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes scorecard documents (format version 1, YAML or JSON) deterministically: the same document always
 * gives the same text, with keys in the format's order, defaults left out, {@code \n} line ends and numbers
 * written as people write them ({@code 90}, not {@code 90.0}). What it writes, {@link DocumentReader} reads back
 * as an equal document. Immutable and thread-safe.
 *
 * <pre>{@code
 * String yaml = DocumentWriter.of(Format.YAML).write(scorecard);
 * }</pre>
 */
public final class DocumentWriter {
  private final Format format;

  private DocumentWriter(Format format) {
    this.format = format;
  }

  /**
   * A writer of one format.
   *
   * @param format YAML or JSON
   * @return the writer
   */
  public static DocumentWriter of(Format format) {
    return new DocumentWriter(Objects.requireNonNull(format, "format"));
  }

  /**
   * A writer of the format a file's extension names.
   *
   * @param file a file ending in {@code .yaml}, {@code .yml} or {@code .json}
   * @return the writer
   * @throws io.github.bsckit.core.BscException if the extension names no format
   */
  public static DocumentWriter forFile(Path file) {
    return of(Format.forFile(file));
  }

  /** {@return the format this writer writes} */
  public Format format() {
    return format;
  }

  /**
   * Writes a scorecard without actuals.
   *
   * @param scorecard the scorecard
   * @return the document text, ending with a line break
   */
  public String write(Scorecard scorecard) {
    return write(ScorecardDocument.of(Objects.requireNonNull(scorecard, "scorecard")));
  }

  /**
   * Writes a document.
   *
   * @param document the scorecard and its actuals
   * @return the document text, ending with a line break
   */
  public String write(ScorecardDocument document) {
    StringWriter out = new StringWriter();
    write(document, out);
    return out.toString();
  }

  /**
   * Writes a document to a writer, which is flushed but not closed.
   *
   * @param document the scorecard and its actuals
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(ScorecardDocument document, Writer out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = Notations.generator(format, new NonClosing(out))) {
      ScorecardEncoder.write(document, g);
    } catch (JacksonException e) {
      // Only the writer can fail here; hand its IOException on without Jackson's wrapping.
      throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : e;
    }
    try {
      if (format == Format.JSON) {
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a UTF-8 file, replacing it if it exists.
   *
   * @param document the scorecard and its actuals
   * @param file the file
   * @throws UncheckedIOException if writing fails
   */
  public void write(ScorecardDocument document, Path file) {
    Objects.requireNonNull(file, "file");
    String text = write(document);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a UTF-8 file in the format its extension names, replacing the file if it exists:
   * {@code forFile(file).write(document, file)} without naming the file twice.
   *
   * @param document the scorecard and its actuals
   * @param file a file ending in {@code .yaml}, {@code .yml} or {@code .json}
   * @throws io.github.bsckit.core.BscException if the extension names no format
   * @throws UncheckedIOException if writing fails
   */
  public static void writeFile(ScorecardDocument document, Path file) {
    forFile(file).write(document, file);
  }

  /** {@return for example {@code DocumentWriter[YAML]}} */
  @Override
  public String toString() {
    return "DocumentWriter[" + format + "]";
  }

  /** Keeps the generator from closing the caller's writer. */
  private static final class NonClosing extends Writer {
    private final Writer out;

    NonClosing(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      out.write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
