package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Issue 15's calculated-KPI row: what one formula KPI over 3 inputs adds to a score report, against what one
 * plain KPI adds, in the same run (the issue asks ≤ 2×). Three reports over 36 months of monthly actuals: the
 * 48-KPI scorecard; the same with 12 more plain KPIs; the same with 12 calculated KPIs instead, each
 * {@code (a + b) / c} over three of the 48. A KPI's cost is its report's time less the 48-KPI report's, over 12.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class FormulaBenchmark {
  private static final int ADDED = 12;
  private static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);

  private Scorecard plain48;
  private Scorecard plain60;
  private Scorecard calculated;
  private Actuals actuals48;
  private Actuals actuals60;
  private Scorer scorer;

  /** Builds the three scorecards and their actuals. */
  @Setup
  public void setUp() {
    plain48 = Fixtures.layered(6).withScoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("expected-to-date")));
    List<Kpi> kpis = plain48.kpis();
    Objective host = plain48.objectives().get(0);
    Objective morePlain = host;
    Objective moreCalculated = host;
    for (int i = 0; i < ADDED; i++) {
      String a = kpis.get(i).id().value();
      String b = kpis.get(i + ADDED).id().value();
      String c = kpis.get(i + 2 * ADDED).id().value();
      morePlain = morePlain.withKpi(Kpi.builder("plain-" + i, "Plain " + i).baseline(1, "2024-12-31")
          .target(2, "2027-12-31").build());
      moreCalculated = moreCalculated.withKpi(Kpi.builder("calc-" + i, "Calculated " + i)
          .formula("(" + a + " + " + b + ") / " + c).baseline(1, "2024-12-31").target(2, "2027-12-31").build());
    }
    plain60 = plain48.withObjective(morePlain);
    calculated = plain48.withObjective(moreCalculated);
    actuals48 = HistoryBenchmark.monthly(plain48, 36);
    Actuals.Builder extra = Actuals.builder();
    List<Kpi> added = new ArrayList<>(plain60.kpis());
    added.removeAll(plain48.kpis());
    for (Kpi k : added) {
      for (int m = 0; m < 36; m++) {
        extra.add(k.id(), java.time.YearMonth.of(2025, 1).plusMonths(m).atEndOfMonth(), 1 + m / 36.0);
      }
    }
    actuals60 = actuals48.merge(extra.build());
    scorer = Scorer.defaults();
  }

  /** {@return the 48-KPI report: the base both differences are taken from} */
  @Benchmark
  public ScoreReport base48Plain() {
    return scorer.score(plain48, actuals48, AS_OF);
  }

  /** {@return the report with 12 more plain KPIs: the baseline cost of a KPI} */
  @Benchmark
  public ScoreReport baselinePlus12Plain() {
    return scorer.score(plain60, actuals60, AS_OF);
  }

  /** {@return the report with 12 calculated KPIs over 3 inputs each} */
  @Benchmark
  public ScoreReport plus12Calculated() {
    return scorer.score(calculated, actuals48, AS_OF);
  }
}
