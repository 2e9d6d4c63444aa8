package io.github.bsckit.okr.plan;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Range;
import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.core.plan.ExpectedPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Turns one KPI into its key results, one per quarter of its horizon. See {@link OkrPlanner} for the rules. */
final class KpiPlanner {
  /** A hundred years: a longer horizon is a typo in a date, not a plan. */
  static final int MAX_QUARTERS = 400;

  /** The key results of a KPI, or why there are none. */
  record Outcome(List<KeyResult> keyResults, String skipReason) {
    static Outcome skip(String reason) {
      return new Outcome(List.of(), reason);
    }
  }

  private final FiscalCalendar calendar;
  /** Quarters and their days, asked for once per plan rather than once per KPI (every KPI of a year shares them). */
  private final Map<LocalDate, FiscalQuarter> quarterOf = new HashMap<>();
  private final Map<FiscalQuarter, LocalDate> firstDays = new HashMap<>();
  private final Map<FiscalQuarter, LocalDate> lastDays = new HashMap<>();
  private final Map<Span, List<FiscalQuarter>> horizons = new HashMap<>();
  /**
   * Each KPI's horizon and paced span by its pacing, baseline date and target date, once per plan: a
   * {@link QuarterEnds}, or the reason a KPI with those dates is skipped. Most KPIs of a scorecard share their
   * dates and pacing, so laying a {@link io.github.bsckit.core.pacing.PacedSpan} per KPI was most of the plan.
   */
  private final Map<Lane, Object> lanes = new HashMap<>();
  /** The last lane asked for, which the next KPI nearly always shares. */
  private Lane lastLane;
  private Object lastEnds;

  private record Span(FiscalQuarter first, FiscalQuarter last) {}

  private record Lane(Pacing pacing, LocalDate from, LocalDate to) {}

  /**
   * {@link Decimals#of} of the values met so far, by their bits, in a small table where a value may push out
   * another: reading a double as the decimal people typed goes through its text, and the KPIs of a scorecard
   * share many of their baselines and targets (0, 100, 90 %).
   */
  private final long[] decimalBits = new long[256];
  private final BigDecimal[] decimals = new BigDecimal[256];

  /** A FLOW's expected running total at its baseline date, as {@link ExpectedPath} reads it. */
  private static final BigDecimal FLOW_START = BigDecimal.valueOf(0.0);

  /** A planner for one plan: it keeps the quarters it has met, so it is not shared between plans or threads. */
  KpiPlanner(FiscalCalendar calendar) {
    this.calendar = calendar;
  }

  /** {@link FiscalCalendar#quarterOf}, memoised; throws as it does (and then remembers nothing). */
  FiscalQuarter quarterOf(LocalDate date) {
    return quarterOf.computeIfAbsent(date, calendar::quarterOf);
  }

  /** {@link FiscalCalendar#firstDayOf}, memoised. */
  LocalDate firstDayOf(FiscalQuarter q) {
    return firstDays.computeIfAbsent(q, calendar::firstDayOf);
  }

  /** {@link FiscalCalendar#lastDayOf}, memoised. */
  LocalDate lastDayOf(FiscalQuarter q) {
    return lastDays.computeIfAbsent(q, calendar::lastDayOf);
  }

  /** {@link FiscalQuarter#through}, memoised; unmodifiable. */
  List<FiscalQuarter> through(FiscalQuarter first, FiscalQuarter last) {
    return horizons.computeIfAbsent(new Span(first, last), s -> s.first().through(s.last()));
  }

  /**
   * Plans a KPI that has a baseline and a target; RANGE KPIs without both dates are planned with
   * {@link #keepBetween} over the quarters of the whole plan instead.
   *
   * @param actuals the actuals to re-plan from, with {@code asOf}; null for a plan from the baseline
   */
  Outcome plan(Kpi kpi, Pacing pacing, Actuals actuals, LocalDate asOf) {
    if (kpi.target().isEmpty()) {
      return Outcome.skip("no target");
    }
    if (kpi.scale().isMilestone()) {
      return milestone(kpi);
    }
    if (kpi.baseline().isEmpty()) {
      return Outcome.skip("no baseline to start from");
    }
    DatedValue baseline = kpi.baseline().get();
    DatedValue target = kpi.target().get();
    Object lane = lane(pacing, baseline.date(), target.date());
    if (lane instanceof String reason) {
      return Outcome.skip(reason);
    }
    QuarterEnds ends = (QuarterEnds) lane;
    List<FiscalQuarter> horizon = ends.quarters();
    if (kpi.direction() == Direction.RANGE) {
      // Only a RANGE KPI that starts outside its band follows its expected path.
      return new Outcome(kpi.range().orElseThrow().contains(baseline.value()) ? keepBetween(kpi, horizon, true)
          : intoBand(kpi, horizon, ExpectedPath.of(kpi, calendar.startMonth(), pacing).orElseThrow()), null);
    }
    if (actuals != null && !kpi.scale().isNumbers()) {
      // A re-plan starts the quarters after the latest actual from it: an actual that is no level of the KPI's
      // scale (7 on a four-level scale) cannot be a key result's start, and would fail the whole plan.
      DatedValue latest = actuals.latest(kpi.id(), asOf).orElse(null);
      if (latest != null && latest.date().isAfter(baseline.date()) && !kpi.scale().holds(latest.value())) {
        return Outcome.skip("its latest actual, " + Numbers.plain(latest.value()) + " on " + latest.date()
            + ", is no level of its scale " + kpi.scale());
      }
    }
    boolean flow = kpi.kind() == KpiKind.FLOW;
    BigDecimal base = decimal(baseline.value());
    BigDecimal goal = decimal(target.value());
    int n = horizon.size();
    if (!flow && actuals == null && kpi.milestones().isEmpty() && ends.matchesPath() && kpi.scale().isNumbers()
        && !kpi.isOneSided()) {
      // No re-plan, whole steps or line to keep: a level's key results need only the doubles of its quarter ends.
      double[] path = ends.levelDoubles(base, goal, kpi.precision());
      if (path != null) {
        return new Outcome(steps(kpi, ends, base.doubleValue(), path), null);
      }
    }
    List<BigDecimal> planned;
    if (kpi.milestones().isEmpty() && ends.matchesPath()) {
      // The path's values at the quarter ends, from the span's shares laid once for every KPI of this lane.
      planned = Arrays.asList(ends.levels(flow ? FLOW_START : base, goal, kpi.precision(), !flow));
    } else {
      ExpectedPath path = ExpectedPath.of(kpi, calendar.startMonth(), pacing).orElseThrow();
      planned = new ArrayList<>(n);
      for (int i = 0; i < n - 1; i++) {
        LocalDate end = ends.lastDay(i);
        planned.add(flow ? path.valueAt(end, kpi.precision()) : path.levelAt(end, kpi.precision()));
      }
      planned.add(goal);
    }
    // What a re-plan needs, made only when there are actuals to re-plan from.
    Trajectory trajectory = actuals == null ? null : new Trajectory(flow ? BigDecimal.ZERO : base,
        anchors(kpi, horizon), ends.span().weights(), kpi.precision(), planned);
    return new Outcome(flow
        ? amounts(kpi, ends, planned, trajectory, actuals, asOf)
        : levels(kpi, ends, planned, trajectory, actuals, asOf, base, goal), null);
  }

  /** {@return {@link Decimals#of}, remembered} */
  private BigDecimal decimal(double value) {
    long bits = Double.doubleToRawLongBits(value);
    int slot = ((int) (bits ^ bits >>> 32) * 0x9E3779B9) >>> 24;
    BigDecimal d = decimals[slot];
    if (d == null || decimalBits[slot] != bits) {
      d = Decimals.of(value);
      decimals[slot] = d;
      decimalBits[slot] = bits;
    }
    return d;
  }

  /**
   * The horizon and paced span of a KPI with these dates and pacing, or the reason it is skipped: the
   * baseline's quarter (the next one when the baseline closes its quarter) through the target's.
   */
  private Object lane(Pacing pacing, LocalDate from, LocalDate to) {
    Lane last = lastLane;
    if (last != null && last.from().equals(from) && last.to().equals(to)
        && (last.pacing() == pacing || last.pacing().equals(pacing))) {
      return lastEnds;
    }
    Lane key = new Lane(pacing, from, to);
    Object ends = lanes.computeIfAbsent(key, this::newLane);
    lastLane = key;
    lastEnds = ends;
    return ends;
  }

  private Object newLane(Lane lane) {
    List<FiscalQuarter> horizon;
    try {
      FiscalQuarter first = quarterOf(lane.from());
      if (lane.from().equals(lastDayOf(first))) {
        first = first.plusQuarters(1); // a baseline at a quarter's close starts the plan in the next quarter
      }
      FiscalQuarter last = quarterOf(lane.to());
      if (first.until(last) >= MAX_QUARTERS) {
        return "its horizon of " + (first.until(last) + 1) + " quarters is longer than " + MAX_QUARTERS;
      }
      horizon = through(first, last);
    } catch (ValidationException e) {
      return e.problems().get(0).message();
    }
    int n = horizon.size();
    LocalDate[] firstDays = new LocalDate[n];
    LocalDate[] lastDays = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      firstDays[i] = firstDayOf(horizon.get(i));
      lastDays[i] = lastDayOf(horizon.get(i));
    }
    return new QuarterEnds(horizon, firstDays, lastDays, lane.pacing().over(calendar.startMonth(), lane.from(),
        lane.to()));
  }

  /** The quarters holding a milestone, and the last: a re-plan spreads a gap up to the next of them only. */
  private List<Integer> anchors(Kpi kpi, List<FiscalQuarter> horizon) {
    int n = horizon.size();
    if (kpi.milestones().isEmpty()) {
      return List.of(n - 1);
    }
    TreeSet<Integer> at = new TreeSet<>();
    for (DatedValue m : kpi.milestones()) {
      at.add(Math.min(index(horizon, m.date()), n - 1));
    }
    at.add(n - 1);
    return List.copyOf(at);
  }

  /**
   * @param base the baseline, as a decimal
   * @param line the target, as a decimal
   */
  private List<KeyResult> levels(Kpi kpi, QuarterEnds ends, List<BigDecimal> planned, Trajectory trajectory,
      Actuals actuals, LocalDate asOf, BigDecimal base, BigDecimal line) {
    List<BigDecimal> levels = planned;
    List<FiscalQuarter> horizon = ends.quarters();
    int n = horizon.size();
    int replannedFrom = -1;
    BigDecimal actual = null;
    DatedValue latest = actuals == null ? null : actuals.latest(kpi.id(), asOf).orElse(null);
    if (latest != null && latest.date().isAfter(kpi.baseline().get().date())) {
      int p = index(horizon, latest.date());
      actual = Decimals.of(latest.value());
      if (p < n - 1 && !trajectory.onPlan(levels, p, actual)) {
        levels = trajectory.levelsFrom(levels, p, actual);
        replannedFrom = p + 1;
      }
    }
    List<KeyResult> out = new ArrayList<>(n);
    BigDecimal start = base;
    boolean up = kpi.direction() == Direction.INCREASE;
    for (int i = 0; i < n; i++) {
      if (i == replannedFrom) {
        start = actual;
      }
      BigDecimal end = levels.get(i);
      if (kpi.scale().isOrdinal()) {
        // Whole steps only, each planned in the quarter by which the pacing has asked for all of it.
        end = end.setScale(0, up ? RoundingMode.FLOOR : RoundingMode.CEILING);
      }
      // Judged on the doubles a key result holds: beyond 2^53 a step below the spacing of doubles (1e16 to
      // 1e16 + 2 over four quarters) is no move at all, and the quarter keeps its level instead.
      KeyResultType type = step(up, Double.compare(end.doubleValue(), start.doubleValue()));
      if (kpi.isOneSided() && (up ? start.compareTo(line) >= 0 : start.compareTo(line) <= 0)) {
        // A floor (or ceiling) already met is kept, not walked back to: never plan 87% down to a floor of 70%.
        type = up ? KeyResultType.KEEP_AT_LEAST : KeyResultType.KEEP_AT_MOST;
        end = line;
      }
      out.add(keyResult(kpi, ends, i, type, start.doubleValue(), end.doubleValue()));
      start = end;
    }
    return out;
  }

  /**
   * The key results of a level from its baseline through the doubles of its quarter ends, as {@link #levels}
   * makes them when nothing re-plans it, rounds it to whole steps or keeps it at a line.
   */
  private List<KeyResult> steps(Kpi kpi, QuarterEnds ends, double base, double[] levels) {
    boolean up = kpi.direction() == Direction.INCREASE;
    List<KeyResult> out = new ArrayList<>(levels.length);
    double start = base;
    for (int i = 0; i < levels.length; i++) {
      double end = levels[i];
      out.add(keyResult(kpi, ends, i, step(up, Double.compare(end, start)), start, end));
      start = end;
    }
    return out;
  }

  /** A quarter's kind of ask: a move the good way, or else keeping the level ({@code move} compares end to start). */
  private static KeyResultType step(boolean up, int move) {
    return up ? (move > 0 ? KeyResultType.INCREASE : KeyResultType.KEEP_AT_LEAST)
        : (move < 0 ? KeyResultType.REDUCE : KeyResultType.KEEP_AT_MOST);
  }

  /**
   * One COMPLETE key result in the quarter a milestone KPI is due, or none when its baseline says it is done
   * already.
   */
  private Outcome milestone(Kpi kpi) {
    if (kpi.baseline().filter(b -> b.value() >= 1).isPresent()) {
      return Outcome.skip("done already at its baseline");
    }
    FiscalQuarter due;
    try {
      due = quarterOf(kpi.target().get().date());
    } catch (ValidationException e) {
      return Outcome.skip(e.problems().get(0).message());
    }
    return new Outcome(List.of(keyResult(kpi, due, KeyResultType.COMPLETE, 0, 1, true)), null);
  }

  /**
   * One KEEP_AT_LEAST or KEEP_AT_MOST key result per quarter for a floor or ceiling with no baseline to plan
   * from, the line being the KPI's target.
   */
  List<KeyResult> keepOneSided(Kpi kpi, List<FiscalQuarter> quarters) {
    KeyResultType type = kpi.direction() == Direction.INCREASE ? KeyResultType.KEEP_AT_LEAST
        : KeyResultType.KEEP_AT_MOST;
    double line = kpi.target().orElseThrow().value();
    List<KeyResult> out = new ArrayList<>(quarters.size());
    quarters.forEach(q -> out.add(keyResult(kpi, q, type, line, line, false)));
    return out;
  }

  private List<KeyResult> amounts(Kpi kpi, QuarterEnds ends, List<BigDecimal> planned, Trajectory trajectory,
      Actuals actuals, LocalDate asOf) {
    List<BigDecimal> parts = Trajectory.parts(BigDecimal.ZERO, planned);
    int n = ends.size();
    LocalDate opens = ends.firstDay(0);
    DatedValue latest = actuals == null ? null : actuals.latest(kpi.id(), asOf).orElse(null);
    if (latest != null && !latest.date().isBefore(opens)) {
      int p = index(ends.quarters(), latest.date());
      // The last quarter the actuals cover completely: p when the latest closes it, else the one before.
      int c = p < n - 1 && latest.date().equals(ends.lastDay(p)) ? p : p - 1;
      if (c >= 0 && p < n - 1) {
        BigDecimal achieved = BigDecimal.ZERO;
        for (double v : actuals.series(kpi.id()).subMap(opens, true, ends.lastDay(c), true).values()) {
          achieved = achieved.add(Decimals.of(v));
        }
        parts = trajectory.partsFrom(parts, c, p, achieved);
      }
    }
    KeyResultType type = kpi.direction() == Direction.DECREASE ? KeyResultType.LIMIT : KeyResultType.DELIVER;
    List<KeyResult> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(keyResult(kpi, ends, i, type, 0, parts.get(i).doubleValue()));
    }
    return out;
  }

  /**
   * One KEEP_BETWEEN key result per quarter, the band being the KPI's range.
   *
   * @param endsAtTarget whether the quarters are the KPI's own horizon, so the last is due at its target date
   */
  List<KeyResult> keepBetween(Kpi kpi, List<FiscalQuarter> quarters, boolean endsAtTarget) {
    Range band = kpi.range().orElseThrow();
    List<KeyResult> out = new ArrayList<>(quarters.size());
    for (int i = 0; i < quarters.size(); i++) {
      boolean last = endsAtTarget && i == quarters.size() - 1;
      out.add(keyResult(kpi, quarters.get(i), KeyResultType.KEEP_BETWEEN, band.low(), band.high(), last));
    }
    return out;
  }

  /**
   * A RANGE KPI that starts outside its band steps along its expected path: each quarter whose planned close
   * still lies outside the band moves toward it (REDUCE from above, INCREASE from below, or keeps its level
   * where the pacing asks for no move that quarter); from the first quarter that closes inside the band on, the
   * band is kept. So the plan says what the score judges by: the path until the band is reached.
   */
  private List<KeyResult> intoBand(Kpi kpi, List<FiscalQuarter> horizon, ExpectedPath path) {
    Range band = kpi.range().orElseThrow();
    boolean fromAbove = kpi.baseline().orElseThrow().value() > band.high();
    int n = horizon.size();
    List<KeyResult> out = new ArrayList<>(n);
    double start = kpi.baseline().orElseThrow().value();
    for (int i = 0; i < n; i++) {
      double end = i == n - 1 ? kpi.target().orElseThrow().value()
          : path.levelAt(lastDayOf(horizon.get(i)), kpi.precision()).doubleValue();
      if (band.contains(end)) {
        out.addAll(keepBetween(kpi, horizon.subList(i, n), true));
        return out;
      }
      int move = Double.compare(end, start);
      KeyResultType type = fromAbove ? (move < 0 ? KeyResultType.REDUCE : KeyResultType.KEEP_AT_MOST)
          : (move > 0 ? KeyResultType.INCREASE : KeyResultType.KEEP_AT_LEAST);
      out.add(keyResult(kpi, horizon.get(i), type, start, type.isThreshold() ? start : end, i == n - 1));
      start = type.isThreshold() ? start : end;
    }
    return out;
  }

  private KeyResult keyResult(Kpi kpi, FiscalQuarter q, KeyResultType type, double start, double end,
      boolean last) {
    return keyResult(kpi, q, firstDayOf(q), lastDayOf(q), type, start, end, last);
  }

  /** The key result of quarter i of a lane's horizon, whose days the lane knows. */
  private KeyResult keyResult(Kpi kpi, QuarterEnds ends, int i, KeyResultType type, double start, double end) {
    return keyResult(kpi, ends.quarters().get(i), ends.firstDay(i), ends.lastDay(i), type, start, end,
        i == ends.size() - 1);
  }

  /** A key result due at the quarter's close, or at the KPI's target date when the last quarter closes later. */
  private static KeyResult keyResult(Kpi kpi, FiscalQuarter q, LocalDate opens, LocalDate close,
      KeyResultType type, double start, double end, boolean last) {
    LocalDate due = last && kpi.target().isPresent() && kpi.target().get().date().isBefore(close)
        ? kpi.target().get().date() : close;
    return new KeyResult(kpi.id(), q, kpi.name(), kpi.unit(), kpi.precision(), kpi.weight(), type, start, end,
        opens, due, kpi.scale());
  }

  /** The position in the horizon of the quarter holding a date; n or more when it lies after the horizon. */
  private int index(List<FiscalQuarter> horizon, LocalDate date) {
    try {
      return (int) Math.min(Integer.MAX_VALUE, horizon.get(0).until(quarterOf(date)));
    } catch (ValidationException e) {
      // The date's fiscal year is past FY9999 (callers only ask about dates after the horizon opens): it lies
      // after the horizon, which the calendar could still label.
      return Integer.MAX_VALUE;
    }
  }
}
