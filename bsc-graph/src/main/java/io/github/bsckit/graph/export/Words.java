package io.github.bsckit.graph.export;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping by code points, for box labels in every export format. */
final class Words {
  private Words() {}

  /**
   * Wraps text into lines of at most {@code width} code points, breaking at spaces and, for a word longer than
   * a line, inside the word. At most {@code maxLines} lines; when the text does not fit, the last line ends
   * with an ellipsis. Control characters become U+FFFD first, so no format receives one.
   */
  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : visible(text).strip().split("\\s+")) {
      String w = word;
      while (length(w) > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int cut = w.offsetByCodePoints(0, width);
        lines.add(w.substring(0, cut));
        w = w.substring(cut);
      }
      if (line.length() > 0 && length(line) + 1 + length(w) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(w);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
      String last = cut.get(maxLines - 1);
      if (length(last) >= width) {
        last = last.substring(0, last.offsetByCodePoints(0, width - 1));
      }
      cut.set(maxLines - 1, last + "\u2026");
      return cut;
    }
    return lines;
  }

  /**
   * Wraps text into lines no wider than {@code maxWidth} pixels as {@link TextWidth} measures them at a font
   * size, breaking at spaces and, for a word wider than a line, inside the word. At most {@code maxLines} lines;
   * when the text does not fit, the last line is shortened until it fits with an ellipsis. Control characters
   * become U+FFFD first.
   */
  static List<String> wrap(String text, double maxWidth, double fontSize, boolean bold, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : visible(text).strip().split("\\s+")) {
      String w = word;
      while (TextWidth.of(w, fontSize, bold) > maxWidth) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int cut = w.offsetByCodePoints(0, 1);
        while (cut < w.length() && TextWidth.of(w.substring(0, w.offsetByCodePoints(cut, 1)), fontSize, bold)
            <= maxWidth) {
          cut = w.offsetByCodePoints(cut, 1);
        }
        lines.add(w.substring(0, cut));
        w = w.substring(cut);
      }
      if (line.length() > 0 && TextWidth.of(line + " " + w, fontSize, bold) > maxWidth) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(w);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
      String last = cut.get(maxLines - 1);
      while (!last.isEmpty() && TextWidth.of(last + "\u2026", fontSize, bold) > maxWidth) {
        last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
      }
      cut.set(maxLines - 1, last.stripTrailing() + "\u2026");
      return cut;
    }
    return lines;
  }

  /** Replaces what no picture can show: control characters other than whitespace, and unpaired surrogates. */
  static String visible(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean control = Character.isISOControl(cp) && !Character.isWhitespace(cp);
      sb.appendCodePoint(control || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF
          ? 0xFFFD : cp);
    }
    return sb.toString();
  }

  static int length(CharSequence s) {
    return Character.codePointCount(s, 0, s.length());
  }
}
