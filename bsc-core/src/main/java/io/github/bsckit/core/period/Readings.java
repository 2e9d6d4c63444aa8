package io.github.bsckit.core.period;

import com.google.common.collect.ImmutableSortedMap;
import io.github.bsckit.core.model.EmptyPeriods;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.LevelAggregate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * One KPI's actuals as ascending parallel arrays, and the one rule that values a span of them by the KPI's kind,
 * aggregate and empty-period policy: period series, to-date figures and calculated KPIs all read through it.
 * Immutable once made (the arrays never leave this package).
 *
 * <p>Why arrays: a calculated KPI values each input in every period, and cutting a sorted sub-map per input per
 * period (a view object, an iterator, boxed doubles) cost several times the arithmetic; a binary search on epoch
 * days finds the same span without allocating.
 */
final class Readings {
  private final KpiKind kind;
  private final LevelAggregate aggregate;
  private final EmptyPeriods empty;
  private final long[] days;
  private final LocalDate[] dates;
  private final double[] values;
  private final int size;

  private Readings(Kpi k, long[] days, LocalDate[] dates, double[] values, int size) {
    this.kind = k.kind();
    this.aggregate = k.aggregate();
    this.empty = k.emptyPeriods();
    this.days = days;
    this.dates = dates;
    this.values = values;
    this.size = size;
  }

  /** {@return a KPI's actuals, ascending by date, as readings} */
  static Readings of(Kpi k, NavigableMap<LocalDate, Double> series) {
    // Arrays of keys and values in one copy each (the actuals' immutable maps copy their backing arrays).
    LocalDate[] dates = series.keySet().toArray(new LocalDate[0]);
    Double[] boxed = series.values().toArray(new Double[0]);
    int n = dates.length;
    long[] days = new long[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      days[i] = dates[i].toEpochDay();
      values[i] = boxed[i];
    }
    return new Readings(k, days, dates, values, n);
  }

  /** A builder of readings in ascending date order, for values computed period by period. */
  static final class Builder {
    private final Kpi kpi;
    private long[] days = new long[16];
    private LocalDate[] dates = new LocalDate[16];
    private double[] values = new double[16];
    private int size;

    Builder(Kpi kpi) {
      this.kpi = kpi;
    }

    /** Adds a value dated after every value added so far. */
    void add(LocalDate date, double value) {
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
        dates = Arrays.copyOf(dates, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      days[size] = date.toEpochDay();
      dates[size] = date;
      values[size] = value;
      size++;
    }

    Readings build() {
      return new Readings(kpi, days, dates, values, size);
    }
  }

  /** {@return the readings as an immutable map by date, ascending} */
  SortedMap<LocalDate, Double> toMap() {
    ImmutableSortedMap.Builder<LocalDate, Double> b = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < size; i++) {
      b.put(dates[i], values[i]);
    }
    return b.buildOrThrow();
  }

  /** {@return how many readings there are} */
  int size() {
    return size;
  }

  /** {@return the date of the i-th reading} */
  LocalDate date(int i) {
    return dates[i];
  }

  /** {@return the value of the i-th reading} */
  double value(int i) {
    return values[i];
  }

  /** {@return the epoch day of the i-th reading} */
  long day(int i) {
    return days[i];
  }

  /** {@return the index of the first reading dated on or after the day; {@link #size()} if none is} */
  int ceiling(long day) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@return the index of the first reading dated on or after a date} */
  int ceiling(LocalDate date) {
    return ceiling(date.toEpochDay());
  }

  /** {@return the index of the first reading dated after a date} */
  int after(LocalDate date) {
    return ceiling(date.toEpochDay() + 1); // LocalDate.MAX's epoch day is far below Long.MAX_VALUE
  }

  /**
   * The value of the readings {@code from} (inclusive) to {@code to} (exclusive): a FLOW's sum, a LEVEL's last or
   * mean; with none, what the empty-period policy fills in (zero, or the last value before {@code from} when
   * carried), or empty.
   */
  OptionalDouble valueOf(int from, int to) {
    double v = valueOrNaN(from, to);
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * {@return the value of the readings {@code from} (inclusive) to {@code to} (exclusive), as {@link
   *     #valueOf(int, int)}, without boxing: NaN for none (actuals are never NaN)}
   */
  double valueOrNaN(int from, int to) {
    if (to > from) {
      return measured(from, to);
    }
    if (empty == EmptyPeriods.ZERO) {
      return 0;
    }
    return empty == EmptyPeriods.CARRY && from > 0 ? values[from - 1] : Double.NaN;
  }

  /** {@return the point of one period: its readings' value, or what the empty-period policy fills in} */
  PeriodSeries.Point pointIn(TimePeriod p) {
    int from = ceiling(p.first());
    int to = after(p.last());
    if (to > from) {
      return new PeriodSeries.Point(p, OptionalDouble.of(measured(from, to)), to - from, Optional.of(dates[to - 1]),
          false);
    }
    OptionalDouble fill = valueOf(from, to);
    return new PeriodSeries.Point(p, fill, 0, Optional.empty(), fill.isPresent());
  }

  private double measured(int from, int to) {
    if (kind == KpiKind.LEVEL && aggregate == LevelAggregate.LAST) {
      return values[to - 1];
    }
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += values[i];
    }
    return kind == KpiKind.FLOW ? sum : sum / (to - from);
  }
}
