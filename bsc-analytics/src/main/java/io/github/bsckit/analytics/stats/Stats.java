package io.github.bsckit.analytics.stats;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.util.List;
import java.util.Objects;
import org.hipparchus.distribution.continuous.TDistribution;

/** Argument checks and small helpers shared by the statistics. */
final class Stats {
  private Stats() {}

  /** {@return the exception bsc-kit throws for a bad argument: a problem at a path with a message} */
  static ValidationException invalid(String path, String message) {
    return new ValidationException(List.of(Problem.at(path, message)));
  }

  static void requirePairs(double[] x, double[] y) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    if (x.length != y.length) {
      throw invalid("y", "must be as long as x (" + x.length + " values) but had " + y.length);
    }
    requireFinite("x", x);
    requireFinite("y", y);
  }

  static void requireFinite(String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw invalid(name + "[" + i + "]", "must be finite but was " + values[i]);
      }
    }
  }

  static boolean isConstant(double[] v) {
    for (int i = 1; i < v.length; i++) {
      if (v[i] != v[0]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Student's t distributions for 1 to 511 degrees of freedom, built once when the class loads (about a
   * millisecond) and never written again: immutable values, shared freely between threads.
   */
  private static final TDistribution[] T = new TDistribution[512];

  static {
    for (int df = 1; df < T.length; df++) {
      T[df] = new TDistribution(df);
    }
  }

  static TDistribution t(int df) {
    return df < T.length ? T[df] : new TDistribution(df);
  }

  static double atanh(double r) {
    return 0.5 * Math.log((1 + r) / (1 - r));
  }
}
