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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A generator of KPIs that pass every core rule, narrowed to some directions, indicators or kinds. Get one
 * from {@link KpiGenerators}. Immutable and thread-safe; each narrowing returns a new generator.
 *
 * <p>What it makes: a name and unit that fit the scale (percent, money, count, days, score, ratio); a
 * precision of 0 to 10 decimals (mostly 0 to 2); a baseline nine times in ten; an INCREASE target at or above
 * the baseline and a DECREASE target at or below it; a RANGE band with, half the time, a target inside it;
 * 0 to 3 milestones strictly between the baseline and target dates, their values moving monotonically from
 * baseline to target; dates from 2020 to 2035. FLOW KPIs only count money, things or days.
 */
public final class KpiGenerator implements Generator<Kpi> {
  /** Monthly first: the simplest frequency is the most common one. */
  private static final List<Frequency> FREQUENCIES = List.of(Frequency.MONTHLY, Frequency.QUARTERLY,
      Frequency.ANNUAL, Frequency.WEEKLY, Frequency.SEMIANNUAL, Frequency.DAILY);
  private static final long FIRST_DAY = LocalDate.of(2020, 1, 1).toEpochDay();
  private static final long LAST_BASELINE_DAY = LocalDate.of(2030, 12, 31).toEpochDay();

  static final KpiGenerator DEFAULT = new KpiGenerator(null, List.of(Direction.values()),
      List.of(Indicator.LAGGING, Indicator.LEADING), List.of(KpiKind.values()));

  private final Generator<KpiId> ids;
  private final List<Direction> directions;
  private final List<Indicator> indicators;
  private final List<KpiKind> kinds;

  private KpiGenerator(Generator<KpiId> ids, List<Direction> directions, List<Indicator> indicators,
      List<KpiKind> kinds) {
    this.ids = ids;
    this.directions = directions;
    this.indicators = indicators;
    this.kinds = kinds;
  }

  KpiGenerator ids(Generator<KpiId> ids) {
    return new KpiGenerator(ids, directions, indicators, kinds);
  }

  /**
   * {@return a generator of KPIs with one of these directions; the first is the simplest}
   *
   * @param directions the allowed directions, at least one
   * @throws BscException if none is given
   */
  public KpiGenerator directions(Direction... directions) {
    return new KpiGenerator(ids, nonEmpty("directions", directions), indicators, kinds);
  }

  /**
   * {@return a generator of KPIs with one of these indicators; the first is the simplest}
   *
   * @param indicators the allowed indicators, at least one
   * @throws BscException if none is given
   */
  public KpiGenerator indicators(Indicator... indicators) {
    return new KpiGenerator(ids, directions, nonEmpty("indicators", indicators), kinds);
  }

  /**
   * {@return a generator of KPIs of one of these kinds; the first is the simplest}
   *
   * @param kinds the allowed kinds, at least one
   * @throws BscException if none is given
   */
  public KpiGenerator kinds(KpiKind... kinds) {
    return new KpiGenerator(ids, directions, indicators, nonEmpty("kinds", kinds));
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
    long lo = scale.minUnits(p);
    long hi = scale.maxUnits(p);
    String name = source.chance(10) ? NameGenerators.any().generate(source) : pick(source, scale.names);
    String unit = pick(source, scale.units);
    Frequency frequency = pick(source, FREQUENCIES);
    double weight = source.chance(20) ? source.between(0, 100) / 10.0 : 1.0;

    boolean hasBaseline = !source.chance(10);
    long baselineDay = FIRST_DAY + source.between(0, LAST_BASELINE_DAY - FIRST_DAY);
    long days = source.chance(30) ? source.between(1, 5 * 365) : 364;
    long b = lo + source.between(0, hi - lo);

    Optional<Range> range = Optional.empty();
    Optional<Long> target;
    if (direction == Direction.RANGE) {
      long low = lo + source.between(0, hi - lo);
      long high = low + source.between(0, hi - low);
      range = Optional.of(Range.of(Scale.value(low, p), Scale.value(high, p)));
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
      int m = (int) source.between(0, Math.min(3, days - 1));
      long previousDay = 0;
      long previousValue = b;
      long t = target.get();
      for (int i = 0; i < m; i++) {
        long day = previousDay + 1 + source.between(0, days - 1 - (m - 1 - i) - (previousDay + 1));
        long step = source.between(0, Math.abs(t - previousValue));
        long value = t >= previousValue ? previousValue + step : previousValue - step;
        milestones.add(DatedValue.of(Scale.value(value, p), LocalDate.ofEpochDay(baselineDay + day)));
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
        ? Optional.of(DatedValue.of(Scale.value(b, p), LocalDate.ofEpochDay(baselineDay))) : Optional.empty();
    Optional<DatedValue> targetValue = target.map(t -> DatedValue.of(Scale.value(t, p),
        LocalDate.ofEpochDay(baselineDay + days)));
    return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, p, weight, baseline, targetValue,
        milestones, thresholds, Optional.empty());
  }

  private static <E> E pick(Source source, List<E> values) {
    return values.get(source.between(0, values.size() - 1));
  }

  /** {@return for example {@code KpiGenerator[directions=[INCREASE], indicators=[LEADING], kinds=[LEVEL, FLOW]]}} */
  @Override
  public String toString() {
    return "KpiGenerator[directions=" + directions + ", indicators=" + indicators + ", kinds=" + kinds + "]";
  }
}
