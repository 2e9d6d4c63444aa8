package io.github.bsckit.core.pacing;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How the way from a baseline to a target is spread over the fiscal quarters of its horizon: each quarter gets
 * a weight, and its share of the whole change is its weight divided by the sum. Immutable and thread-safe.
 *
 * <p>Every pacing works for a horizon of any number of quarters (a two-year target has eight):
 *
 * <ul>
 *   <li>{@link #linear()}: every quarter weighs the same.
 *   <li>{@link #frontLoaded()}: weights n, n−1, …, 1 for a horizon of n quarters, each quarter one step less
 *       than the one before. Over four quarters that is 40/30/20/10; over two, 67/33; over eight,
 *       22/19/17/14/11/8/6/3 (%).
 *   <li>{@link #backLoaded()}: weights 1, 2, …, n, the mirror image: 10/20/30/40 over four quarters.
 *   <li>{@link #seasonal(double, double, double, double)}: a weight per fiscal quarter of the year (Q1 to Q4),
 *       repeated every year; a horizon that covers only part of a year uses the weights of its quarters.
 *   <li>{@link #custom(double...)}: weights by position in the horizon. When the horizon has as many quarters
 *       as there are weights, quarter i gets weight i. Otherwise the weights are stretched over the horizon like
 *       a bar chart: each weight covers an equal slice of the horizon, and each quarter gets the area of the
 *       bars above it, so {@code custom(4, 3, 2, 1)} over eight quarters weighs 4/4/3/3/2/2/1/1.
 * </ul>
 *
 * <p>Between quarter ends a pacing runs linearly in days: see {@link #over(Month, LocalDate, LocalDate)}.
 *
 * <p><b>Text.</b> One syntax everywhere — a KPI's {@code pacing:} in a document, {@code bsc okr --pacing} and
 * {@link #parse(String)}: {@code linear}, {@code front-loaded}, {@code back-loaded},
 * {@code seasonal:0.17,0.23,0.3,0.3} (four weights, fiscal Q1 to Q4) or {@code custom:4,3,2,1}. {@code front}
 * and {@code back} are accepted as short aliases of {@code front-loaded} and {@code back-loaded};
 * {@link #toString()} always writes the long form, and {@code parse(p.toString()).equals(p)}.
 *
 * <pre>{@code
 * Pacing.parse("front-loaded").shares(Quarter.horizon(Month.JANUARY, LocalDate.parse("2025-12-31"),
 *     LocalDate.parse("2026-12-31")));                           // [0.4, 0.3, 0.2, 0.1]
 * }</pre>
 */
public final class Pacing {
  /** The most weights a custom pacing may have. */
  public static final int MAX_CUSTOM_WEIGHTS = 400;

  private enum Shape {
    LINEAR("linear"), FRONT_LOADED("front-loaded"), BACK_LOADED("back-loaded"), SEASONAL("seasonal"),
    CUSTOM("custom");

    private final String text;

    Shape(String text) {
      this.text = text;
    }
  }

  private static final String FORMS = "linear, front-loaded, back-loaded, seasonal:q1,q2,q3,q4 or custom:w1,w2,…";
  /** How many {@linkplain #over spans} a pacing keeps for reuse. */
  private static final int SPANS_KEPT = 8;
  private static final Pacing LINEAR = new Pacing(Shape.LINEAR, List.of());
  private static final Pacing FRONT_LOADED = new Pacing(Shape.FRONT_LOADED, List.of());
  private static final Pacing BACK_LOADED = new Pacing(Shape.BACK_LOADED, List.of());

  private final Shape shape;
  private final List<BigDecimal> weights;
  /**
   * The spans made last, by their dates: most KPIs of a scorecard run from the same baseline date to the same
   * target date, and scoring or planning each would otherwise lay out the same quarters and weights again. A
   * span is immutable, its fields final, so slots filled racily between threads are safe: a thread sees a
   * whole span or another or none, and then makes an equal one.
   */
  private final PacedSpan[] spans = new PacedSpan[SPANS_KEPT];

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
   * @throws ValidationException if a weight is negative or not finite, or all are zero
   */
  public static Pacing seasonal(double q1, double q2, double q3, double q4) {
    return new Pacing(Shape.SEASONAL, checked("seasonal", new double[] {q1, q2, q3, q4}));
  }

  /**
   * Returns a pacing with weights by position in the horizon, stretched when the horizon has a different
   * number of quarters (see the class description). Only the ratios of the weights count.
   *
   * @param weights one to {@value #MAX_CUSTOM_WEIGHTS} weights, finite and not negative, not all zero
   * @return the pacing
   * @throws ValidationException if there are no or too many weights, a weight is negative or not finite, or
   *     all are zero
   */
  public static Pacing custom(double... weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length == 0 || weights.length > MAX_CUSTOM_WEIGHTS) {
      throw invalid("weights", "must hold 1 to " + MAX_CUSTOM_WEIGHTS + " weights but held " + weights.length);
    }
    return new Pacing(Shape.CUSTOM, checked("custom", weights));
  }

  /**
   * Reads the text form (see the class description): {@code linear}, {@code front-loaded} (or {@code front}),
   * {@code back-loaded} (or {@code back}), {@code seasonal:q1,q2,q3,q4} or {@code custom:w1,w2,…}. Spaces
   * around the text and around each weight are ignored.
   *
   * @param text the text
   * @return the pacing
   * @throws ValidationException if the text is none of these forms or its weights are bad
   */
  public static Pacing parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    int colon = t.indexOf(':');
    String name = colon < 0 ? t : t.substring(0, colon).strip();
    switch (name) {
      case "linear", "front-loaded", "front", "back-loaded", "back" -> {
        if (colon >= 0) {
          throw invalid("pacing", name + " takes no weights, but \"" + text + "\" gives some; write " + name);
        }
        return name.equals("linear") ? LINEAR : name.startsWith("front") ? FRONT_LOADED : BACK_LOADED;
      }
      case "seasonal", "custom" -> {
        if (colon < 0) {
          throw invalid("pacing", name + " needs weights after a colon, such as "
              + (name.equals("seasonal") ? "seasonal:0.17,0.23,0.3,0.3" : "custom:4,3,2,1") + ", but was \""
              + text + "\"");
        }
        double[] w = numbers(text, t.substring(colon + 1));
        if (name.equals("seasonal") && w.length != 4) {
          throw invalid("pacing", "seasonal pacing needs 4 weights (fiscal Q1,Q2,Q3,Q4) but \"" + text + "\" has "
              + w.length);
        }
        try {
          return name.equals("custom") ? custom(w) : seasonal(w[0], w[1], w[2], w[3]);
        } catch (ValidationException e) {
          throw new ValidationException(e.problems().stream()
              .map(p -> Problem.at("pacing", "in \"" + text + "\", " + p.path() + " " + p.message())).toList());
        }
      }
      default -> throw invalid("pacing", "must be " + FORMS + " but was \"" + text + "\"");
    }
  }

  private static double[] numbers(String text, String list) {
    String[] items = list.split(",", -1);
    double[] out = new double[items.length];
    for (int i = 0; i < items.length; i++) {
      String item = items[i].strip();
      try {
        if (item.isEmpty() || !item.matches("[0-9.eE+-]+")) {
          throw new NumberFormatException(item);
        }
        out[i] = Double.parseDouble(item);
      } catch (NumberFormatException e) {
        throw invalid("pacing", "weight " + (i + 1) + " of \"" + text + "\" is not a number: \"" + item + "\"");
      }
    }
    return out;
  }

  private static List<BigDecimal> checked(String what, double[] weights) {
    List<Problem> problems = new ArrayList<>();
    boolean anyPositive = false;
    for (int i = 0; i < weights.length; i++) {
      double w = weights[i];
      if (!(Double.isFinite(w) && w >= 0)) {
        problems.add(Problem.at(what + ".weights[" + i + "]", "must be a finite number >= 0 but was " + w));
      }
      anyPositive |= w > 0;
    }
    if (!anyPositive && problems.isEmpty()) {
      problems.add(Problem.at(what + ".weights", "must not all be zero"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    List<BigDecimal> out = new ArrayList<>(weights.length);
    for (double w : weights) {
      out.add(BigDecimal.valueOf(w).stripTrailingZeros());
    }
    return List.copyOf(out);
  }

  static ValidationException invalid(String path, String message) {
    return new ValidationException(List.of(Problem.at(path, message)));
  }

  /**
   * The weight of each quarter of a horizon. Only ratios count; the values are exact decimals, so that a
   * planner can divide once and round once.
   *
   * @param horizon the quarters, in order, at least one
   * @return one weight per quarter, each {@code >= 0}; their sum may be zero only for a seasonal pacing whose
   *     weights are zero in every quarter of this horizon; unmodifiable
   * @throws ValidationException if the horizon is empty
   */
  public List<BigDecimal> weights(List<Quarter> horizon) {
    Objects.requireNonNull(horizon, "horizon");
    int n = horizon.size();
    if (n == 0) {
      throw invalid("horizon", "must hold at least one quarter");
    }
    List<BigDecimal> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Quarter q = Objects.requireNonNull(horizon.get(i), "horizon[" + i + "]");
      out.add(switch (shape) {
        case LINEAR -> BigDecimal.ONE;
        case FRONT_LOADED -> BigDecimal.valueOf(n - i);
        case BACK_LOADED -> BigDecimal.valueOf(i + 1L);
        case SEASONAL -> weights.get(q.number() - 1);
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
   * @throws ValidationException if the horizon is empty, or this is a seasonal pacing whose weights are zero in
   *     every quarter of the horizon
   */
  public List<Double> shares(List<Quarter> horizon) {
    List<BigDecimal> w = weights(horizon);
    BigDecimal sum = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() == 0) {
      throw invalid("horizon", this + " gives no weight to any of " + horizon);
    }
    return w.stream().map(x -> x.divide(sum, MathContext.DECIMAL64).doubleValue())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Lays this pacing over the days from {@code from} to {@code to}, over the fiscal quarters of
   * {@link Quarter#horizon}: see {@link PacedSpan} for what it expects between quarter ends. Spans are
   * immutable, and a pacing keeps the last few it made: a call may return the very span an earlier call with
   * the same arguments returned.
   *
   * @param fiscalYearStart the month the fiscal year starts in
   * @param from the start, such as a baseline date
   * @param to the end, after {@code from}, such as a target date
   * @return the paced span
   * @throws ValidationException if {@code to} is not after {@code from} or the horizon is too long
   */
  public PacedSpan over(Month fiscalYearStart, LocalDate from, LocalDate to) {
    PacedSpan[] recent = spans; // a null argument matches no span, and the constructor names it as before
    for (PacedSpan s : recent) {
      if (s != null && s.isOver(this, fiscalYearStart, from, to)) {
        return s;
      }
    }
    PacedSpan made = new PacedSpan(this, fiscalYearStart, from, to);
    recent[(int) (Integer.toUnsignedLong(from.hashCode() * 31 + to.hashCode()) % recent.length)] = made;
    return made;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pacing other && shape == other.shape && weights.equals(other.weights);
  }

  @Override
  public int hashCode() {
    return shape.hashCode() * 31 + weights.hashCode();
  }

  /** {@return for example {@code front-loaded} or {@code seasonal:0.17,0.23,0.3,0.3}; {@link #parse} reads it} */
  @Override
  public String toString() {
    if (weights.isEmpty()) {
      return shape.text;
    }
    return shape.text + ":" + weights.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
  }
}
