package io.github.bsckit.report;

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

  /**
   * Escapes text for element content and quoted attribute values alike: {@code & < > " '} become entities, and
   * what HTML cannot carry (control characters other than tab, line feed and carriage return; unpaired
   * surrogates; U+FFFE and U+FFFF) becomes U+FFFD. Every other character, any script, right-to-left or CJK, is
   * kept as it is.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
      }
    }
    return sb.toString();
  }

  private static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp < 0x7F) || (cp >= 0xA0 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
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
