package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.graph.impact.ImpactAnalysis;
import io.github.bsckit.graph.impact.Keystone;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
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
 * Ranking keystone objectives (betweenness centrality, then outcomes reached) on a mesh map. Baseline, in the
 * same run: JGraphT's Brandes betweenness on the same graph, which is all that JGraphT offers and only half of
 * a keystone ranking. The row is {@code -p objectives=10000} (JGraphT's baseline then takes tens of
 * seconds an operation: run it with {@code -wi 0 -i 1}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class KeystoneBenchmark {
  /** Objectives on the map (a multiple of 4). */
  @Param({"1000"})
  public int objectives;

  private StrategyMap map;
  private Graph<ObjectiveId, CausalLink> graph;

  /** Builds the map once. */
  @Setup
  public void setUp() {
    map = StrategyMap.of(Fixtures.mesh(objectives / 4));
    graph = map.graph();
  }

  /** {@return the keystones ranked by bsc-graph} */
  @Benchmark
  public List<Keystone> keystones() {
    return ImpactAnalysis.of(map).keystones();
  }

  /** {@return JGraphT's betweenness scores: the baseline} */
  @Benchmark
  public Map<ObjectiveId, Double> baselineJgraphtBetweenness() {
    return new BetweennessCentrality<>(graph, false).getScores();
  }
}
