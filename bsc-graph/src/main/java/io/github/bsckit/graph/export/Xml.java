package io.github.bsckit.graph.export;

/** Escaping and number formatting for the SVG writer. */
final class Xml {
  private Xml() {}

  /**
   * Escapes text for element content and attribute values alike. Characters XML 1.0 cannot hold at all
   * (control characters, unpaired surrogates, U+FFFE, U+FFFF) become U+FFFD, so the output is always
   * well-formed; every other character, any script or emoji, is kept as it is.
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
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** A coordinate with at most one decimal, locale-free, so the same map always gives the same bytes. */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return sign + (abs / 10) + (abs % 10 == 0 ? "" : "." + (abs % 10));
  }
}
