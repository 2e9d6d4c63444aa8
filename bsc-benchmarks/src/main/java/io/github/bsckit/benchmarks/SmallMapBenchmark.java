package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.graph.impact.ImpactAnalysis;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.graph.rules.StrategyMapRules;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.shortestpath.DagAllPathsCounter;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.SimpleDirectedGraph;
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
 * What a dashboard asks of a 24-objective map on every refresh: core and map rules, path counts from a bottom
 * objective to every outcome, its three strongest paths to one outcome, and the keystones. Baseline, in the same
 * run: bare JGraphT doing the graph part of the same on the same scorecard (build the graph, detect cycles, count
 * paths to each outcome, Yen's three shortest paths, Brandes' betweenness), without any rule or result value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class SmallMapBenchmark {
  private Scorecard scorecard;
  private RuleSet rules;
  private ObjectiveId bottom;
  private ObjectiveId top;
  private java.util.List<ObjectiveId> outcomes;

  /** Builds the 24-objective scorecard and checks that the rules find nothing wrong. */
  @Setup
  public void setUp() {
    scorecard = Fixtures.mesh(6);
    rules = RuleSet.core().without("too-many-objectives").and(StrategyMapRules.all());
    if (!rules.validate(scorecard).isClean()) {
      throw new IllegalStateException("fixture should be clean: " + rules.validate(scorecard));
    }
    StrategyMap map = StrategyMap.of(scorecard);
    bottom = map.row(0).get(0);
    top = map.outcomes().get(0);
    outcomes = map.outcomes();
  }

  /**
   * Validates, counts, finds strongest paths and ranks keystones through bsc-kit.
   *
   * @param sink keeps the results
   */
  @Benchmark
  public void dashboard(Blackhole sink) {
    sink.consume(rules.validate(scorecard));
    ImpactAnalysis impact = ImpactAnalysis.of(scorecard);
    sink.consume(impact.countPathsToOutcomes(bottom));
    sink.consume(impact.strongestPaths(bottom, top, 3));
    sink.consume(impact.keystones());
  }

  /**
   * The graph part of the same through bare JGraphT: the baseline.
   *
   * @param sink keeps the results
   */
  @Benchmark
  public void baselineJgrapht(Blackhole sink) {
    Graph<ObjectiveId, CausalLink> g = new SimpleDirectedGraph<>(null, null, false);
    scorecard.objectives().forEach(o -> g.addVertex(o.id()));
    for (CausalLink l : scorecard.links()) {
      g.addEdge(l.from(), l.to(), l);
    }
    sink.consume(new CycleDetector<>(g).detectCycles());
    for (ObjectiveId outcome : outcomes) {
      sink.consume(DagAllPathsCounter.countAllPaths(g, bottom, outcome));
    }
    sink.consume(new YenKShortestPath<>(new AsWeightedGraph<>(g, l -> -Math.log(l.effectiveStrength()), true,
        false)).getPaths(bottom, top, 3));
    sink.consume(new BetweennessCentrality<>(g, false).getScores());
  }
}
