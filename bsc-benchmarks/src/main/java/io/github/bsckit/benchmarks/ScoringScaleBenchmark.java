package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring {@code kpis} KPIs with {@code perKpi} daily actuals each, and looking up every KPI's latest actual.
 * Baselines, in the same run: a flat loop over all the values (what merely touching the data costs), per-KPI
 * sorted primitive arrays doing the scorer's arithmetic by hand (binary search for the latest value, progress,
 * weighted roll-up, a five-point least-squares slope), and the binary search alone (the latest-value
 * lookup's floor). The rows are {@code kpis=1000} with {@code perKpi=1000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class ScoringScaleBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
  private static final int TREND_POINTS = 5;

  /** KPIs in the scorecard (a multiple of 8: two per objective, four perspectives). */
  @Param({"1000"})
  public int kpis;

  /** Daily actuals per KPI, the last one on the as-of date. */
  @Param({"100", "1000"})
  public int perKpi;

  /**
   * The scorecard's scoring method: {@code expected-to-date} (the default, each KPI judged against its exact
   * paced path at the as-of date and at each trend date) or {@code progress} (the share of the way from
   * baseline to target, the arithmetic {@link #baselineSortedArrays} does by hand).
   */
  @Param({"expected-to-date"})
  public String method;

  private Scorecard scorecard;
  private Actuals actuals;
  /** Each KPI's latest value alone. */
  private Actuals latestOnly;
  private Scorer scorer;
  private List<KpiId> ids;
  private java.util.Map<KpiId, Integer> byId;
  private long asOfDay;
  /** A date two thirds into every KPI's series, on one of its values' days. */
  private LocalDate midSeries;
  private long[][] days;
  private double[][] values;
  private double[] baselines;
  private double[] targets;
  private double[] weights;

  /** Builds the scorecard, its actuals and the same data as sorted primitive arrays. */
  @Setup
  public void setUp() {
    scorecard = Fixtures.layered(kpis / 8);
    if (method != null && !method.equals(scorecard.scoring().method().method())) {
      scorecard = scorecard.toBuilder().scoring(scorecard.scoring().withMethod(ScoringSpec.of(method))).build();
    }
    ids = scorecard.kpis().stream().map(Kpi::id).toList();
    int n = ids.size();
    byId = new java.util.HashMap<>();
    for (int k = 0; k < n; k++) {
      byId.put(ids.get(k), k);
    }
    days = new long[n][perKpi];
    values = new double[n][perKpi];
    baselines = new double[n];
    targets = new double[n];
    weights = new double[n];
    asOfDay = AS_OF.toEpochDay();
    midSeries = AS_OF.minusDays(perKpi / 3); // not the middle index, which a binary search finds at once
    Actuals.Builder b = Actuals.builder();
    Actuals.Builder latest = Actuals.builder();
    for (int k = 0; k < n; k++) {
      Kpi kpi = scorecard.kpis().get(k);
      baselines[k] = kpi.baseline().orElseThrow().value();
      targets[k] = kpi.target().orElseThrow().value();
      weights[k] = kpi.weight();
      for (int i = 0; i < perKpi; i++) {
        days[k][i] = asOfDay - (perKpi - 1 - i);
        values[k][i] = baselines[k] + (targets[k] - baselines[k]) * (i + 1) / (perKpi + 10.0) + (i % 3) * 0.01;
        b.add(kpi.id(), LocalDate.ofEpochDay(days[k][i]), values[k][i]);
      }
      latest.add(kpi.id(), AS_OF, values[k][perKpi - 1]);
    }
    actuals = b.build();
    latestOnly = latest.build();
    scorer = Scorer.defaults();
  }

  /** {@return the whole score report, trends and roll-up included} */
  @Benchmark
  public ScoreReport score() {
    return scorer.score(scorecard, actuals, AS_OF);
  }

  /**
   * {@return the score report of the same scorecard with each KPI's latest value alone}: one value, one progress and
   * one status per KPI and the roll-up, with no history to judge trends or data quality by. A floor: what the
   * report itself (its statuses, scores, paths and roll-up, as records) costs, nearest to what
   * {@link #baselineSortedArrays} computes, however the history is held.
   */
  @Benchmark
  public ScoreReport floorLatestValueOnly() {
    return scorer.score(scorecard, latestOnly, AS_OF);
  }

  /**
   * Looks up every KPI's latest actual through {@code Actuals}.
   *
   * @param sink keeps the lookups from being optimised away
   */
  @Benchmark
  public void latestActuals(Blackhole sink) {
    for (KpiId id : ids) {
      Optional<DatedValue> latest = actuals.latest(id, AS_OF);
      sink.consume(latest);
    }
  }

  /**
   * Looks up every KPI's latest actual as of a date in the middle of its series, where {@code Actuals} must
   * search (as of a date on or after a KPI's latest value, the usual query and {@link #latestActuals}', it
   * answers without searching).
   *
   * @param sink keeps the lookups from being optimised away
   */
  @Benchmark
  public void latestActualsMidSeries(Blackhole sink) {
    for (KpiId id : ids) {
      sink.consume(actuals.latest(id, midSeries));
    }
  }

  /**
   * The int-indexed binary search as of the same mid-series date: {@link #latestActualsMidSeries}' baseline.
   *
   * @param sink keeps the lookups from being optimised away
   */
  @Benchmark
  public void baselineBinarySearchLatestMidSeries(Blackhole sink) {
    long day = midSeries.toEpochDay();
    for (int k = 0; k < days.length; k++) {
      int i = floor(days[k], day);
      sink.consume(i < 0 ? Double.NaN : values[k][i]);
    }
  }

  /** {@return the sum of every value: the flat-loop baseline} */
  @Benchmark
  public double baselineFlatLoop() {
    double sum = 0;
    for (double[] series : values) {
      for (double v : series) {
        sum += v;
      }
    }
    return sum;
  }

  /**
   * Binary search for every KPI's latest value on its sorted day array: the latest-value baseline.
   *
   * @param sink keeps the lookups from being optimised away
   */
  @Benchmark
  public void baselineBinarySearchLatest(Blackhole sink) {
    for (int k = 0; k < days.length; k++) {
      int i = floor(days[k], asOfDay);
      sink.consume(i < 0 ? Double.NaN : values[k][i]);
    }
  }

  /**
   * The same binary search reached as a lookup by id and date must reach it: the KPI's arrays found in a
   * {@code HashMap} by its {@link KpiId}, the date turned into an epoch day per call. What any by-id lookup
   * costs at least; {@code latestActuals} is measured against both baselines.
   *
   * @param sink keeps the lookups from being optimised away
   */
  @Benchmark
  public void baselineKeyedBinarySearchLatest(Blackhole sink) {
    for (KpiId id : ids) {
      int k = byId.get(id);
      int i = floor(days[k], AS_OF.toEpochDay());
      sink.consume(i < 0 ? Double.NaN : values[k][i]);
      sink.consume(i < 0 ? 0 : days[k][i]);
    }
  }

  /** {@return the scorer's arithmetic by hand on sorted arrays: the scoring baseline} */
  @Benchmark
  public double baselineSortedArrays() {
    double weighted = 0;
    double weightSum = 0;
    double slopes = 0;
    for (int k = 0; k < days.length; k++) {
      int last = floor(days[k], asOfDay);
      if (last < 0) {
        continue;
      }
      double span = targets[k] - baselines[k];
      double progress = span == 0 ? 1 : (values[k][last] - baselines[k]) / span;
      weighted += Math.min(1, Math.max(0, progress)) * weights[k];
      weightSum += weights[k];
      int first = Math.max(0, last - TREND_POINTS + 1);
      slopes += slope(days[k], values[k], first, last + 1);
    }
    return weighted / weightSum + slopes;
  }

  private static int floor(long[] sorted, long key) {
    int i = Arrays.binarySearch(sorted, key);
    return i >= 0 ? i : -i - 2;
  }

  private static double slope(long[] x, double[] y, int from, int to) {
    int n = to - from;
    if (n < 2) {
      return 0;
    }
    double mx = 0;
    double my = 0;
    for (int i = from; i < to; i++) {
      mx += x[i] - x[from];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = from; i < to; i++) {
      double dx = x[i] - x[from] - mx;
      sxy += dx * (y[i] - my);
      sxx += dx * dx;
    }
    return sxx == 0 ? 0 : sxy / sxx;
  }
}
