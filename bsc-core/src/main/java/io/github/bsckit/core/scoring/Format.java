package io.github.bsckit.core.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for messages and the report's text: locale-independent, no exponents. */
final class Format {
  private Format() {}

  /** {@return for example {@code 700} or {@code 0.25}} */
  static String number(double value) {
    return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : Double.toString(value);
  }

  /** {@return a score as a percentage with one decimal, for example {@code 89.3%}} */
  static String percent(double score) {
    return String.format(Locale.ROOT, "%.1f%%", score * 100);
  }

  /** {@return a slope to three significant digits with its sign, for example {@code +0.0222} or {@code -1.5}} */
  static String signed(double value) {
    if (value == 0 || !Double.isFinite(value)) {
      return value == 0 ? "0" : Double.toString(value);
    }
    String digits = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    return value > 0 ? "+" + digits : digits;
  }
}
