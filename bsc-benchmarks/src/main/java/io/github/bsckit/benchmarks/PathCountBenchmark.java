package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.graph.impact.ImpactAnalysis;
import io.github.bsckit.graph.impact.PathCounts;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.testkit.model.StrategyMapGenerators;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import org.jgrapht.alg.shortestpath.DagAllPathsCounter;
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
 * Exact path counting on the 60-layer × 30-objective complete map (53,100 links; 30^58 paths from a bottom
 * objective to each top one). Baseline, in the same run: JGraphT's {@code DagAllPathsCounter} to one outcome.
 * bsc-graph's dynamic programme counts to all 30 outcomes in one pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class PathCountBenchmark {
  private StrategyMap map;
  private ImpactAnalysis impact;
  private ObjectiveId bottom;
  private ObjectiveId top;

  /** Builds the map once. */
  @Setup
  public void setUp() {
    map = StrategyMap.of(StrategyMapGenerators.upward().layers(60).objectivesPerPerspective(30, 30)
        .maxRowsUp(1).density(1).generate(Source.seeded(60)));
    impact = ImpactAnalysis.of(map);
    bottom = map.row(0).get(0);
    top = map.outcomes().get(0);
    BigInteger expected = BigInteger.valueOf(30).pow(58);
    if (!impact.countPaths(bottom, top).equals(expected)
        || !DagAllPathsCounter.countAllPaths(map.graph(), bottom, top).equals(expected)) {
      throw new IllegalStateException("the counts disagree with 30^58");
    }
  }

  /** {@return the exact counts from one bottom objective to every one of the 30 outcomes, one pass} */
  @Benchmark
  public PathCounts dpToAllThirtyOutcomes() {
    return impact.countPathsToOutcomes(bottom);
  }

  /** {@return the exact count to one outcome by bsc-graph's dynamic programme} */
  @Benchmark
  public BigInteger dpToOneOutcome() {
    return impact.countPaths(bottom, top);
  }

  /** {@return the exact count to one outcome by JGraphT: the baseline} */
  @Benchmark
  public BigInteger baselineJgraphtToOneOutcome() {
    return DagAllPathsCounter.countAllPaths(map.graph(), bottom, top);
  }
}
