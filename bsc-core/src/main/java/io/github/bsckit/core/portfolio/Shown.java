package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Numbers;

/** How explanations print a measured value: whole numbers as they are, others to two places past the units. */
final class Shown {
  private Shown() {}

  /** {@return for example {@code 10.44} for 10.443864, {@code 1234567.89} for 1234567.891, {@code 0.4167}} */
  static String value(double v) {
    if (v == Math.rint(v) || !Double.isFinite(v)) {
      return Numbers.plain(v);
    }
    int whole = v == 0 ? 1 : Math.max(1, (int) Math.floor(Math.log10(Math.abs(v))) + 1);
    return Numbers.significant(v, Math.max(4, whole + 2));
  }
}
