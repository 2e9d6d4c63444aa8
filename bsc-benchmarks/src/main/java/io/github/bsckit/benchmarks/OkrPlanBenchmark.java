package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import java.util.List;
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

/**
 * Planning one key result per quarter for every KPI of a scorecard whose KPIs run over one fiscal year (four
 * quarters). Baseline, in the same run: a plain loop over the same KPIs reading each one's baseline and target
 * and writing its four linear quarterly levels into an array, the arithmetic without any wording, checking or
 * result value. A floor beside it, {@link #floorKeyResults}, builds the plan's key results again from their parts:
 * what holding the plan as checked, immutable records costs, however they are computed. The row is
 * {@code -p kpis=100000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class OkrPlanBenchmark {
  /** KPIs in the scorecard (a multiple of 8). */
  @Param({"10000"})
  public int kpis;

  private Scorecard scorecard;
  private List<Kpi> all;
  private OkrPlanner planner;
  private KeyResult[] planned;

  /** Builds the scorecard and checks that every KPI gets its four key results. */
  @Setup
  public void setUp() {
    scorecard = Fixtures.layered(kpis / 8);
    all = scorecard.kpis();
    planner = OkrPlanner.defaults();
    planned = planner.plan(scorecard).keyResults().toArray(KeyResult[]::new);
    if (planned.length != kpis * 4) {
      throw new IllegalStateException("expected " + kpis * 4 + " key results but planned " + planned.length);
    }
  }

  /** {@return the plan: one key result per KPI and quarter, worded and grouped by objective and quarter} */
  @Benchmark
  public OkrPlan plan() {
    return planner.plan(scorecard);
  }

  /** {@return four linear quarterly levels per KPI, by a plain loop: the baseline} */
  @Benchmark
  public double[] baselinePlainLoop() {
    double[] levels = new double[all.size() * 4];
    for (int k = 0; k < all.size(); k++) {
      Kpi kpi = all.get(k);
      double b = kpi.baseline().orElseThrow().value();
      double t = kpi.target().orElseThrow().value();
      for (int q = 0; q < 4; q++) {
        levels[k * 4 + q] = b + (t - b) * (q + 1) / 4;
      }
    }
    return levels;
  }

  /**
   * {@return the plan's key results, each built again through its public constructor from its parts}: the cost
   * of the records alone, with their checks, which any planner returning them pays.
   */
  @Benchmark
  public KeyResult[] floorKeyResults() {
    KeyResult[] built = new KeyResult[planned.length];
    for (int i = 0; i < planned.length; i++) {
      KeyResult k = planned[i];
      built[i] = new KeyResult(k.kpi(), k.quarter(), k.name(), k.unit(), k.precision(), k.weight(), k.type(),
          k.start(), k.target(), k.from(), k.due(), k.scale());
    }
    return built;
  }
}
