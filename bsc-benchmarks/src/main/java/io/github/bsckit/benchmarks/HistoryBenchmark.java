package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.scoring.ScoreHistory;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * Issue 15's score-history row: the history of a 48-KPI scorecard over 36 months of monthly actuals, scored at
 * every month end, against its baseline in the same run, one score report as of the last month end (the issue
 * asks history ≤ 36 × one report × 1.2). The expected-to-date method and trends make every report real work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class HistoryBenchmark {
  private static final YearMonth FIRST = YearMonth.of(2025, 1);
  private static final int MONTHS = 36;
  private static final LocalDate FROM = FIRST.atDay(1);
  private static final LocalDate TO = FIRST.plusMonths(MONTHS - 1).atEndOfMonth();

  private Scorecard scorecard;
  private Actuals actuals;
  private Scorer scorer;

  /** Builds the scorecard and 36 months of monthly actuals per KPI (1,728 values). */
  @Setup
  public void setUp() {
    scorecard = Fixtures.layered(6).withScoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("expected-to-date")));
    actuals = monthly(scorecard, MONTHS);
    scorer = Scorer.defaults();
  }

  /** {@return monthly actuals moving each KPI from its baseline toward its target, with a little noise} */
  static Actuals monthly(Scorecard scorecard, int months) {
    Actuals.Builder b = Actuals.builder();
    int n = 0;
    for (Kpi k : scorecard.kpis()) {
      double from = k.baseline().orElseThrow().value();
      double to = k.target().orElseThrow().value();
      n++;
      for (int m = 0; m < months; m++) {
        double wobble = ((m * 7 + n * 3) % 5 - 2) * 0.01 * Math.abs(to - from);
        b.add(k.id(), FIRST.plusMonths(m).atEndOfMonth(), from + (to - from) * m / months + wobble);
      }
    }
    return b.build();
  }

  /** {@return the history: one report at each of the 36 month ends} */
  @Benchmark
  public ScoreHistory history() {
    return scorer.history(scorecard, actuals, FROM, TO, PeriodUnit.MONTH);
  }

  /** {@return one score report as of the last month end: the baseline, ×36 ×1.2 is the budget} */
  @Benchmark
  public ScoreReport baselineOneReport() {
    return scorer.score(scorecard, actuals, TO);
  }
}
