package io.github.bsckit.okr.pacing;

import io.github.bsckit.okr.calendar.FiscalQuarter;
import io.github.bsckit.core.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How the way from a baseline to a target is spread over the quarters of a horizon: each quarter gets a
 * weight, and its share of the whole change is its weight divided by the sum. Immutable and thread-safe.
 *
 * <p>Every pacing works for a horizon of any number of quarters (a two-year target has eight):
 *
 * <ul>
 *   <li>{@link #linear()}: every quarter weighs the same.
 *   <li>{@link #frontLoaded()}: weights n, n−1, …, 1 for a horizon of n quarters, each quarter one step less
 *       than the one before. Over four quarters that is 40/30/20/10; over two, 67/33; over eight, 22/19/17/14/11/8/6/3 (%).
 *   <li>{@link #backLoaded()}: weights 1, 2, …, n, the mirror image: 10/20/30/40 over four quarters.
 *   <li>{@link #seasonal(double, double, double, double)}: a weight per fiscal quarter of the year (Q1 to Q4),
 *       repeated every year; a horizon that covers only part of a year uses the weights of its quarters.
 *   <li>{@link #custom(double...)}: weights by position in the horizon. When the horizon has as many quarters
 *       as there are weights, quarter i gets weight i. Otherwise the weights are stretched over the horizon like
 *       a bar chart: each weight covers an equal slice of the horizon, and each quarter gets the area of the
 *       bars above it, so {@code custom(4, 3, 2, 1)} over eight quarters weighs 4/4/3/3/2/2/1/1.
 * </ul>
 *
 * <pre>{@code
 * Pacing.frontLoaded().shares(FiscalQuarter.parse("FY2026 Q1").through(FiscalQuarter.parse("FY2026 Q4")));
 * // [0.4, 0.3, 0.2, 0.1]
 * }</pre>
 *
 * <p>{@link #toString()} writes {@code linear}, {@code front-loaded}, {@code back-loaded},
 * {@code seasonal 0.17/0.23/0.3/0.3} or {@code custom 4/3/2/1}, and {@link #parse(String)} reads them back.
 */
public final class Pacing {
  private static final int MAX_CUSTOM_WEIGHTS = 400;

  private enum Shape {
    LINEAR("linear"), FRONT_LOADED("front-loaded"), BACK_LOADED("back-loaded"), SEASONAL("seasonal"),
    CUSTOM("custom");

    private final String text;

    Shape(String text) {
      this.text = text;
    }
  }

  private static final Pacing LINEAR = new Pacing(Shape.LINEAR, List.of());
  private static final Pacing FRONT_LOADED = new Pacing(Shape.FRONT_LOADED, List.of());
  private static final Pacing BACK_LOADED = new Pacing(Shape.BACK_LOADED, List.of());

  private final Shape shape;
  private final List<BigDecimal> weights;

  private Pacing(Shape shape, List<BigDecimal> weights) {
    this.shape = shape;
    this.weights = weights;
  }

  /** {@return the pacing that gives every quarter the same share} */
  public static Pacing linear() {
    return LINEAR;
  }

  /** {@return the pacing that does most of the change early: 40/30/20/10 over four quarters} */
  public static Pacing frontLoaded() {
    return FRONT_LOADED;
  }

  /** {@return the pacing that does most of the change late: 10/20/30/40 over four quarters} */
  public static Pacing backLoaded() {
    return BACK_LOADED;
  }

  /**
   * Returns a pacing with a weight per fiscal quarter of the year, repeated every year. The weights need not
   * add up to anything: only their ratios count.
   *
   * @param q1 the weight of every fiscal Q1, finite and not negative
   * @param q2 the weight of every fiscal Q2
   * @param q3 the weight of every fiscal Q3
   * @param q4 the weight of every fiscal Q4
   * @return the pacing
   * @throws io.github.bsckit.core.ValidationException if a weight is negative or not finite, or all are zero
   */
  public static Pacing seasonal(double q1, double q2, double q3, double q4) {
    return new Pacing(Shape.SEASONAL, checked("seasonal", new double[] {q1, q2, q3, q4}));
  }

  /**
   * Returns a pacing with weights by position in the horizon, stretched when the horizon has a different
   * number of quarters (see the class description). Only the ratios of the weights count.
   *
   * @param weights one to 400 weights, finite and not negative, not all zero
   * @return the pacing
   * @throws io.github.bsckit.core.ValidationException if there are no or too many weights, a weight is negative
   *     or not finite, or all are zero
   */
  public static Pacing custom(double... weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length == 0 || weights.length > MAX_CUSTOM_WEIGHTS) {
      throw Checks.invalid("weights", "must hold 1 to " + MAX_CUSTOM_WEIGHTS + " weights but held "
          + weights.length);
    }
    return new Pacing(Shape.CUSTOM, checked("custom", weights));
  }

  /**
   * Reads the form {@link #toString()} writes: {@code linear}, {@code front-loaded}, {@code back-loaded},
   * {@code seasonal 0.17/0.23/0.3/0.3} or {@code custom 4/3/2/1}.
   *
   * @param text the text
   * @return the pacing
   * @throws io.github.bsckit.core.ValidationException if the text is none of these forms or its weights are bad
   */
  public static Pacing parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.strip().split(" ", 2);
    String weights = parts.length == 2 ? parts[1] : null;
    Shape shape = Arrays.stream(Shape.values()).filter(s -> s.text.equals(parts[0])).findFirst().orElse(null);
    if (shape == null || (shape == Shape.SEASONAL || shape == Shape.CUSTOM) != (weights != null)) {
      throw Checks.invalid("text", "must be linear, front-loaded, back-loaded, \"seasonal q1/q2/q3/q4\" or "
          + "\"custom w1/w2/…\" but was \"" + text + "\"");
    }
    return switch (shape) {
      case LINEAR -> LINEAR;
      case FRONT_LOADED -> FRONT_LOADED;
      case BACK_LOADED -> BACK_LOADED;
      case CUSTOM -> custom(numbers(text, weights));
      case SEASONAL -> {
        double[] w = numbers(text, weights);
        if (w.length != 4) {
          throw Checks.invalid("text", "seasonal pacing needs 4 weights (Q1/Q2/Q3/Q4) but \"" + text + "\" has "
              + w.length);
        }
        yield seasonal(w[0], w[1], w[2], w[3]);
      }
    };
  }

  private static double[] numbers(String text, String list) {
    String[] items = list.strip().split("/", -1);
    double[] out = new double[items.length];
    for (int i = 0; i < items.length; i++) {
      try {
        out[i] = Double.parseDouble(items[i].strip());
      } catch (NumberFormatException e) {
        throw Checks.invalid("text", "weight " + (i + 1) + " of \"" + text + "\" is not a number: \"" + items[i]
            + "\"");
      }
    }
    return out;
  }

  private static List<BigDecimal> checked(String what, double[] weights) {
    Checks c = new Checks();
    boolean anyPositive = false;
    for (int i = 0; i < weights.length; i++) {
      double w = weights[i];
      c.check(Double.isFinite(w) && w >= 0, what + ".weights[" + i + "]",
          "must be a finite number >= 0 but was " + w);
      anyPositive |= w > 0;
    }
    c.check(anyPositive || !c.isEmpty(), what + ".weights", "must not all be zero");
    c.throwIfAny();
    List<BigDecimal> out = new ArrayList<>(weights.length);
    for (double w : weights) {
      out.add(BigDecimal.valueOf(w).stripTrailingZeros());
    }
    return List.copyOf(out);
  }

  /**
   * The weight of each quarter of a horizon. Only ratios count; the values are exact decimals, so that a
   * planner can divide once and round once.
   *
   * @param horizon the quarters, in order, at least one
   * @return one weight per quarter, each {@code >= 0}; their sum may be zero only for a seasonal pacing whose
   *     weights are zero in every quarter of this horizon; unmodifiable
   * @throws io.github.bsckit.core.ValidationException if the horizon is empty
   */
  public List<BigDecimal> weights(List<FiscalQuarter> horizon) {
    Objects.requireNonNull(horizon, "horizon");
    int n = horizon.size();
    if (n == 0) {
      throw Checks.invalid("horizon", "must hold at least one quarter");
    }
    List<BigDecimal> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      FiscalQuarter q = Objects.requireNonNull(horizon.get(i), "horizon[" + i + "]");
      out.add(switch (shape) {
        case LINEAR -> BigDecimal.ONE;
        case FRONT_LOADED -> BigDecimal.valueOf(n - i);
        case BACK_LOADED -> BigDecimal.valueOf(i + 1L);
        case SEASONAL -> weights.get(q.quarter() - 1);
        case CUSTOM -> stretched(i, n);
      });
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Quarter i of n covers [i·k, (i+1)·k) on a scale of n·k, weight j covers [j·n, (j+1)·n); the quarter's
   * weight is the sum of each weight times the overlap, which is exact in integers. With n == k the overlap
   * is k for j == i only, so the result is k·w_i: proportional to w_i, as it should be; it is returned as w_i.
   */
  private BigDecimal stretched(int i, int n) {
    int k = weights.size();
    if (n == k) {
      return weights.get(i);
    }
    long from = (long) i * k;
    long to = from + k;
    BigDecimal sum = BigDecimal.ZERO;
    for (int j = (int) (from / n); j < k && (long) j * n < to; j++) {
      long overlap = Math.min(to, (long) (j + 1) * n) - Math.max(from, (long) j * n);
      if (overlap > 0) {
        sum = sum.add(weights.get(j).multiply(BigDecimal.valueOf(overlap)));
      }
    }
    return sum;
  }

  /**
   * The share of the whole change that falls in each quarter of a horizon.
   *
   * @param horizon the quarters, in order, at least one
   * @return one share per quarter, each in [0, 1], adding up to 1 (up to rounding of the doubles); unmodifiable
   * @throws io.github.bsckit.core.ValidationException if the horizon is empty, or this is a seasonal pacing
   *     whose weights are zero in every quarter of the horizon
   */
  public List<Double> shares(List<FiscalQuarter> horizon) {
    List<BigDecimal> w = weights(horizon);
    BigDecimal sum = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() == 0) {
      throw Checks.invalid("horizon", this + " gives no weight to any of " + horizon);
    }
    return w.stream().map(x -> x.divide(sum, MathContext.DECIMAL64).doubleValue())
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pacing other && shape == other.shape && weights.equals(other.weights);
  }

  @Override
  public int hashCode() {
    return shape.hashCode() * 31 + weights.hashCode();
  }

  /** {@return for example {@code front-loaded} or {@code seasonal 0.17/0.23/0.3/0.3}} */
  @Override
  public String toString() {
    if (weights.isEmpty()) {
      return shape.text;
    }
    return shape.text + " " + weights.stream().map(BigDecimal::toPlainString).collect(Collectors.joining("/"));
  }
}
