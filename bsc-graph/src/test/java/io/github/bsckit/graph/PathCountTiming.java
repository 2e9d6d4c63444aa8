package io.github.bsckit.graph;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.impact.ImpactAnalysis;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.graph.rules.StrategyMapRules;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.testkit.model.StrategyMapGenerators;
import java.math.BigInteger;
import org.jgrapht.alg.TransitiveReduction;
import org.jgrapht.alg.shortestpath.DagAllPathsCounter;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.Graphs;

/** Times the big path counts (not a test; timings belong in reports, not assertions). */
public final class PathCountTiming {
  private PathCountTiming() {}

  /**
   * Prints timings.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    for (boolean skip : new boolean[] {false, true}) {
      for (int round = 0; round < 4; round++) {
        long t0 = System.nanoTime();
        Scorecard s = complete(skip);
        long t1 = System.nanoTime();
        StrategyMap map = StrategyMap.of(s);
        long t2 = System.nanoTime();
        ObjectiveId bottom = map.row(0).get(0);
        BigInteger total = ImpactAnalysis.of(map).countPathsToOutcomes(bottom).total();
        long t3 = System.nanoTime();
        BigInteger viaJgrapht = BigInteger.ZERO;
        for (ObjectiveId o : map.outcomes()) {
          viaJgrapht = viaJgrapht.add(DagAllPathsCounter.countAllPaths(map.graph(), bottom, o));
        }
        long t4 = System.nanoTime();
        int implied = map.impliedLinks().size();
        long t5 = System.nanoTime();
        int violations = StrategyMapRules.all().validate(s).violations().size();
        long t6 = System.nanoTime();
        System.out.printf("skip=%s links=%d build scorecard %d ms, map %d ms, DP to all outcomes %d ms,"
            + " DagAllPathsCounter x30 %d ms (equal: %s), impliedLinks %d ms (%d), all map rules %d ms (%d)%n",
            skip, s.links().size(), ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), total.equals(viaJgrapht),
            ms(t4, t5), implied, ms(t5, t6), violations);
      }
      if (args.length > 0) {
        StrategyMap map = StrategyMap.of(complete(skip));
        long t0 = System.nanoTime();
        SimpleDirectedGraph<ObjectiveId, io.github.bsckit.core.model.CausalLink> copy =
            new SimpleDirectedGraph<>(null, null, false);
        Graphs.addGraph(copy, map.graph());
        TransitiveReduction.INSTANCE.reduce(copy);
        System.out.printf("JGraphT TransitiveReduction: %d ms%n", ms(t0, System.nanoTime()));
      }
    }
  }

  /** The 60-row map of 30 objectives a row in which every objective drives the next row up (and the next but one). */
  private static Scorecard complete(boolean skip) {
    return StrategyMapGenerators.upward().layers(60).objectivesPerPerspective(30, 30).maxRowsUp(skip ? 2 : 1)
        .density(1).generate(Source.seeded(60));
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
