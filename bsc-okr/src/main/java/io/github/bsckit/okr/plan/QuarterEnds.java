package io.github.bsckit.okr.plan;

import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.pacing.PacedSpan;
import io.github.bsckit.core.plan.ExpectedPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * One horizon of quarters, from a baseline date to a target date, with a pacing laid over it: the quarters and
 * their days, the pacing's {@link PacedSpan}, and the exact cumulative share {@code C_j / T} of the pacing at the
 * end of each quarter. Every KPI of a plan with the same dates and pacing shares one (most KPIs of a scorecard
 * share their year and pacing), so the span is laid once per plan rather than once per KPI.
 *
 * <p>{@link #levels} gives, for a KPI without milestones, exactly what its {@link ExpectedPath} gives at each
 * quarter's last day but the last: {@code va + (vb − va)·C_j/T}, rounded once, half up, at the precision (and,
 * for a level, kept between {@code va} and {@code vb}). At a quarter's last day the span's share is that
 * fraction exactly, so the path's quotient and this one are the same rational number, rounded the same way.
 * The quotient is taken in {@code long} arithmetic when every term fits, which is nearly always, and in
 * {@link BigDecimal} otherwise; both are exact.
 *
 * <p>Not thread-safe: a lane belongs to one plan's {@link KpiPlanner}, and reuses two arrays from KPI to KPI.
 */
final class QuarterEnds {
  /** The most digits of a value, and of its decimals, that {@link #unscaled} reads exactly. */
  private static final int MAX_DIGITS = 15;
  /** 10^0 … 10^15 as doubles, each exact. */
  private static final double[] TEN_POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
      1e13, 1e14, 1e15};
  /** 10^0 … 10^18. */
  private static final long[] TENS = new long[19];

  static {
    TENS[0] = 1;
    for (int i = 1; i < TENS.length; i++) {
      TENS[i] = TENS[i - 1] * 10;
    }
  }

  private final List<FiscalQuarter> quarters;
  private final LocalDate[] firstDays;
  private final LocalDate[] lastDays;
  private final PacedSpan span;
  /** C_j for j = 1 … n − 1: the sum of the weights of quarters 0 … j − 1. */
  private final BigDecimal[] cumulative;
  private final BigDecimal total;
  /** C_j and T scaled to whole numbers by one power of ten, or null when they do not fit a long. */
  private final long[] wholeCumulative;
  private final long wholeTotal;
  /** Scratch for {@link #unitsAt} and {@link #levelDoubles}, reused by every KPI of the lane. */
  private final long[] units;
  private final double[] doubles;
  /** Whether the span's quarters are the plan's, as they are by construction; {@link #levels} relies on it. */
  private final boolean matches;

  QuarterEnds(List<FiscalQuarter> quarters, LocalDate[] firstDays, LocalDate[] lastDays, PacedSpan span) {
    this.quarters = quarters;
    this.firstDays = firstDays;
    this.lastDays = lastDays;
    this.span = span;
    List<BigDecimal> w = span.weights();
    int n = w.size();
    boolean same = n == quarters.size();
    for (int j = 0; same && j < n; j++) {
      same = span.quarters().get(j).last().equals(lastDays[j]);
    }
    this.matches = same;
    cumulative = new BigDecimal[n];
    BigDecimal sum = BigDecimal.ZERO;
    int scale = 0;
    for (int j = 0; j < n; j++) {
      cumulative[j] = sum;
      sum = sum.add(w.get(j));
      scale = Math.max(scale, w.get(j).scale());
    }
    total = sum;
    long[] whole = null;
    long wholeT = 0;
    if (scale <= 9) {
      try {
        wholeT = total.movePointRight(scale).longValueExact();
        whole = new long[n];
        for (int j = 0; j < n; j++) {
          whole[j] = cumulative[j].movePointRight(scale).longValueExact();
        }
        if (wholeT <= 0 || wholeT > 1L << 40) {
          whole = null; // keeps the products below within a long for the common values; else exact decimals
        }
      } catch (ArithmeticException e) {
        whole = null;
      }
    }
    wholeCumulative = whole;
    wholeTotal = wholeT;
    units = new long[quarters.size()];
    doubles = new double[quarters.size()];
  }

  /** {@return the quarters, in order} */
  List<FiscalQuarter> quarters() {
    return quarters;
  }

  /** {@return the number of quarters} */
  int size() {
    return quarters.size();
  }

  /** {@return the first day of quarter i} */
  LocalDate firstDay(int i) {
    return firstDays[i];
  }

  /** {@return the last day of quarter i} */
  LocalDate lastDay(int i) {
    return lastDays[i];
  }

  /** {@return whether {@link #levels} may stand for the expected path: the span's quarters are the plan's} */
  boolean matchesPath() {
    return matches;
  }

  /** {@return the pacing laid over the days of the horizon} */
  PacedSpan span() {
    return span;
  }

  /**
   * The expected path of a KPI without milestones from {@code va} to {@code vb} at the last day of every
   * quarter but the last, followed by {@code vb}: as {@link ExpectedPath#levelAt} (with {@code keepBetween}) or
   * {@link ExpectedPath#valueAt(LocalDate, int)} give them.
   *
   * @param va the value at the baseline date: the baseline, or 0 for a FLOW's running total
   * @param vb the target
   * @param precision the decimals to round to
   * @param keepBetween whether to keep each value between {@code va} and {@code vb}, as a level is
   */
  BigDecimal[] levels(BigDecimal va, BigDecimal vb, int precision, boolean keepBetween) {
    int n = quarters.size();
    BigDecimal[] out = new BigDecimal[n];
    if (unitsAt(va, vb, precision)) {
      for (int j = 0; j < n - 1; j++) {
        out[j] = BigDecimal.valueOf(units[j], precision);
      }
    } else {
      BigDecimal change = vb.subtract(va);
      BigDecimal whole = va.multiply(total);
      for (int j = 1; j < n; j++) {
        out[j - 1] = whole.add(change.multiply(cumulative[j])).divide(total, precision, RoundingMode.HALF_UP);
      }
    }
    if (keepBetween) {
      BigDecimal lo = va.min(vb);
      BigDecimal hi = va.max(vb);
      for (int j = 0; j < n - 1; j++) {
        out[j] = out[j].max(lo).min(hi);
      }
    }
    out[n - 1] = vb;
    return out;
  }

  /**
   * The doubles of {@link #levels levels(va, vb, precision, true)}, a level's quarter ends, without making
   * their decimals: each is the double nearest its decimal, as {@link BigDecimal#doubleValue} gives it. Null when
   * the quotients do not fit longs; then only {@link #levels} gives them.
   *
   * @return one double per quarter, in an array that the next call on this lane overwrites
   */
  double[] levelDoubles(BigDecimal va, BigDecimal vb, int precision) {
    if (!unitsAt(va, vb, precision)) {
      return null;
    }
    int n = quarters.size();
    double[] out = doubles;
    // The bounds and the values on one scale, to keep each value between va and vb exactly as levels does.
    int scale = Math.max(precision, Math.max(va.scale(), vb.scale()));
    if (scale - precision >= TENS.length) {
      return null;
    }
    try {
      long a = Math.multiplyExact(unscaled(va), TENS[scale - va.scale()]);
      long b = Math.multiplyExact(unscaled(vb), TENS[scale - vb.scale()]);
      long up = TENS[scale - precision];
      for (int j = 0; j < n - 1; j++) {
        long v = Math.multiplyExact(units[j], up);
        if (v < Math.min(a, b)) {
          out[j] = (a < b ? va : vb).doubleValue();
        } else if (v > Math.max(a, b)) {
          out[j] = (a > b ? va : vb).doubleValue();
        } else {
          long q = units[j];
          // q and 10^precision are exact doubles: one division, correctly rounded, is the nearest double.
          out[j] = Math.abs(q) <= 1L << 53 ? q / TEN_POWERS[precision] : BigDecimal.valueOf(q, precision)
              .doubleValue();
        }
      }
    } catch (ArithmeticException e) {
      return null;
    }
    out[n - 1] = vb.doubleValue();
    return out;
  }

  /**
   * The quotients of {@link #levels} in longs, unclamped, in units of {@code 10^-precision}, for the quarter
   * ends but the last: with {@code va = A·10^-s}, {@code vb = B·10^-s} and {@code C_j/T} in whole numbers, the
   * value at quarter end j is {@code (A·T + (B − A)·C_j)·10^(precision − s) / T}, rounded half up. Written to
   * {@link #units}; false, with nothing that counts written, when a term does not fit a long.
   */
  private boolean unitsAt(BigDecimal va, BigDecimal vb, int precision) {
    if (wholeCumulative == null) {
      return false;
    }
    int sa = va.scale();
    int sb = vb.scale();
    if (sa < 0 || sb < 0 || sa > MAX_DIGITS || sb > MAX_DIGITS || va.precision() > MAX_DIGITS
        || vb.precision() > MAX_DIGITS) {
      return false;
    }
    int s = Math.max(sa, sb);
    if (precision - s >= TENS.length || precision > MAX_DIGITS) {
      return false;
    }
    try {
      long a = Math.multiplyExact(unscaled(va), TENS[s - sa]);
      long b = Math.multiplyExact(unscaled(vb), TENS[s - sb]);
      long change = Math.subtractExact(b, a);
      long whole = Math.multiplyExact(a, wholeTotal);
      long up = precision >= s ? TENS[precision - s] : 1;
      long den = precision >= s ? wholeTotal : Math.multiplyExact(wholeTotal, TENS[s - precision]);
      for (int j = 1; j < quarters.size(); j++) {
        long num = Math.multiplyExact(Math.addExact(whole, Math.multiplyExact(change, wholeCumulative[j])), up);
        units[j - 1] = roundHalfUp(num, den);
      }
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /**
   * {@return the unscaled value A of {@code d = A·10^-s}, for at most {@value #MAX_DIGITS} digits and
   * {@code 0 <= s <= }{@value #MAX_DIGITS}} Without the BigInteger that {@link BigDecimal#unscaledValue} makes
   * (two per KPI were a tenth of a plan's allocation): {@code doubleValue} is within a relative 2^-53 of d, the
   * product by the exact double 10^s within 2^-52 of A, which is less than a quarter when |A| < 10^15 < 2^50, so
   * the nearest whole number is A.
   */
  private static long unscaled(BigDecimal d) {
    return (long) Math.rint(d.doubleValue() * TEN_POWERS[d.scale()]);
  }

  /** {@code num / den} rounded half up (ties away from zero), as {@link RoundingMode#HALF_UP}; den > 0. */
  private static long roundHalfUp(long num, long den) {
    long q = num / den;
    long r = Math.abs(num % den);
    return r >= den - r ? q + Long.signum(num) : q;
  }
}
