package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import java.time.LocalDate;
import java.util.Optional;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring a 24-objective, 48-KPI scorecard with a year of weekly actuals (2,496 values) by expected-to-date, the
 * whole report with trends and roll-up. Baseline, in the same run: only looking up every KPI's latest actual, the
 * least any scorer must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class ScoringBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

  private Scorecard scorecard;
  private Actuals actuals;
  private Scorer scorer;

  /** Builds the scorecard and its weekly actuals. */
  @Setup
  public void setUp() {
    scorecard = Fixtures.layered(6).withScoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("expected-to-date")));
    Actuals.Builder b = Actuals.builder();
    for (Kpi k : scorecard.kpis()) {
      double from = k.baseline().orElseThrow().value();
      double to = k.target().orElseThrow().value();
      for (int week = 0; week < 52; week++) {
        b.add(k.id(), LocalDate.of(2026, 1, 4).plusWeeks(week), from + (to - from) * week / 52.0);
      }
    }
    actuals = b.build();
    scorer = Scorer.defaults();
  }

  /** {@return the score report as of the end of the third quarter} */
  @Benchmark
  public ScoreReport score() {
    return scorer.score(scorecard, actuals, AS_OF);
  }

  /**
   * Looks up every KPI's latest actual: the baseline.
   *
   * @param sink keeps the lookups from being optimised away
   */
  @Benchmark
  public void baselineLatestActuals(Blackhole sink) {
    for (Kpi k : scorecard.kpis()) {
      Optional<DatedValue> latest = actuals.latest(k.id(), AS_OF);
      sink.consume(latest);
    }
  }
}
