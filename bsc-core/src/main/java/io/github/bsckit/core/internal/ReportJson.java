package io.github.bsckit.core.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The one way bsc-kit's reports write themselves as JSON: Jackson's streaming generator, two-space indentation,
 * {@code "name": value}, {@code \n} line ends, no final newline. Numbers are JSON numbers: an integral value as
 * an integer ({@code 87}, not {@code 87.0}), exact integers of any size as written.
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** A template: a pretty printer counts nesting as it writes, so each generator gets its own instance. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator(""))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  /** Doubles up to this size print as integers when they have no fraction: every such double is exact. */
  private static final double EXACT_LONG = 9.007199254740992E15;

  private ReportJson() {}

  /**
   * Writes one JSON value.
   *
   * @param body writes exactly one value to the generator
   * @return the JSON text
   */
  public static String write(Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    write(out, body);
    return out.toString();
  }

  /**
   * Writes one JSON value to a writer, and flushes it.
   *
   * @param out where to write
   * @param body writes exactly one value to the generator
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(Writer out, Consumer<JsonGenerator> body) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(body, "body");
    try (JsonGenerator g = FACTORY.createGenerator(new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return PRETTY.createInstance();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    }, out)) {
      body.accept(g);
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a number field: an integral value as an integer, any other finite value as a decimal.
   *
   * @param g the generator
   * @param name the field name
   * @param value a finite number
   */
  public static void number(JsonGenerator g, String name, double value) {
    g.writeName(name);
    number(g, value);
  }

  /**
   * Writes a number: an integral value as an integer, any other finite value as a decimal.
   *
   * @param g the generator
   * @param value a finite number
   */
  public static void number(JsonGenerator g, double value) {
    if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG) {
      g.writeNumber((long) value);
    } else {
      g.writeNumber(value);
    }
  }

  /**
   * Writes a fraction rounded to four decimals ({@code 0.6667}), or null when there is none.
   *
   * @param g the generator
   * @param name the field name
   * @param value the value, or empty
   */
  public static void fraction(JsonGenerator g, String name, OptionalDouble value) {
    g.writeName(name);
    if (value.isPresent()) {
      number(g, Math.round(value.getAsDouble() * 10_000) / 10_000.0);
    } else {
      g.writeNull();
    }
  }

  /**
   * Writes a string field, or null when the value is null.
   *
   * @param g the generator
   * @param name the field name
   * @param value the text, or null
   */
  public static void stringOrNull(JsonGenerator g, String name, String value) {
    g.writeName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  /**
   * Writes one finding of a rule as every report writes it: {@code rule}, {@code severity} (its key), {@code
   * subjects} and {@code message}.
   *
   * @param g the generator
   * @param rule the rule's id
   * @param severityKey the severity's canonical key ({@code error}, {@code warning}, {@code info})
   * @param subjects the ids of the elements concerned
   * @param message the message
   */
  public static void violation(JsonGenerator g, String rule, String severityKey, Iterable<String> subjects,
      String message) {
    g.writeStartObject();
    g.writeStringProperty("rule", rule);
    g.writeStringProperty("severity", severityKey);
    g.writeArrayPropertyStart("subjects");
    for (String s : subjects) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeStringProperty("message", message);
    g.writeEndObject();
  }
}
