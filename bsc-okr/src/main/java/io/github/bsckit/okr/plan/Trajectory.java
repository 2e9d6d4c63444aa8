package io.github.bsckit.okr.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The numbers behind one KPI's key results over a horizon of n quarters: the quarter-end levels of a LEVEL KPI
 * or the quarterly parts of a FLOW KPI. The horizon is cut into segments by anchors — each dated milestone at
 * the end of its quarter and the target at the end of the last — and the pacing weights spread each segment's
 * change over its quarters.
 */
final class Trajectory {
  /** A value the trajectory must hit at the end of quarter {@code index}. */
  record Anchor(int index, BigDecimal value) {}

  private final BigDecimal base;
  private final List<Anchor> anchors;
  private final List<BigDecimal> weights;
  private final int precision;

  /**
   * @param base the value before the first quarter: the baseline level, or 0 for a FLOW's running total
   * @param anchors sorted by index, at most one per index, the last at index n − 1
   * @param weights the pacing weights of the n quarters
   * @param precision the KPI's decimals
   */
  Trajectory(BigDecimal base, List<Anchor> anchors, List<BigDecimal> weights, int precision) {
    this.base = base;
    this.anchors = List.copyOf(anchors);
    this.weights = List.copyOf(weights);
    this.precision = precision;
  }

  /**
   * Quarter-end levels: {@code L_i = a + (A − a)·c_i} within each segment from anchor value a to anchor value
   * A, with {@code c_i} the cumulative share of the segment's weights; rounded at the precision and kept
   * between a and A, and exactly A at the anchor.
   */
  List<BigDecimal> levels() {
    List<BigDecimal> out = new ArrayList<>(Collections.nCopies(weights.size(), BigDecimal.ZERO));
    int from = 0;
    BigDecimal start = base;
    for (Anchor anchor : anchors) {
      pace(out, from, anchor.index(), start, anchor.value());
      from = anchor.index() + 1;
      start = anchor.value();
    }
    return out;
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
   * Quarterly parts of a FLOW: each segment's amount (the difference of its anchors' running totals) split by
   * the largest-remainder method, so the parts of every segment, and so of the whole horizon, add up exactly.
   */
  List<BigDecimal> parts() {
    List<BigDecimal> out = new ArrayList<>(weights.size());
    int from = 0;
    BigDecimal start = base;
    for (Anchor anchor : anchors) {
      out.addAll(Decimals.split(anchor.value().subtract(start), weights.subList(from, anchor.index() + 1),
          precision));
      from = anchor.index() + 1;
      start = anchor.value();
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
    for (Anchor a : anchors) {
      if (a.index() == k) {
        return a.value().subtract(before);
      }
      before = a.value();
    }
    throw new IllegalStateException("no anchor at quarter " + k);
  }

  private int nextAnchor(int p) {
    for (Anchor a : anchors) {
      if (a.index() > p) {
        return a.index();
      }
    }
    throw new IllegalStateException("no anchor after quarter " + p); // callers re-plan only before the last
  }
}
