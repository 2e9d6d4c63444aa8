package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.graph.rules.StrategyMapRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
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
 * Validating a large map against the core and strategy-map rules. Baseline, in the same run: bare JGraphT's
 * structural checks on the same scorecard: build the graph (refusing self-links and duplicates), detect cycles,
 * rank every link's ends by perspective (downward, within-perspective and skipped links), find isolated
 * objectives, objectives with no path to the top row (one reverse breadth-first search from all outcomes) and
 * unsupported outcomes. It leaves out transitive reduction (JGraphT's needs V²/8 bytes) and every per-KPI
 * rule, so bsc-kit does more than its baseline. The row is {@code -p objectives=100000}; the networkx
 * peer ({@code bsc-benchmarks/peers/networkx_peer.py}) runs the same checks on an exported copy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class MapValidationBenchmark {
  /** Objectives on the map (a multiple of 4). */
  @Param({"1000", "10000"})
  public int objectives;

  private Scorecard scorecard;
  private RuleSet rules;

  /** Builds the map and checks that it passes every rule. */
  @Setup
  public void setUp() {
    scorecard = Fixtures.mesh(objectives / 4);
    rules = RuleSet.core().without("too-many-objectives").and(StrategyMapRules.all());
    ValidationReport report = rules.validate(scorecard);
    if (!report.isClean()) {
      throw new IllegalStateException("fixture should be clean: " + report);
    }
    if (baselineJgrapht() != 0) {
      throw new IllegalStateException("the baseline finds problems on a clean fixture");
    }
  }

  /** {@return the core and strategy-map rules' verdict} */
  @Benchmark
  public ValidationReport validate() {
    return rules.validate(scorecard);
  }

  /** {@return how many structural problems bare JGraphT finds: the baseline} */
  @Benchmark
  public int baselineJgrapht() {
    return structuralProblems(scorecard);
  }

  /** The baseline's checks, also used by {@link PeerExport} to print what networkx must agree with. */
  static int structuralProblems(Scorecard scorecard) {
    Graph<ObjectiveId, CausalLink> g = new SimpleDirectedGraph<>(null, null, false);
    Map<PerspectiveId, Integer> rankOf = new HashMap<>();
    int p = scorecard.perspectives().size();
    for (int i = 0; i < p; i++) {
      rankOf.put(scorecard.perspectives().get(i).id(), p - 1 - i);
    }
    Map<ObjectiveId, Integer> rank = new HashMap<>();
    List<ObjectiveId> outcomes = new ArrayList<>();
    for (Objective o : scorecard.objectives()) {
      g.addVertex(o.id());
      int r = rankOf.get(o.perspective());
      rank.put(o.id(), r);
      if (r == p - 1) {
        outcomes.add(o.id());
      }
    }
    int problems = 0;
    for (CausalLink l : scorecard.links()) {
      if (l.from().equals(l.to()) || !g.addEdge(l.from(), l.to(), l)) {
        problems++;
        continue;
      }
      int up = rank.get(l.to()) - rank.get(l.from());
      if (up != 1) {
        problems++;
      }
    }
    if (new CycleDetector<>(g).detectCycles()) {
      problems++;
    }
    Set<ObjectiveId> reachesTop = new HashSet<>();
    new BreadthFirstIterator<>(new EdgeReversedGraph<>(g), outcomes).forEachRemaining(reachesTop::add);
    for (ObjectiveId v : g.vertexSet()) {
      if (g.degreeOf(v) == 0) {
        problems++;
      } else if (!reachesTop.contains(v)) {
        problems++;
      } else if (rank.get(v) == p - 1 && g.inDegreeOf(v) == 0) {
        problems++;
      }
    }
    return problems;
  }
}
