package io.github.bsckit.graph.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The transitive reduction's three ways of finding implied links (depth-first search per objective, whole
 * bitsets, bitsets a block of columns at a time) give the same links with the same chains in the same order
 * as the whole-bitset algorithm, which was the only one before, on generated DAGs from sparse to complete.
 */
class ReductionLawsTest {
  private static final int EXAMPLES = 200;

  /** A DAG of n vertices: each pair linked with the given chance, along a random order, links in random order. */
  private static int[][] dag(int n, int percent, long seed) {
    Random random = new Random(seed);
    int[] rankOf = new int[n];
    List<Integer> shuffled = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      shuffled.add(i);
    }
    Collections.shuffle(shuffled, random);
    for (int i = 0; i < n; i++) {
      rankOf[shuffled.get(i)] = i;
    }
    List<List<Integer>> succ = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      List<Integer> mine = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        if (rankOf[u] < rankOf[v] && random.nextInt(100) < percent) {
          mine.add(v);
        }
      }
      Collections.shuffle(mine, random);
      succ.add(mine);
    }
    return succ.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }

  private static int[][] predecessors(int[][] succ) {
    List<List<Integer>> pred = new ArrayList<>();
    for (int i = 0; i < succ.length; i++) {
      pred.add(new ArrayList<>());
    }
    for (int u = 0; u < succ.length; u++) {
      for (int v : succ[u]) {
        pred.get(v).add(u);
      }
    }
    return pred.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
  }

  @Test
  void everyWayFindsTheSameLinksWithTheSameChainsAsWholeBitsets() {
    qt().withExamples(EXAMPLES).forAll(integers().between(0, 150), integers().between(0, 100), longs().all())
        .checkAssert((n, percent, seed) -> {
          int[][] succ = dag(n, percent * percent / 100, seed); // more sparse maps than dense ones
          int[][] pred = predecessors(succ);
          int[] order = Topology.order(succ, pred, null);
          List<int[]> expected = Reduction.dense(succ, order);
          assertThat(Reduction.sparse(succ, pred, order, Long.MAX_VALUE)).containsExactlyElementsOf(expected);
          assertThat(Reduction.blocked(succ, order)).containsExactlyElementsOf(expected);
          assertThat(Reduction.blocked(succ, order, 1)).containsExactlyElementsOf(expected);
          assertThat(Reduction.redundant(succ, pred, order)).containsExactlyElementsOf(expected);
        });
  }

  @Test
  void theSearchGivesUpPastItsBudgetAndTheBitsetsTakeOver() {
    int[][] succ = dag(120, 60, 7);
    int[][] pred = predecessors(succ);
    int[] order = Topology.order(succ, pred, null);
    assertThat(Reduction.sparse(succ, pred, order, 100)).isNull();
    assertThat(Reduction.redundant(succ, pred, order)).containsExactlyElementsOf(Reduction.dense(succ, order));
  }
}
