package io.github.bsckit.core.model;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Measured values of KPIs over time: one series ({@code date → value}) per KPI. Actuals are kept apart from
 * the strategy: the same scorecard is scored against different actuals at different dates. Immutable and
 * thread-safe; every {@code with…} returns a new value.
 *
 * <pre>{@code
 * Actuals actuals = Actuals.builder()
 *     .add("retention", "2026-03-31", 86)
 *     .add("retention", "2026-06-30", 87.2)
 *     .build();
 * actuals.latest(KpiId.of("retention"), LocalDate.parse("2026-05-01"));   // 86 @ 2026-03-31
 * }</pre>
 */
public final class Actuals {
  private static final Actuals EMPTY = new Actuals(ImmutableSortedMap.of());

  private final ImmutableSortedMap<KpiId, ImmutableSortedMap<LocalDate, Double>> series;
  /**
   * The KPIs and their columns in one open-addressed table, {@code [id, column, id, column, …]}, a power of two
   * of pairs at most half full: a lookup reads the id's hash, one slot and its neighbour, where a concurrent
   * hash map read a node more and spread the hash first. The ids are set here; each column (each KPI's series
   * as sorted primitive arrays: a binary search on its days is many times cheaper than the sorted map's) is
   * made on first lookup. Columns are immutable values derived from the immutable series, their fields final,
   * so filling slots racily between threads is safe: a thread sees a whole column or none and then makes an
   * equal one.
   */
  private final Object[] table;

  /**
   * The actuals this one was merged from, when that one was not itself a merge: the columns of the KPIs the
   * merge left alone are made (and kept) there, so scoring, which merges calculated KPIs' values into the
   * measured ones on every report, builds each measured KPI's arrays once, not once per report. Null otherwise.
   */
  private final Actuals source;
  /** The KPIs whose series the merge replaced, which {@link #source} must not answer for. */
  private final ImmutableSortedSet<KpiId> replaced;

  /** A date and its epoch day: immutable, so sharing it between threads through a plain field is safe. */
  private record Day(LocalDate date, long epochDay) {}

  /**
   * The last date asked about and its epoch day, or null: a caller usually asks about many KPIs as of one
   * date, and {@link LocalDate#toEpochDay} costs as much as the rest of a lookup. Not final, so a thread that
   * was handed these actuals through a data race may see null or another thread's {@link Day}; both are
   * handled (null is a miss, and a Day is immutable and whole), so no lookup depends on safe publication.
   */
  private Day lastDay;

  private Actuals(ImmutableSortedMap<KpiId, ImmutableSortedMap<LocalDate, Double>> series) {
    this(series, null, ImmutableSortedSet.of());
  }

  private Actuals(ImmutableSortedMap<KpiId, ImmutableSortedMap<LocalDate, Double>> series, Actuals source,
      ImmutableSortedSet<KpiId> replaced) {
    this.series = series;
    this.source = source;
    this.replaced = replaced;
    int pairs = Integer.highestOneBit(Math.max(1, series.size()) * 2 - 1) * 2;
    table = new Object[pairs * 2];
    for (KpiId id : series.keySet()) {
      int i = slot(id, pairs - 1);
      while (table[i] != null) {
        i = (i + 2) & (table.length - 1);
      }
      table[i] = id;
    }
  }

  /** {@return the table index of the first slot to probe for an id} */
  private static int slot(KpiId id, int mask) {
    int h = id.hashCode();
    return ((h ^ (h >>> 16)) & mask) << 1;
  }

  /**
   * One KPI's series as parallel arrays, ascending by date. The days are kept as int offsets from the first
   * day when the series spans fewer than 2^31 days (any series not stretched across the ends of time), which
   * halves the memory a binary search walks through; as epoch days otherwise.
   */
  private static final class Column {
    /** The first value's epoch day. */
    final long first;
    /** The latest value's epoch day ({@link Long#MAX_VALUE} for no values, so nothing is on or after it). */
    final long last;
    /** Each value's epoch day minus {@link #first}, or null when some do not fit an int. */
    final int[] offsets;
    /** Each value's epoch day, when {@link #offsets} is null; else null. */
    final long[] days;
    final LocalDate[] dates;
    final double[] values;
    /**
     * The answer of {@link Actuals#latest} per index, made on first use: a lookup that finds an index already
     * asked for allocates nothing. Filled racily but safely: each answer is an immutable value whose fields are
     * final, and two threads that both make one make equal ones.
     */
    final Optional<DatedValue>[] latest;
    /** The answer for the latest value, kept apart from {@link #latest} (racy but safe, as there). */
    Optional<DatedValue> atEnd;
    /** The whole series' {@linkplain Actuals#maxDaysBetweenValues most days between consecutive values}. */
    final long maxDays;

    @SuppressWarnings("unchecked")
    Column(ImmutableSortedMap<LocalDate, Double> s) {
      int n = s.size();
      dates = s.keySet().toArray(new LocalDate[0]);
      values = new double[n];
      latest = (Optional<DatedValue>[]) new Optional<?>[n];
      int i = 0;
      for (Double v : s.values()) {
        values[i++] = v;
      }
      first = n == 0 ? 0 : dates[0].toEpochDay();
      last = n == 0 ? Long.MAX_VALUE : dates[n - 1].toEpochDay();
      long widest = 0;
      if (n == 0 || dates[n - 1].toEpochDay() - first < Integer.MAX_VALUE) {
        offsets = new int[n];
        for (i = 0; i < n; i++) {
          offsets[i] = (int) (dates[i].toEpochDay() - first);
          widest = i == 0 ? 0 : Math.max(widest, offsets[i] - offsets[i - 1]);
        }
        days = null;
      } else {
        days = new long[n];
        for (i = 0; i < n; i++) {
          days[i] = dates[i].toEpochDay();
          widest = i == 0 ? 0 : Math.max(widest, days[i] - days[i - 1]);
        }
        offsets = null;
      }
      maxDays = widest;
    }

    int size() {
      return values.length;
    }

    /** {@return the epoch day of the value at an index} */
    long day(int i) {
      return offsets != null ? first + offsets[i] : days[i];
    }

    /** {@return where the day is or would be inserted, as {@link Arrays#binarySearch(long[], long)} says} */
    private int search(long day) {
      if (offsets == null) {
        return Arrays.binarySearch(days, day);
      }
      // Offsets lie in [0, Integer.MAX_VALUE - 1]: clamping the key to an int keeps every comparison's outcome.
      long key = day - first;
      return Arrays.binarySearch(offsets, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, key)));
    }

    /** {@return the index of the last value dated on or before the day, or -1} */
    int floor(long day) {
      if (day >= last) {
        return values.length - 1; // on or after the latest value, as most lookups are: no search
      }
      int i = search(day);
      return i >= 0 ? i : -i - 2;
    }

    /** {@return the index of the first value dated on or after the day, or the number of values} */
    int ceiling(long day) {
      int i = search(day);
      return i >= 0 ? i : -i - 1;
    }

    DatedValue at(int i) {
      return new DatedValue(values[i], dates[i]);
    }

    Optional<DatedValue> latestAt(int i) {
      if (i == values.length - 1) {
        // The latest value, the usual answer: kept on the column itself, which a lookup reads anyway.
        Optional<DatedValue> end = atEnd;
        if (end == null) {
          end = Optional.of(at(i));
          atEnd = end;
        }
        return end;
      }
      Optional<DatedValue> known = latest[i];
      if (known == null) {
        known = Optional.of(at(i));
        latest[i] = known;
      }
      return known;
    }
  }

  /** {@return the KPI's column, or null when it has no values} */
  private Column column(KpiId kpi) {
    Object[] t = table;
    int mask = t.length - 1;
    for (int i = slot(Objects.requireNonNull(kpi, "kpi"), mask >> 1); ; i = (i + 2) & mask) {
      Object k = t[i];
      if (k == null) {
        return null;
      }
      if (k == kpi || k.equals(kpi)) {
        Column c = (Column) t[i + 1];
        if (c == null) {
          c = source != null && !replaced.contains(kpi) ? source.column(kpi) : new Column(series.get(kpi));
          t[i + 1] = c;
        }
        return c;
      }
    }
  }

  /** {@return the date's epoch day, remembered for the next lookup at the same date} */
  private long epochDay(LocalDate date) {
    Day d = lastDay;
    if (d == null || d.date() != date && !d.date().equals(date)) {
      d = new Day(date, date.toEpochDay());
      lastDay = d;
    }
    return d.epochDay();
  }

  /** {@return actuals with no values} */
  public static Actuals empty() {
    return EMPTY;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the KPIs that have at least one value, sorted by id; unmodifiable} */
  public SortedSet<KpiId> kpis() {
    return series.keySet();
  }

  /**
   * The series of one KPI.
   *
   * @param kpi the KPI's id
   * @return its values by date, ascending; empty when it has none; unmodifiable
   */
  public NavigableMap<LocalDate, Double> series(KpiId kpi) {
    Objects.requireNonNull(kpi, "kpi");
    ImmutableSortedMap<LocalDate, Double> s = series.get(kpi);
    return s == null ? ImmutableSortedMap.of() : s;
  }

  /**
   * The latest value of a KPI on or before a date: the value to score as of that date.
   *
   * @param kpi the KPI's id
   * @param asOf the as-of date; values after it are ignored
   * @return the latest value with its date, or empty when there is none on or before {@code asOf}
   */
  public Optional<DatedValue> latest(KpiId kpi, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Column c = column(kpi);
    int i = c == null ? -1 : c.floor(epochDay(asOf));
    return i < 0 ? Optional.empty() : c.latestAt(i);
  }

  /**
   * The earliest value of a KPI on or after a date, the mirror of {@link #latest}: where a series resumes
   * after a gap. O(log n).
   *
   * @param kpi the KPI's id
   * @param from the first date considered; values before it are ignored
   * @return the earliest value with its date, or empty when there is none on or after {@code from}
   */
  public Optional<DatedValue> earliest(KpiId kpi, LocalDate from) {
    Objects.requireNonNull(from, "from");
    Column c = column(kpi);
    int i = c == null ? 0 : c.ceiling(from.toEpochDay());
    return c == null || i == c.size() ? Optional.empty() : c.latestAt(i);
  }

  /**
   * How many values a KPI has dated from one date through another, both included. O(log n), without copying
   * the series.
   *
   * @param kpi the KPI's id
   * @param from the first date counted ({@link LocalDate#MIN} for all before {@code to})
   * @param to the last date counted ({@link LocalDate#MAX} for all after {@code from})
   * @return the count; 0 when {@code to} is before {@code from}
   */
  public int count(KpiId kpi, LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Column c = column(kpi);
    return c == null ? 0 : Math.max(0, c.floor(to.toEpochDay()) - c.ceiling(from.toEpochDay()) + 1);
  }

  /**
   * The most days from one value of a KPI to the next, among its values dated on or before a date: 1 for a
   * series with a value every day, 7 for one every week. Not the wait from the last value to {@code asOf}
   * ({@link #latest} says when that was). No period of a unit can lie empty between two values that are at
   * most as many days apart as the unit's shortest period has days, which is how the data-quality rules skip
   * searching a dense series for missing periods. O(1) as of a date on or after the latest value, else O(n),
   * without copying the series.
   *
   * @param kpi the KPI's id
   * @param asOf the last date considered
   * @return the days between the two consecutive values furthest apart; 0 when fewer than two values fall on
   *     or before {@code asOf}
   */
  public long maxDaysBetweenValues(KpiId kpi, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Column c = column(kpi);
    if (c == null) {
      return 0;
    }
    int end = c.floor(epochDay(asOf));
    if (end == c.size() - 1) {
      return c.maxDays; // usually asked as of a date on or after the latest value: known from the start
    }
    long longest = 0;
    for (int i = 1; i <= end; i++) {
      longest = Math.max(longest, c.day(i) - c.day(i - 1));
    }
    return longest;
  }

  /**
   * The values of a KPI up to a date, oldest first.
   *
   * @param kpi the KPI's id
   * @param asOf the last date included
   * @return the values; empty when there are none; unmodifiable
   */
  public List<DatedValue> upTo(KpiId kpi, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Column c = column(kpi);
    return c == null ? List.of() : range(c, 0, c.floor(asOf.toEpochDay()) + 1);
  }

  /**
   * The last few values of a KPI up to a date, oldest first: what a trend is fitted through. O(log n + count),
   * where {@link #upTo} copies the whole history.
   *
   * @param kpi the KPI's id
   * @param asOf the last date included
   * @param count how many values at most, at least 0
   * @return the last {@code count} values on or before {@code asOf} (fewer when there are fewer); unmodifiable
   * @throws ValidationException if count is negative
   */
  public List<DatedValue> recent(KpiId kpi, LocalDate asOf, int count) {
    Objects.requireNonNull(asOf, "asOf");
    Checks.requireAtLeast("count", count, 0);
    Column c = column(kpi);
    if (c == null) {
      return List.of();
    }
    int end = c.floor(asOf.toEpochDay()) + 1;
    return range(c, Math.max(0, end - count), end);
  }

  /**
   * The sum of a KPI's values dated after one date and on or before another, added oldest first (a FLOW KPI's
   * running total). O(log n + values summed), without copying the series.
   *
   * @param kpi the KPI's id
   * @param after values on or before this date are left out; {@link LocalDate#MIN} for all of them
   * @param asOf the last date included
   * @return the sum; 0 when no value falls in between
   */
  public double sum(KpiId kpi, LocalDate after, LocalDate asOf) {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(asOf, "asOf");
    Column c = column(kpi);
    if (c == null) {
      return 0;
    }
    double total = 0;
    for (int i = c.floor(after.toEpochDay()) + 1, end = c.floor(asOf.toEpochDay()); i <= end; i++) {
      total += c.values[i];
    }
    return total;
  }

  private static List<DatedValue> range(Column c, int from, int to) {
    DatedValue[] out = new DatedValue[Math.max(0, to - from)];
    for (int i = 0; i < out.length; i++) {
      out[i] = c.at(from + i);
    }
    return List.of(out);
  }

  /** {@return true if there are no values at all} */
  public boolean isEmpty() {
    return series.isEmpty();
  }

  /** {@return the number of values over all KPIs} */
  public int size() {
    int n = 0;
    for (ImmutableSortedMap<LocalDate, Double> s : series.values()) {
      n += s.size();
    }
    return n;
  }

  /**
   * Returns these actuals with one value added, or replaced when the KPI already has a value at that date.
   *
   * @param kpi the KPI's id
   * @param date the date
   * @param value the value, finite
   * @return new actuals
   */
  public Actuals with(KpiId kpi, LocalDate date, double value) {
    DatedValue checked = DatedValue.of(value, date);
    TreeMap<LocalDate, Double> s = new TreeMap<>(series(kpi));
    s.put(checked.date(), checked.value());
    TreeMap<KpiId, ImmutableSortedMap<LocalDate, Double>> all = new TreeMap<>(series);
    all.put(kpi, ImmutableSortedMap.copyOfSorted(s));
    return new Actuals(ImmutableSortedMap.copyOfSorted(all));
  }

  /**
   * Returns these actuals without the value of a KPI at a date.
   *
   * @param kpi the KPI's id
   * @param date the date
   * @return new actuals; equal to these when there is no such value
   */
  public Actuals without(KpiId kpi, LocalDate date) {
    if (!series(kpi).containsKey(date)) {
      return this;
    }
    TreeMap<LocalDate, Double> s = new TreeMap<>(series(kpi));
    s.remove(date);
    TreeMap<KpiId, ImmutableSortedMap<LocalDate, Double>> all = new TreeMap<>(series);
    if (s.isEmpty()) {
      all.remove(kpi);
    } else {
      all.put(kpi, ImmutableSortedMap.copyOfSorted(s));
    }
    return new Actuals(ImmutableSortedMap.copyOfSorted(all));
  }

  /**
   * Returns these actuals with every value of {@code other} added; where both have a value for the same KPI
   * and date, {@code other}'s wins.
   *
   * @param other more actuals
   * @return new actuals
   */
  public Actuals merge(Actuals other) {
    Objects.requireNonNull(other, "other");
    TreeMap<KpiId, ImmutableSortedMap<LocalDate, Double>> all = new TreeMap<>(series);
    other.series.forEach((k, s) -> {
      ImmutableSortedMap<LocalDate, Double> mine = series.get(k);
      if (mine == null) {
        all.put(k, s); // a KPI only other has: its series as it is (immutable, so shared)
      } else {
        TreeMap<LocalDate, Double> merged = new TreeMap<>(mine);
        merged.putAll(s);
        all.put(k, ImmutableSortedMap.copyOfSorted(merged));
      }
    });
    // The columns of the KPIs other leaves alone are this one's: made once, here, however often it is merged.
    return new Actuals(ImmutableSortedMap.copyOfSorted(all), source == null ? this : null, other.series.keySet());
  }

  /**
   * Returns these actuals with the whole series of some KPIs replaced: each KPI given has exactly the values
   * given for it (none when its map is empty), every other KPI keeps its own. The way to put a KPI's re-imported
   * history, or values computed from other KPIs, in place of what was recorded.
   *
   * <pre>{@code
   * actuals.replacing(Map.of(KpiId.of("nps"), Map.of(LocalDate.parse("2026-06-30"), 41.0)));
   * }</pre>
   *
   * @param replacements each replaced KPI's new values by date, finite; no null keys or values
   * @return new actuals; what they share with these (the KPIs left alone, and their lookup arrays) is not copied
   * @throws ValidationException listing every value that is not finite
   */
  public Actuals replacing(Map<KpiId, ? extends Map<LocalDate, Double>> replacements) {
    Objects.requireNonNull(replacements, "replacements");
    List<Problem> problems = new ArrayList<>();
    TreeMap<KpiId, ImmutableSortedMap<LocalDate, Double>> all = new TreeMap<>(series);
    replacements.forEach((k, s) -> {
      Objects.requireNonNull(k, "replacements: a KPI id is null");
      Objects.requireNonNull(s, () -> "replacements." + k + ": the values are null");
      s.forEach((date, v) -> {
        Objects.requireNonNull(date, () -> "replacements." + k + ": a date is null");
        Objects.requireNonNull(v, () -> "replacements." + k + "." + date + ": the value is null");
      });
      ImmutableSortedMap<LocalDate, Double> values = ImmutableSortedMap.copyOf(s);
      values.forEach((date, v) -> {
        if (!Double.isFinite(v)) {
          problems.add(Problem.at("replacements." + k + "." + date, "must be a finite number but was " + v));
        }
      });
      if (values.isEmpty()) {
        all.remove(k);
      } else {
        all.put(k, values);
      }
    });
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new Actuals(ImmutableSortedMap.copyOfSorted(all), source == null ? this : null,
        ImmutableSortedSet.copyOf(replacements.keySet()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Actuals other && series.equals(other.series);
  }

  @Override
  public int hashCode() {
    return series.hashCode();
  }

  /** {@return for example {@code Actuals{retention=[86 @ 2026-03-31, 87.2 @ 2026-06-30]}}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Actuals{");
    series.forEach((k, s) -> {
      if (sb.length() > 8) {
        sb.append(", ");
      }
      sb.append(k).append("=[");
      boolean first = true;
      for (Map.Entry<LocalDate, Double> e : s.entrySet()) {
        sb.append(first ? "" : ", ").append(Numbers.plain(e.getValue())).append(" @ ").append(e.getKey());
        first = false;
      }
      sb.append(']');
    });
    return sb.append('}').toString();
  }

  /**
   * Collects values into {@link Actuals}. {@link #build()} rejects, all at once, non-finite values and a
   * second value for the same KPI and date. Not thread-safe.
   */
  public static final class Builder {
    private final TreeMap<KpiId, TreeMap<LocalDate, Double>> series = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private int count;

    private Builder() {}

    /**
     * Adds a value.
     *
     * @param kpi the KPI's id
     * @param date the date
     * @param value the value, finite
     * @return this builder
     */
    public Builder add(KpiId kpi, LocalDate date, double value) {
      Objects.requireNonNull(kpi, "kpi");
      Objects.requireNonNull(date, "date");
      int at = count++;
      if (!Double.isFinite(value)) {
        problems.add(Problem.at("actuals." + kpi + "[" + at + "].value", "must be a finite number but was " + value));
        return this;
      }
      Double before = series.computeIfAbsent(kpi, k -> new TreeMap<>()).putIfAbsent(date, value);
      if (before != null) {
        problems.add(Problem.at("actuals." + kpi + "[" + at + "].date", "a second value for " + kpi + " at "
            + date + " (first " + Numbers.plain(before) + ", then " + Numbers.plain(value) + ")"));
      }
      return this;
    }

    /**
     * Adds a value.
     *
     * @param kpi the KPI's id
     * @param isoDate the date as {@code yyyy-mm-dd}
     * @param value the value, finite
     * @return this builder
     * @throws io.github.bsckit.core.ValidationException if the id is not valid, the date not an ISO date or the
     *     value not finite
     */
    public Builder add(String kpi, String isoDate, double value) {
      return add(KpiId.of(kpi), Checks.requireDate("isoDate", Objects.requireNonNull(isoDate, "isoDate")), value);
    }

    /**
     * Builds the actuals.
     *
     * @return the actuals
     * @throws ValidationException listing every rejected value
     */
    public Actuals build() {
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      TreeMap<KpiId, ImmutableSortedMap<LocalDate, Double>> all = new TreeMap<>();
      series.forEach((k, s) -> all.put(k, ImmutableSortedMap.copyOfSorted(s)));
      return all.isEmpty() ? EMPTY : new Actuals(ImmutableSortedMap.copyOfSorted(all));
    }
  }
}
