package io.github.bsckit.testkit.model;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Indicator;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Range;
import io.github.bsckit.core.model.Thresholds;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A generator of KPIs that pass every core rule, narrowed to some directions, indicators or kinds, and shaped
 * for what a test reads. Get one from {@link KpiGenerators}. Immutable and thread-safe; each setting returns a
 * new generator.
 *
 * <p>What it makes by default: a name and unit that fit the scale (percent, money, count, days, score, ratio);
 * a precision of 0 to 10 decimals (mostly 0 to 2); a baseline nine times in ten; an INCREASE target at or above
 * the baseline and a DECREASE target at or below it; a RANGE band with, half the time, a target inside it;
 * 0 to 3 milestones strictly between the baseline and target dates, their values moving monotonically from
 * baseline to target; a target a year after the baseline seven times in ten, otherwise 1 day to 5 years after;
 * baseline dates from 2020 to 2030; values with no more decimals than the precision. FLOW KPIs only count
 * money, things or days, never negative amounts.
 *
 * <p>Tests of code that plans or rounds with a KPI's numbers (pacing, key results, scoring) want rougher
 * input, which the core rules allow: {@link #withBaseline()}, {@link #milestones(int, int)},
 * {@link #horizonDays(int, int)}, {@link #finerThanPrecision(int)}, {@link #anySign()} and
 * {@link #milestonesAnywhere()}.
 *
 * <pre>{@code
 * // A KPI as a planner sees it: baseline and target, up to six years apart, typed with more decimals than
 * // it is shown with, of any sign, with up to three milestones that may dip or overshoot.
 * Generator<Kpi> planned = KpiGenerators.withId(KpiId.of("revenue")).kinds(KpiKind.FLOW)
 *     .directions(Direction.INCREASE, Direction.DECREASE).withBaseline().horizonDays(1, 6 * 366)
 *     .finerThanPrecision(3).anySign().milestonesAnywhere();
 * }</pre>
 */
public final class KpiGenerator implements Generator<Kpi> {
  /** Monthly first: the simplest frequency is the most common one. */
  private static final List<Frequency> FREQUENCIES = List.of(Frequency.MONTHLY, Frequency.QUARTERLY,
      Frequency.ANNUAL, Frequency.WEEKLY, Frequency.SEMIANNUAL, Frequency.DAILY);
  private static final long FIRST_DAY = LocalDate.of(2020, 1, 1).toEpochDay();
  private static final long LAST_BASELINE_DAY = LocalDate.of(2030, 12, 31).toEpochDay();

  /** The longest horizon {@link #horizonDays(int, int)} accepts: a hundred years. */
  private static final int MAX_HORIZON_DAYS = 36_525;

  static final KpiGenerator DEFAULT = new KpiGenerator(null, List.of(Direction.values()),
      List.of(Indicator.LAGGING, Indicator.LEADING), List.of(KpiKind.values()), Shape.DEFAULT);

  /**
   * The settings for the numbers. {@code minDays == 0} means the default horizon; each default consumes the
   * same choices as before the setting existed, so seeded samples stay the same.
   */
  private record Shape(boolean alwaysBaseline, int minMilestones, int maxMilestones, int minDays, int maxDays,
      int extraDecimals, boolean anySign, boolean milestonesAnywhere) {
    static final Shape DEFAULT = new Shape(false, 0, 3, 0, 0, 0, false, false);
  }

  private final Generator<KpiId> ids;
  private final List<Direction> directions;
  private final List<Indicator> indicators;
  private final List<KpiKind> kinds;
  private final Shape shape;

  private KpiGenerator(Generator<KpiId> ids, List<Direction> directions, List<Indicator> indicators,
      List<KpiKind> kinds, Shape shape) {
    this.ids = ids;
    this.directions = directions;
    this.indicators = indicators;
    this.kinds = kinds;
    this.shape = shape;
  }

  KpiGenerator ids(Generator<KpiId> ids) {
    return new KpiGenerator(ids, directions, indicators, kinds, shape);
  }

  private KpiGenerator shape(Shape shape) {
    return new KpiGenerator(ids, directions, indicators, kinds, shape);
  }

  /**
   * {@return a generator of KPIs with one of these directions; the first is the simplest}
   *
   * @param directions the allowed directions, at least one
   * @throws BscException if none is given
   */
  public KpiGenerator directions(Direction... directions) {
    return new KpiGenerator(ids, nonEmpty("directions", directions), indicators, kinds, shape);
  }

  /**
   * {@return a generator of KPIs with one of these indicators; the first is the simplest}
   *
   * @param indicators the allowed indicators, at least one
   * @throws BscException if none is given
   */
  public KpiGenerator indicators(Indicator... indicators) {
    return new KpiGenerator(ids, directions, nonEmpty("indicators", indicators), kinds, shape);
  }

  /**
   * {@return a generator of KPIs of one of these kinds; the first is the simplest}
   *
   * @param kinds the allowed kinds, at least one
   * @throws BscException if none is given
   */
  public KpiGenerator kinds(KpiKind... kinds) {
    return new KpiGenerator(ids, directions, indicators, nonEmpty("kinds", kinds), shape);
  }

  /**
   * {@return a generator of KPIs that always have a baseline (default: nine in ten do)} Together with
   * {@code directions(INCREASE, DECREASE)} every KPI has a baseline and a target, which is what a planner
   * needs.
   */
  public KpiGenerator withBaseline() {
    Shape s = shape;
    return shape(new Shape(true, s.minMilestones, s.maxMilestones, s.minDays, s.maxDays, s.extraDecimals,
        s.anySign, s.milestonesAnywhere));
  }

  /**
   * {@return a generator of KPIs with [min, max] milestones (default 0 to 3)} Milestones need a baseline and a
   * target and lie on distinct days strictly between their dates, so a KPI without a baseline, a RANGE KPI,
   * or one whose horizon has fewer days than {@code min} gets fewer.
   *
   * @param min the fewest milestones, at least 0
   * @param max the most milestones, from {@code min} to 12
   * @throws BscException if the bounds are wrong
   */
  public KpiGenerator milestones(int min, int max) {
    Checks.requireAtLeast("min", min, 0);
    Checks.requireAtMost("min", min, max);
    Checks.requireBetween("max", max, min, 12);
    Shape s = shape;
    return shape(new Shape(s.alwaysBaseline, min, max, s.minDays, s.maxDays, s.extraDecimals, s.anySign,
        s.milestonesAnywhere));
  }

  /**
   * {@return a generator whose targets fall [min, max] days after their baselines, every length equally likely
   * (default: a year, 364 days, seven times in ten, otherwise 1 day to 5 years)} A long horizon spans several
   * fiscal years.
   *
   * @param min the fewest days, at least 1
   * @param max the most days, at most 36,525 (a hundred years)
   * @throws BscException if the bounds are wrong
   */
  public KpiGenerator horizonDays(int min, int max) {
    Checks.requireAtLeast("min", min, 1);
    Checks.requireAtMost("min", min, max);
    Checks.requireBetween("max", max, min, MAX_HORIZON_DAYS);
    Shape s = shape;
    return shape(new Shape(s.alwaysBaseline, s.minMilestones, s.maxMilestones, min, max, s.extraDecimals,
        s.anySign, s.milestonesAnywhere));
  }

  /**
   * {@return a generator whose values (baseline, target, milestones, range) may carry up to {@code extra}
   * decimals more than the KPI's precision, as people type them: 85.125 for a KPI shown with two decimals
   * (default 0: values fit the precision)} The core rules do not ask values to fit the precision; code that
   * rounds to it, such as a planner, must cope. The decimals stop at the most the KPI's scale can hold exactly
   * in a double (8 for money, 10 for the others).
   *
   * @param extra how many decimals beyond the precision, 0 to 10
   * @throws BscException if {@code extra} is outside 0 to 10
   */
  public KpiGenerator finerThanPrecision(int extra) {
    Checks.requireBetween("extra", extra, 0, 10);
    Shape s = shape;
    return shape(new Shape(s.alwaysBaseline, s.minMilestones, s.maxMilestones, s.minDays, s.maxDays, extra,
        s.anySign, s.milestonesAnywhere));
  }

  /**
   * {@return a generator whose values may be negative on every scale, flows included: a net outflow, a
   * shrinking customer base, a loss (default: only scores go below zero)} For tests of arithmetic that must
   * hold whatever the sign; the names and units stay those of the scale, so "Revenue" may run from -3 to -1.
   */
  public KpiGenerator anySign() {
    Shape s = shape;
    return shape(new Shape(s.alwaysBaseline, s.minMilestones, s.maxMilestones, s.minDays, s.maxDays,
        s.extraDecimals, true, s.milestonesAnywhere));
  }

  /**
   * {@return a generator whose milestone values may lie anywhere on the scale rather than on the way from
   * baseline to target: a plan that dips before it recovers, or overshoots and comes back (default: milestones
   * move monotonically from baseline to target)} The core rules allow it, and a planner that steps from
   * milestone to milestone must handle it.
   */
  public KpiGenerator milestonesAnywhere() {
    Shape s = shape;
    return shape(new Shape(s.alwaysBaseline, s.minMilestones, s.maxMilestones, s.minDays, s.maxDays,
        s.extraDecimals, s.anySign, true));
  }

  private static <E> List<E> nonEmpty(String name, E[] values) {
    List<E> list = List.of(values);
    if (list.isEmpty()) {
      throw new BscException(name + " must name at least one value but was " + Arrays.toString(values));
    }
    return list;
  }

  @Override
  public Kpi generate(Source source) {
    KpiId id = ids.generate(source);
    KpiKind kind = pick(source, kinds);
    Direction direction = pick(source, directions);
    Indicator indicator = pick(source, indicators);
    Scale scale = pick(source, kind == KpiKind.FLOW ? Scale.FLOWS : Scale.ALL);
    int p = scale.precision(source);
    // Values are whole units of 10^-vp; vp > p only when asked, and never beyond what the scale holds exactly.
    int vp = shape.extraDecimals == 0 ? p : Math.max(p, Math.min(p + shape.extraDecimals, scale.maxPrecision));
    long hi = scale.maxUnits(vp);
    long lo = shape.anySign ? -hi : scale.minUnits(vp);
    String name = source.chance(10) ? NameGenerators.any().generate(source) : pick(source, scale.names);
    String unit = pick(source, scale.units);
    Frequency frequency = pick(source, FREQUENCIES);
    double weight = source.chance(20) ? source.between(0, 100) / 10.0 : 1.0;

    boolean hasBaseline = shape.alwaysBaseline || !source.chance(10);
    long baselineDay = FIRST_DAY + source.between(0, LAST_BASELINE_DAY - FIRST_DAY);
    long days = horizon(source);
    long b = lo + source.between(0, hi - lo);

    Optional<Range> range = Optional.empty();
    Optional<Long> target;
    if (direction == Direction.RANGE) {
      long low = lo + source.between(0, hi - lo);
      long high = low + source.between(0, hi - low);
      range = Optional.of(Range.of(Scale.value(low, vp), Scale.value(high, vp)));
      target = source.chance(50) ? Optional.of(low + source.between(0, high - low)) : Optional.empty();
    } else if (!hasBaseline) {
      target = Optional.of(lo + source.between(0, hi - lo));
    } else if (direction == Direction.INCREASE) {
      target = Optional.of(b + source.between(0, hi - b));
    } else {
      target = Optional.of(b - source.between(0, b - lo));
    }

    List<DatedValue> milestones = new ArrayList<>();
    if (hasBaseline && target.isPresent() && direction != Direction.RANGE) {
      int m = (int) source.between(Math.min(shape.minMilestones, days - 1), Math.min(shape.maxMilestones, days - 1));
      long previousDay = 0;
      long previousValue = b;
      long t = target.get();
      for (int i = 0; i < m; i++) {
        long day = previousDay + 1 + source.between(0, days - 1 - (m - 1 - i) - (previousDay + 1));
        long value;
        if (shape.milestonesAnywhere) {
          value = lo + source.between(0, hi - lo);
        } else {
          long step = source.between(0, Math.abs(t - previousValue));
          value = t >= previousValue ? previousValue + step : previousValue - step;
        }
        milestones.add(DatedValue.of(Scale.value(value, vp), LocalDate.ofEpochDay(baselineDay + day)));
        previousDay = day;
        previousValue = value;
      }
    }

    Optional<Thresholds> thresholds = Optional.empty();
    if (source.chance(10)) {
      int atRisk = source.between(0, 100);
      int onTrack = atRisk + source.between(0, 100 - atRisk);
      thresholds = Optional.of(Thresholds.of(onTrack / 100.0, atRisk / 100.0));
    }
    Optional<DatedValue> baseline = hasBaseline
        ? Optional.of(DatedValue.of(Scale.value(b, vp), LocalDate.ofEpochDay(baselineDay))) : Optional.empty();
    Optional<DatedValue> targetValue = target.map(t -> DatedValue.of(Scale.value(t, vp),
        LocalDate.ofEpochDay(baselineDay + days)));
    return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, p, weight, baseline, targetValue,
        milestones, Optional.empty(), thresholds, Optional.empty());
  }

  /** Days from baseline to target. */
  private long horizon(Source source) {
    if (shape.minDays > 0) {
      return source.between(shape.minDays, shape.maxDays);
    }
    return source.chance(30) ? source.between(1, 5 * 365) : 364;
  }

  private static <E> E pick(Source source, List<E> values) {
    return values.get(source.between(0, values.size() - 1));
  }

  /**
   * {@return the settings, for example {@code KpiGenerator[directions=[INCREASE], indicators=[LEADING],
   * kinds=[LEVEL, FLOW], milestones=0..3]}, naming the number settings only where they are not the default}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("KpiGenerator[directions=" + directions + ", indicators=" + indicators
        + ", kinds=" + kinds + ", milestones=" + shape.minMilestones + ".." + shape.maxMilestones);
    if (shape.alwaysBaseline) {
      out.append(", withBaseline");
    }
    if (shape.minDays > 0) {
      out.append(", horizonDays=").append(shape.minDays).append("..").append(shape.maxDays);
    }
    if (shape.extraDecimals > 0) {
      out.append(", finerThanPrecision=").append(shape.extraDecimals);
    }
    if (shape.anySign) {
      out.append(", anySign");
    }
    if (shape.milestonesAnywhere) {
      out.append(", milestonesAnywhere");
    }
    return out.append(']').toString();
  }
}
