package io.github.bsckit.core.model;

import java.math.BigDecimal;

/** Number formatting shared by the toString methods: {@code 90} not {@code 90.0}, no exponent. */
final class Numbers {
  private Numbers() {}

  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
