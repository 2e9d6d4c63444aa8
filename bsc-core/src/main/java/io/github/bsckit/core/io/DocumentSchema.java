package io.github.bsckit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the document format, for editors, validators and other languages. It
 * states the shape of a document: keys, types, enumerations, number ranges and the id, date and period
 * syntax. What a schema cannot state, such as references between ids and the ordering of dates, the
 * {@link DocumentReader} checks as well.
 *
 * <p>The schema ships in bsc-core as the resource {@code io/github/bsckit/core/io/bsc-1.schema.json}.
 */
public final class DocumentSchema {
  /** The schema's {@code $id}. */
  public static final String ID = "https://bsckit.github.io/bsc-kit/schema/bsc-1.schema.json";

  private static final String RESOURCE = "bsc-1.schema.json";

  private DocumentSchema() {}

  /**
   * The schema of format version 1.
   *
   * @return the schema's JSON text
   */
  public static String text() {
    try (InputStream in = DocumentSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is missing from bsc-core");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
