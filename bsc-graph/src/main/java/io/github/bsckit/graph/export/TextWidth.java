package io.github.bsckit.graph.export;

import java.text.Normalizer;

/**
 * How wide text is drawn, from a metrics table rather than from the fonts of the machine that writes the SVG, so
 * that the same map gives the same bytes everywhere (a build server has no fonts at all). The table holds the
 * advance widths of Helvetica, regular and bold, in thousandths of an em; Arial and Liberation Sans, which a
 * browser picks for the map's {@code Helvetica, Arial, sans-serif}, share them. Accented Latin letters measure as
 * their base letter, Latin letters with no base letter (Æ, Ø, ß, Ł, …) by their own widths, combining marks as
 * nothing, East Asian wide characters (CJK ideographs, kana, Hangul, full-width forms) and emoji as a full em, and
 * any other script as an average lower-case letter.
 */
final class TextWidth {
  /** Helvetica's widths of the printable ASCII characters U+0020 to U+007E. */
  private static final short[] REGULAR = {
      278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
      556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
      1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
      667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
      333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
      556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // p-z { | } ~
  /** Helvetica Bold's widths of U+0020 to U+007E. */
  private static final short[] BOLD = {
      278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
      556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
      975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
      667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
      333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
      611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};
  /** An average lower-case letter, for scripts the table does not hold (Greek, Cyrillic, Arabic, Hebrew, …). */
  private static final int OTHER = 556;
  private static final int WIDE = 1000;

  private TextWidth() {}

  /** {@return the width of the text in pixels at a font size, regular or bold} */
  static double of(CharSequence text, double fontSize, boolean bold) {
    long units = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      units += units(cp, bold);
    }
    return units * fontSize / 1000.0;
  }

  /** {@return the width of one character in thousandths of an em} */
  static int units(int cp, boolean bold) {
    if (cp >= 0x20 && cp <= 0x7E) {
      return (bold ? BOLD : REGULAR)[cp - 0x20];
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || type == Character.CONTROL) {
      return 0;
    }
    if (isWide(cp)) {
      return WIDE;
    }
    if (cp == 0x2026) { // …
      return 1000;
    }
    if (cp == 0xA0) {
      return 278;
    }
    int own = ownWidth(cp, bold);
    if (own > 0) {
      return own;
    }
    if (cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF)) {
      // Accented Latin: the width of the base letter (é as e, Ç as C).
      String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
      int b = base.codePointAt(0);
      if (b != cp && b >= 0x20 && b <= 0x7E) {
        return (bold ? BOLD : REGULAR)[b - 0x20];
      }
    }
    return OTHER;
  }

  /**
   * {@return the width of a Latin letter that has no base letter to measure as (ligatures, letters with a stroke,
   * sharp s, eth, thorn), or 0 for any other character}: Helvetica's, as Liberation Sans gives them. Without it Æ
   * measured as an average letter, little more than half its width, and a label holding it could run past its box.
   */
  static int ownWidth(int cp, boolean bold) {
    return switch (cp) {
      case 0xC6, 0x152 -> 1000; // Æ Œ
      case 0xE6 -> 889; // æ
      case 0x153 -> 944; // œ
      case 0xD8 -> 778; // Ø
      case 0xD0, 0x110, 0x126 -> 722; // Ð Đ Ħ
      case 0xDE -> 667; // Þ
      case 0xDF, 0xF8, 0x166 -> 611; // ß ø Ŧ
      case 0xF0, 0xFE, 0x111, 0x127, 0x141 -> bold ? 611 : 556; // ð þ đ ħ Ł
      case 0x142 -> bold ? 278 : 222; // ł
      case 0x167 -> bold ? 333 : 278; // ŧ
      default -> 0;
    };
  }

  /** East Asian wide and full-width characters, and emoji: a full em each. */
  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
