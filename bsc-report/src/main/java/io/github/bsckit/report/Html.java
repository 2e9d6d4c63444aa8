package io.github.bsckit.report;

import io.github.bsckit.core.internal.Markup;

/**
 * The one place where the report turns text into HTML. Every piece of text a scorecard, its actuals or a
 * caller supplies goes through {@link #text} or an attribute value, both escaped by {@link #escape}; markup
 * is only ever written from literals in this module, plus the strategy map's SVG, which bsc-graph escapes
 * itself and {@link #trusted} takes as it is. Not thread-safe: one writer per report.
 */
final class Html {
  private final StringBuilder out;

  Html(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** Escapes text for element content and quoted attribute values alike: the library's one rule, {@link Markup#escape}. */
  static String escape(String s) {
    return Markup.escape(s);
  }

  /** Opens an element; {@code attributes} are name, value pairs, the values escaped. */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
    out.append('>');
    return this;
  }

  /** Closes an element. */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Writes text, escaped. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /**
   * Escaped text whose ISO dates ({@code 2026-12-31}) are each a {@code <time>} element, which the stylesheet keeps
   * on one line: a narrow column otherwise breaks a date at its hyphens ({@code 2026-12-} / {@code 31}).
   */
  Html dated(String text) {
    java.util.regex.Matcher m = ISO_DATE.matcher(text);
    int at = 0;
    while (m.find()) {
      text(text.substring(at, m.start())).open("time", "datetime", m.group()).text(m.group()).close("time");
      at = m.end();
    }
    return text(text.substring(at));
  }

  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("(?<![0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])");

  /** An element holding only escaped text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * A name from the scorecard, isolated for bidirectional text ({@code <bdi>}) so that a right-to-left name
   * never reorders the words around it.
   */
  Html name(String name) {
    return open("bdi").text(name).close("bdi");
  }

  /** A line break in the source, to keep the file readable; no effect on the page. */
  Html nl() {
    out.append('\n');
    return this;
  }

  /** Markup made elsewhere that escaped its own text (the strategy map's SVG), written as it is. */
  Html trusted(String markup) {
    out.append(markup);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
