package io.github.bsckit.okr.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The numbers behind one KPI's key results over a horizon of n quarters: the quarter-end levels of a LEVEL KPI
 * or the quarterly parts of a FLOW KPI. They are the KPI's expected path at each quarter's last day (the target
 * at the last quarter), rounded at the KPI's precision; so a FLOW's parts, the differences of its rounded running
 * totals, add up exactly to the total. The anchors — the quarters holding a milestone, and the last — bound what
 * a re-plan may change: the remaining gap is spread up to the next anchor only.
 */
final class Trajectory {
  private final BigDecimal base;
  private final List<Integer> anchors;
  private final List<BigDecimal> weights;
  private final int precision;
  private final List<BigDecimal> planned;

  /**
   * @param base the value before the first quarter: the baseline level, or 0 for a FLOW's running total
   * @param anchors quarter indexes, sorted, distinct, the last n − 1
   * @param weights the pacing weights of the n quarters
   * @param precision the KPI's decimals
   * @param planned the expected path at the end of each quarter: levels, or a FLOW's running totals; kept as
   *     it is, not copied (a Trajectory lives within one KPI's planning, and the planner hands the list over)
   */
  Trajectory(BigDecimal base, List<Integer> anchors, List<BigDecimal> weights, int precision,
      List<BigDecimal> planned) {
    this.base = base;
    this.anchors = List.copyOf(anchors);
    this.weights = List.copyOf(weights);
    this.precision = precision;
    this.planned = Collections.unmodifiableList(planned);
  }

  /**
   * Sets the levels of quarters {@code from} … {@code to}: {@code start + (end − start)·c_i}, c_i the cumulative
   * share of those quarters' weights, each rounded once, kept between start and end, and exactly end at {@code to}.
   */
  private void pace(List<BigDecimal> out, int from, int to, BigDecimal start, BigDecimal end) {
    List<BigDecimal> w = Decimals.usable(weights.subList(from, to + 1));
    BigDecimal total = Decimals.sum(w);
    BigDecimal change = end.subtract(start);
    BigDecimal cumulative = BigDecimal.ZERO;
    for (int i = from; i < to; i++) {
      cumulative = cumulative.add(w.get(i - from));
      BigDecimal level = Decimals.ratio(start.multiply(total).add(change.multiply(cumulative)), total, precision);
      out.set(i, Decimals.clamp(level, start, end));
    }
    out.set(to, end);
  }

  /**
   * Quarterly parts of a FLOW: the differences of the rounded running totals, so that the running total of the
   * parts at every quarter's end is the expected one, rounded, and the parts add up exactly to the total.
   *
   * @param base the running total before the first quarter
   * @param planned the running totals at the quarters' ends
   */
  static List<BigDecimal> parts(BigDecimal base, List<BigDecimal> planned) {
    List<BigDecimal> out = new ArrayList<>(planned.size());
    BigDecimal before = base;
    for (BigDecimal total : planned) {
      out.add(total.subtract(before));
      before = total;
    }
    return out;
  }

  /**
   * Tells whether an actual measured in quarter {@code p} is on plan: equal to the planned level {@code L_p}, as
   * measured or rounded at the precision. Re-planning from it would only trade the plan's rounding for the
   * re-plan's, so the plan stands.
   */
  boolean onPlan(List<BigDecimal> levels, int p, BigDecimal actual) {
    BigDecimal planned = levels.get(p);
    return actual.compareTo(planned) == 0
        || actual.setScale(precision, RoundingMode.HALF_UP).compareTo(planned) == 0;
  }

  /**
   * Re-plans levels after an actual measured in quarter {@code p}: from quarter p + 1 up to the next anchor k,
   * {@code L'_i = actual + (L_k − actual)·s_i}, with {@code s_i} the cumulative share of the weights of quarters
   * p + 1 … k, rounded and kept between the actual and {@code L_k}. That is the remaining gap spread by the same
   * pacing. Levels after k keep the plan: a milestone is a commitment of its own.
   */
  List<BigDecimal> levelsFrom(List<BigDecimal> levels, int p, BigDecimal actual) {
    int k = nextAnchor(p);
    List<BigDecimal> out = new ArrayList<>(levels);
    pace(out, p + 1, k, actual, levels.get(k));
    return out;
  }

  /**
   * Re-plans FLOW parts: the gap between the planned running total of quarters 0 … c and what the actuals
   * achieved in them is split over quarters p + 1 … k (k the next anchor) by the same pacing, largest remainder,
   * and added to their planned parts: {@code P'_i = P_i + gap_i}. So the running total still reaches the anchor
   * exactly, and a gap of zero moves nothing. Parts never turn against the sign of their segment's amount (a
   * part of a growing total never asks for a negative amount): when one would, the amount left for the
   * segment is split afresh, or is zero when the actuals already passed the anchor.
   *
   * @param c the last quarter the actuals cover completely
   * @param p the quarter of the latest actual (the quarter in progress keeps its part), {@code c <= p}
   */
  List<BigDecimal> partsFrom(List<BigDecimal> parts, int c, int p, BigDecimal achieved) {
    int k = nextAnchor(p);
    BigDecimal planned = Decimals.sum(parts.subList(0, c + 1));
    if (planned.compareTo(achieved) == 0) {
      return parts; // on plan: nothing to re-spread
    }
    List<BigDecimal> w = weights.subList(p + 1, k + 1);
    List<BigDecimal> gap = Decimals.split(planned.subtract(achieved), w, precision);
    List<BigDecimal> out = new ArrayList<>(parts);
    int sign = segmentAmount(k).signum() < 0 ? -1 : 1;
    boolean turned = false;
    BigDecimal left = BigDecimal.ZERO;
    for (int i = p + 1; i <= k; i++) {
      BigDecimal part = parts.get(i).add(gap.get(i - p - 1));
      out.set(i, part);
      left = left.add(part);
      turned |= part.signum() * sign < 0;
    }
    if (turned) {
      List<BigDecimal> fresh = left.signum() * sign > 0 ? Decimals.split(left, w, precision)
          : Collections.nCopies(k - p, BigDecimal.ZERO);
      for (int i = p + 1; i <= k; i++) {
        out.set(i, fresh.get(i - p - 1));
      }
    }
    return out;
  }

  /** The change of the running total over the segment ending at anchor index k. */
  private BigDecimal segmentAmount(int k) {
    BigDecimal before = base;
    for (int a : anchors) {
      if (a == k) {
        return planned.get(k).subtract(before);
      }
      before = planned.get(a);
    }
    throw new IllegalStateException("no anchor at quarter " + k);
  }

  private int nextAnchor(int p) {
    for (int a : anchors) {
      if (a > p) {
        return a;
      }
    }
    throw new IllegalStateException("no anchor after quarter " + p); // callers re-plan only before the last
  }
}
