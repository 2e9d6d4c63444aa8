package io.github.bsckit.core.internal;

/**
 * The one escaper for markup the library writes (SVG maps, the cascade picture, the HTML review pack), and the
 * locale-free coordinate text those pictures share. One rule for all of them, so a name that is safe in the map
 * is safe in the report.
 */
public final class Markup {
  private Markup() {}

  /**
   * Escapes text for element content and quoted attribute values alike, in XML and HTML: {@code & < > " '}
   * become entities, and what neither can carry (control characters other than tab, line feed and carriage
   * return, C1 controls included; unpaired surrogates; U+FFFE and U+FFFF) becomes U+FFFD, so the output is always
   * well-formed. Every other character, any script, right-to-left, CJK or emoji, is kept as it is.
   *
   * @param s the text; not null
   * @return the escaped text
   */
  public static String escape(String s) {
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

  /**
   * {@return a coordinate with at most one decimal, locale-free, so the same picture always gives the same bytes}
   *
   * @param v the coordinate
   */
  public static String num(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return sign + (abs / 10) + (abs % 10 == 0 ? "" : "." + (abs % 10));
  }
}
