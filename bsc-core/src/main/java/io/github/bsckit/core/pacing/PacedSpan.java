package io.github.bsckit.core.pacing;

import io.github.bsckit.core.internal.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Pacing} laid over the days from a start to an end (a baseline date to a target date): how much of
 * the way is expected to be done on any day. Immutable and thread-safe.
 *
 * <p>The span runs over the fiscal quarters of {@link Quarter#horizon}, each with its pacing weight; a partial
 * first or last quarter weighs like a full one. The cumulative share is 0 on the start date, reaches at each
 * quarter's last day the sum of the weights of the quarters so far over the sum of all weights — exactly the
 * pacing's cumulative {@linkplain Pacing#shares share} — and 1 on the end date. <b>Within a quarter it runs
 * linearly in days</b> from one quarter end to the next (from the start date in the first quarter, to the end
 * date in the last), the simplest assumption that keeps the quarter ends exact; before the start it is 0 and
 * after the end 1. A pacing that gives the whole span no weight (a seasonal pacing zero in every quarter of
 * it) runs evenly, quarter by quarter.
 *
 * <pre>{@code
 * PacedSpan span = Pacing.frontLoaded().over(Month.JANUARY, LocalDate.parse("2025-12-31"),
 *     LocalDate.parse("2026-12-31"));
 * span.share(LocalDate.parse("2026-06-30"));     // 0.7: 0.4 in Q1 and 0.3 in Q2
 * }</pre>
 *
 * <p>Values are computed as exact fractions and divided once, so that a value on the way between two points
 * can be rounded exactly once at a KPI's precision ({@link #valueAt(LocalDate, LocalDate, BigDecimal,
 * LocalDate, BigDecimal, int)}). Cost: O(log n) per query for n quarters, after O(n) to lay the span.
 */
public final class PacedSpan {
  private final Month fiscalYearStart;
  private final Pacing pacing;
  private final LocalDate from;
  private final LocalDate to;
  private final List<Quarter> quarters;
  private final List<BigDecimal> weights;
  private final BigDecimal total;
  /** k_0 = from, k_j = the last day of quarter j − 1 for 0 < j < n, k_n = to; as epoch days. */
  private final long[] knots;
  /** S_j: the sum of the weights of quarters 0 … j − 1. */
  private final BigDecimal[] cumulative;
  private final PacedSpan evenly;
  /** The point at or after the span's end: most paths end there, so it is made once. */
  private final Point end;
  /** The weights as longs when all are whole numbers (linear, front- and back-loaded pacing), else null. */
  private final long[] wholeWeights;
  /** Their running sums, {@code cumulative} as longs, when {@link #wholeWeights} is not null; else null. */
  private final long[] wholeCumulative;

  PacedSpan(Pacing pacing, Month fiscalYearStart, LocalDate from, LocalDate to) {
    this(pacing, fiscalYearStart, Quarter.horizon(fiscalYearStart, from, to), from, to);
  }

  private PacedSpan(Pacing pacing, Month fiscalYearStart, List<Quarter> quarters, LocalDate from, LocalDate to) {
    this.fiscalYearStart = fiscalYearStart;
    this.pacing = pacing;
    this.from = from;
    this.to = to;
    this.quarters = quarters;
    List<BigDecimal> w = pacing.weights(quarters);
    BigDecimal sum = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() == 0) {
      w = Collections.nCopies(quarters.size(), BigDecimal.ONE);
      sum = BigDecimal.valueOf(quarters.size());
    }
    this.weights = List.copyOf(w);
    this.total = sum;
    int n = quarters.size();
    knots = new long[n + 1];
    cumulative = new BigDecimal[n + 1];
    knots[0] = from.toEpochDay();
    cumulative[0] = BigDecimal.ZERO;
    for (int j = 1; j <= n; j++) {
      knots[j] = j < n ? quarters.get(j - 1).last().toEpochDay() : to.toEpochDay();
      cumulative[j] = cumulative[j - 1].add(weights.get(j - 1));
    }
    this.evenly = pacing.equals(Pacing.linear()) ? this : null;
    long[] whole = whole(this.weights);
    long[] sums = whole == null ? null : new long[n + 1];
    try {
      for (int j = 1; sums != null && j <= n; j++) {
        sums[j] = Math.addExact(sums[j - 1], whole[j - 1]);
      }
    } catch (ArithmeticException overflow) {
      sums = null; // the decimal path will answer
    }
    this.wholeWeights = sums == null ? null : whole;
    this.wholeCumulative = sums;
    this.end = new Point(total, 1);
  }

  /** {@return true if this span is the one {@code pacing.over(fiscalYearStart, from, to)} makes} */
  boolean isOver(Pacing pacing, Month fiscalYearStart, LocalDate from, LocalDate to) {
    return this.fiscalYearStart == fiscalYearStart && this.from.equals(from) && this.to.equals(to)
        && this.pacing.equals(pacing);
  }

  /** {@return the pacing} */
  public Pacing pacing() {
    return pacing;
  }

  /** {@return the first day of the span, where its share is 0} */
  public LocalDate from() {
    return from;
  }

  /** {@return the last day of the span, where its share is 1} */
  public LocalDate to() {
    return to;
  }

  /** {@return the fiscal quarters the span runs over, in order; unmodifiable} */
  public List<Quarter> quarters() {
    return quarters;
  }

  /**
   * {@return the weight of each quarter of the span, as {@link Pacing#weights} gives them, or all 1 when those
   * are all zero; unmodifiable}
   */
  public List<BigDecimal> weights() {
    return weights;
  }

  /**
   * The share of the whole way that is expected to be done on a day.
   *
   * @param at the day
   * @return 0 up to the start, 1 from the end on, and in between the cumulative share described above
   */
  public double share(LocalDate at) {
    Point p = point(Objects.requireNonNull(at, "at"));
    return p.n().divide(total.multiply(BigDecimal.valueOf(p.len())), MathContext.DECIMAL64).doubleValue();
  }

  /**
   * The value expected on day {@code at} on the way from {@code (a, va)} to {@code (b, vb)}, both inside the
   * span: {@code va + (vb − va)·(s(at) − s(a))/(s(b) − s(a))}, with {@code s} the {@linkplain #share share}.
   * Computed exactly and rounded once, half up, at {@code precision} decimals. When the pacing expects no
   * progress between a and b (a seasonal pacing whose quarters there weigh nothing), the way is paced evenly
   * instead, quarter by quarter. A day before {@code a} gives {@code va}, after {@code b} gives {@code vb}.
   *
   * @param at the day
   * @param a the start of the way, on or after the span's start
   * @param va the value at {@code a}
   * @param b the end of the way, after {@code a} and on or before the span's end
   * @param vb the value at {@code b}
   * @param precision the decimals to round to, 0 or more
   * @return the value, rounded half up at {@code precision}
   */
  public BigDecimal valueAt(LocalDate at, LocalDate a, BigDecimal va, LocalDate b, BigDecimal vb, int precision) {
    return value(at, a, va, b, vb, precision, null);
  }

  /**
   * The value expected on day {@code at} on the way from {@code (a, va)} to {@code (b, vb)}, as
   * {@link #valueAt(LocalDate, LocalDate, BigDecimal, LocalDate, BigDecimal, int)} computes it but unrounded.
   *
   * @param at the day
   * @param a the start of the way
   * @param va the value at {@code a}, finite
   * @param b the end of the way, after {@code a}
   * @param vb the value at {@code b}, finite
   * @return the value, to double precision
   */
  public double valueAt(LocalDate at, LocalDate a, double va, LocalDate b, double vb) {
    return unroundedValueAt(at, a, Numbers.valueOf(va), b, Numbers.valueOf(vb));
  }

  /**
   * The value expected on day {@code at} on the way from {@code (a, va)} to {@code (b, vb)}, unrounded, as
   * {@link #valueAt(LocalDate, LocalDate, double, LocalDate, double)} computes it from the decimals
   * {@link BigDecimal#valueOf(double)} gives for its values: for a caller that asks many days on one way and
   * keeps its points' decimals (converting a double to its decimal costs more than the rest of the query).
   *
   * @param at the day
   * @param a the start of the way
   * @param va the value at {@code a}
   * @param b the end of the way, after {@code a}
   * @param vb the value at {@code b}
   * @return the value, to double precision
   */
  public double unroundedValueAt(LocalDate at, LocalDate a, BigDecimal va, LocalDate b, BigDecimal vb) {
    double fast = inLongs(at, a, va, b, vb);
    return fast == fast ? fast : byDecimals(at, a, va, b, vb);
  }

  /** {@return what {@link #unroundedValueAt} gives by the decimal path alone, which {@link #inLongs} must equal} */
  double byDecimals(LocalDate at, LocalDate a, BigDecimal va, LocalDate b, BigDecimal vb) {
    return toDouble(value(at, a, va, b, vb, -1, MathContext.DECIMAL64));
  }

  /**
   * {@link #unroundedValueAt} as the exact formula of {@link #value} gives it, with every product and sum
   * before the one division made in longs, which is where the decimal path spends most of its time (a dozen
   * decimals made, multiplied and added per query): for whole-number weights (linear, front- and back-loaded
   * pacing) and values of at most 18 digits, unless a step overflows. The quotient is then the decimal
   * path's to the last digit: the same exact numerator and denominator, divided once to 16 digits, and equal
   * decimals make equal doubles ({@link #toDouble}). {@code PacedSpanInLongsTest} compares the two ways.
   *
   * @return the value, or NaN when this way does not apply and the decimal path must answer
   */
  double inLongs(LocalDate at, LocalDate a, BigDecimal va, LocalDate b, BigDecimal vb) {
    if (wholeWeights == null) {
      return Double.NaN;
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(va, "va");
    Objects.requireNonNull(vb, "vb");
    if (!at.isAfter(a) || !at.isBefore(b) || va.scale() < 0 || vb.scale() < 0 || va.precision() > 18
        || vb.precision() > 18) {
      return Double.NaN; // the ends, or values the long arithmetic does not hold: the decimal path says
    }
    try {
      int scale = Math.max(va.scale(), vb.scale());
      long ua = Math.multiplyExact(va.unscaledValue().longValue(), pow10(scale - va.scale()));
      long ub = Math.multiplyExact(vb.unscaledValue().longValue(), pow10(scale - vb.scale()));
      long dayA = a.toEpochDay();
      long dayB = b.toEpochDay();
      long dayX = at.toEpochDay();
      int ka = knot(dayA);
      int kb = knot(dayB);
      int kx = knot(dayX);
      long la = length(ka);
      long lb = length(kb);
      long lx = length(kx);
      long na = cumulativeAt(ka, dayA);
      long nb = cumulativeAt(kb, dayB);
      long nx = cumulativeAt(kx, dayX);
      long den = Math.multiplyExact(Math.subtractExact(Math.multiplyExact(nb, la), Math.multiplyExact(na, lb)), lx);
      if (den == 0) {
        return Double.NaN; // no progress expected between a and b: paced evenly instead, by the decimal path
      }
      long num = Math.multiplyExact(Math.subtractExact(Math.multiplyExact(nx, la), Math.multiplyExact(na, lx)), lb);
      long whole = Math.addExact(Math.multiplyExact(ua, den), Math.multiplyExact(Math.subtractExact(ub, ua), num));
      return toDouble(BigDecimal.valueOf(whole, scale).divide(BigDecimal.valueOf(den), MathContext.DECIMAL64));
    } catch (ArithmeticException overflow) {
      return Double.NaN;
    }
  }

  /** {@return the length of the segment {@link #knot} found, as {@link #point} measures it} */
  private long length(int lo) {
    return lo < 0 ? 1 : knots[lo + 1] - knots[lo];
  }

  /** {@return the numerator {@link #point} gives the day in the segment {@link #knot} found, in whole weights} */
  private long cumulativeAt(int lo, long day) {
    if (lo < 0) {
      return lo == -1 ? 0 : wholeCumulative[wholeCumulative.length - 1];
    }
    long len = knots[lo + 1] - knots[lo];
    return Math.addExact(Math.multiplyExact(wholeCumulative[lo], len),
        Math.multiplyExact(wholeWeights[lo], day - knots[lo]));
  }

  /**
   * {@return the index lo with knots[lo] < day <= knots[lo + 1], by binary search; -1 on or before the first
   * knot, -2 on or after the last}
   */
  private int knot(long day) {
    int last = knots.length - 1;
    if (day <= knots[0]) {
      return -1;
    }
    if (day >= knots[last]) {
      return -2;
    }
    int lo = 0;
    int hi = last;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (knots[mid] < day) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p = Math.multiplyExact(p, 10);
    }
    return p;
  }

  /** {@return the weights as longs when every one is a whole number that fits, else null} */
  private static long[] whole(List<BigDecimal> weights) {
    long[] out = new long[weights.size()];
    for (int i = 0; i < out.length; i++) {
      BigDecimal w = weights.get(i);
      if (w.signum() != 0 && w.stripTrailingZeros().scale() > 0) {
        return null;
      }
      try {
        out[i] = w.longValueExact();
      } catch (ArithmeticException tooLarge) {
        return null;
      }
    }
    return out;
  }

  /**
   * {@return {@code d.doubleValue()}, without its detour through text when the decimal's unscaled value and
   * its power of ten are both exact doubles: then one IEEE division or multiplication, correctly rounded, gives
   * the double nearest the decimal, which is what {@code doubleValue} returns}
   */
  static double toDouble(BigDecimal d) {
    int scale = d.scale();
    if (scale >= -22 && scale <= 22 && d.precision() <= 16) {
      long unscaled = d.unscaledValue().longValue(); // at most 16 digits: fits a long
      if (Math.abs(unscaled) <= 1L << 53) { // exact as a double
        return scale >= 0 ? unscaled / TENS[scale] : unscaled * TENS[-scale];
      }
    }
    return d.doubleValue();
  }

  /** 10^0 … 10^22, each exact as a double. */
  private static final double[] TENS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
      1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  private BigDecimal value(LocalDate at, LocalDate a, BigDecimal va, LocalDate b, BigDecimal vb, int precision,
      MathContext mc) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(va, "va");
    Objects.requireNonNull(vb, "vb");
    if (!at.isAfter(a)) {
      return round(va, precision, mc);
    }
    if (!at.isBefore(b)) {
      return round(vb, precision, mc);
    }
    Point pa = point(a);
    Point pb = point(b);
    Point px = point(at);
    BigDecimal la = BigDecimal.valueOf(pa.len());
    BigDecimal lb = BigDecimal.valueOf(pb.len());
    BigDecimal lx = BigDecimal.valueOf(px.len());
    BigDecimal den = pb.n().multiply(la).subtract(pa.n().multiply(lb)).multiply(lx);
    if (den.signum() == 0) {
      PacedSpan even = evenly != null ? evenly : new PacedSpan(Pacing.linear(), fiscalYearStart, quarters, from, to);
      return even == this ? round(va, precision, mc) : even.value(at, a, va, b, vb, precision, mc);
    }
    BigDecimal num = px.n().multiply(la).subtract(pa.n().multiply(lx)).multiply(lb);
    BigDecimal whole = va.multiply(den).add(vb.subtract(va).multiply(num));
    return mc != null ? whole.divide(den, mc) : whole.divide(den, precision, RoundingMode.HALF_UP);
  }

  private static BigDecimal round(BigDecimal v, int precision, MathContext mc) {
    return mc != null ? v : v.setScale(precision, RoundingMode.HALF_UP);
  }

  /** The share on a day as the fraction {@code n / (len · total)}. */
  private record Point(BigDecimal n, long len) {}

  /** The point at or before the span's start: most paths start there, so it is made once. */
  private static final Point ORIGIN = new Point(BigDecimal.ZERO, 1);

  private Point point(LocalDate at) {
    long day = at.toEpochDay();
    int lo = knot(day);
    if (lo < 0) {
      return lo == -1 ? ORIGIN : end;
    }
    long len = knots[lo + 1] - knots[lo];
    BigDecimal n = cumulative[lo].multiply(BigDecimal.valueOf(len))
        .add(weights.get(lo).multiply(BigDecimal.valueOf(day - knots[lo])));
    return new Point(n, len);
  }


  /** {@return for example {@code front-loaded over 2025-12-31..2026-12-31 (4 quarters)}} */
  @Override
  public String toString() {
    return pacing + " over " + from + ".." + to + " (" + quarters.size() + " quarters)";
  }
}
