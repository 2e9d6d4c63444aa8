package io.github.bsckit.core.io;

import java.math.BigDecimal;

/**
 * Writes numbers the same way every time, as people write them: {@code 90} not {@code 90.0}, {@code 0.25}
 * not {@code 2.5E-1}. Only numbers beyond everyday magnitudes (below 1e-7 or from 1e21 on) take an exponent,
 * as {@code 1.5e+300}, a form that both JSON and YAML's core schema read as a number. The text always reads
 * back as the same double, negative zero included.
 */
final class NumberText {
  private NumberText() {}

  static String of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite but was " + value);
    }
    if (value == 0) {
      return Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    // Double.toString gives digits that read back as the same double; BigDecimal lays them out.
    BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-7 && magnitude < 1e21) {
      return d.toPlainString();
    }
    String digits = d.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - d.scale();
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (value < 0) {
      sb.append('-');
    }
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    return sb.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent)).toString();
  }

  static String of(BigDecimal value) {
    return value.toPlainString();
  }
}
