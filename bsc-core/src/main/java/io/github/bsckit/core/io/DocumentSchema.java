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

  /** The {@code $id} of the portfolio document's schema, which refers to this one for inline scorecards. */
  public static final String PORTFOLIO_ID = "https://bsckit.github.io/bsc-kit/schema/bsc-portfolio-1.schema.json";

  private static final String RESOURCE = "bsc-1.schema.json";
  private static final String PORTFOLIO_RESOURCE = "bsc-portfolio-1.schema.json";

  private DocumentSchema() {}

  /**
   * The schema of format version 1.
   *
   * @return the schema's JSON text
   */
  public static String text() {
    return resource(RESOURCE);
  }

  /**
   * The schema of portfolio documents ({@code bsc-portfolio: 1}); an inline scorecard refers to
   * {@link #text()} by its {@code $id}. The resource {@code io/github/bsckit/core/io/bsc-portfolio-1.schema.json}.
   *
   * @return the schema's JSON text
   */
  public static String portfolioText() {
    return resource(PORTFOLIO_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = DocumentSchema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from bsc-core");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
