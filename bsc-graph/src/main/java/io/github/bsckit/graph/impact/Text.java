package io.github.bsckit.graph.impact;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting shared by the results' {@code toString()}: locale-free, at most four significant digits. */
final class Text {
  private Text() {}

  static String number(double value) {
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  static String signed(double value) {
    return (value > 0 ? "+" : "") + number(value);
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
