package io.github.bsckit.benchmarks;

import io.github.bsckit.analytics.evidence.EvidenceAnalysis;
import io.github.bsckit.analytics.evidence.EvidenceReport;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full link-evidence analysis of a 25-objective map with 40 links and 36 monthly actuals per KPI: every
 * link at lags 0..6 (Pearson and Spearman), Granger both ways, Benjamini–Hochberg, and suggestions over every
 * unlinked upward pair. Baseline, in the same run: the same Pearson correlations (every link and every screened
 * pair at every lag) as a plain loop over prepared, differenced {@code double[]} series, the least any analysis
 * must compute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class EvidenceBenchmark {
  private static final String[] ROWS = {"learning-growth", "internal-process", "customer", "financial"};
  private static final int MAX_LAG = 6;

  private Scorecard scorecard;
  private Actuals actuals;
  /** Differenced series per objective, in the scorecard's order, and the pairs (cause, effect) to correlate. */
  private double[][] moves;
  private int[][] pairs;

  /** Builds the map (7, 7, 6, 5 objectives bottom to top; 40 links) and three years of monthly actuals. */
  @Setup
  public void setUp() {
    int[] perRow = {7, 7, 6, 5};
    Scorecard.Builder b = Scorecard.builder("Evidence benchmark");
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      List<String> row = new ArrayList<>();
      for (int i = 0; i < perRow[r]; i++) {
        String id = "O" + r + i;
        row.add(id);
        b.objective(id, "Objective " + id, ROWS[r], o -> o.kpi("k" + id.substring(1), "KPI " + id, k -> k.unit("%")));
      }
      rows.add(row);
    }
    Random random = new Random(17);
    int links = 0;
    java.util.Set<String> drawn = new java.util.HashSet<>();
    while (links < 40) {
      int r = random.nextInt(3);
      String from = rows.get(r).get(random.nextInt(perRow[r]));
      String to = rows.get(r + 1).get(random.nextInt(perRow[r + 1]));
      if (drawn.add(from + to)) {
        b.link(from, to);
        links++;
      }
    }
    scorecard = b.build();
    Actuals.Builder a = Actuals.builder();
    Map<String, double[]> byKpi = new HashMap<>();
    for (Kpi k : scorecard.kpis()) {
      double level = 50;
      double[] d = new double[35];
      for (int m = 0; m < 36; m++) {
        double step = random.nextGaussian();
        level += step;
        if (m > 0) {
          d[m - 1] = step;
        }
        a.add(k.id(), YearMonth.of(2023, 10).plusMonths(m).atEndOfMonth(), level);
      }
      byKpi.put(k.id().value(), d);
    }
    actuals = a.build();
    List<Objective> objectives = scorecard.objectives();
    moves = new double[objectives.size()][];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < objectives.size(); i++) {
      moves[i] = byKpi.get(objectives.get(i).kpis().get(0).id().value());
      index.put(objectives.get(i).id().value(), i);
    }
    List<int[]> all = new ArrayList<>();
    for (CausalLink l : scorecard.links()) {
      all.add(new int[] {index.get(l.from().value()), index.get(l.to().value())});
    }
    for (Objective c : objectives) {
      for (Objective e : objectives) {
        if (scorecard.rankFromBottom(c.perspective()) < scorecard.rankFromBottom(e.perspective())
            && !drawn.contains(c.id().value() + e.id().value())) {
          all.add(new int[] {index.get(c.id().value()), index.get(e.id().value())});
        }
      }
    }
    pairs = all.toArray(int[][]::new);
  }

  /** {@return the whole evidence report} */
  @Benchmark
  public EvidenceReport analyse() {
    return EvidenceAnalysis.defaults().analyse(scorecard, actuals);
  }

  /** {@return the sum of the Pearson correlations of every pair at every lag, by a plain loop: the baseline} */
  @Benchmark
  public double baselinePlainCorrelations() {
    double sum = 0;
    for (int[] p : pairs) {
      double[] x = moves[p[0]];
      double[] y = moves[p[1]];
      for (int lag = 0; lag <= MAX_LAG; lag++) {
        sum += pearson(x, y, lag);
      }
    }
    return sum;
  }

  private static double pearson(double[] x, double[] y, int lag) {
    int n = x.length - lag;
    double mx = 0;
    double my = 0;
    for (int t = 0; t < n; t++) {
      mx += x[t];
      my += y[t + lag];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int t = 0; t < n; t++) {
      double dx = x[t] - mx;
      double dy = y[t + lag] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
