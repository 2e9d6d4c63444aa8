package io.github.bsckit.graph.impact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.testkit.model.StrategyMapGenerators;
import java.math.BigInteger;
import org.jgrapht.alg.shortestpath.DagAllPathsCounter;
import org.junit.jupiter.api.Test;

/**
 * Exact path counts on maps far too big to enumerate: 60 rows of 30 objectives, every objective driving every
 * objective of the next row up (and, in the second test, of the row above that too). bsc-testkit makes them
 * with density 1. The expected numbers come from closed forms and a recurrence, not from the code under test.
 */
class PathCountingTest {
  private static final int ROWS = 60;
  private static final int WIDTH = 30;
  private static final BigInteger W = BigInteger.valueOf(WIDTH);

  /** The complete layered map whose links go up at most {@code reach} rows. */
  private static StrategyMap complete(int reach) {
    return StrategyMap.of(StrategyMapGenerators.upward().layers(ROWS).objectivesPerPerspective(WIDTH, WIDTH)
        .maxRowsUp(reach).density(1).generate(Source.seeded(ROWS)));
  }

  @Test
  void countsThePathsOfACompleteSixtyRowMapExactly() {
    StrategyMap map = complete(1);
    assertThat(map.links()).hasSize((ROWS - 1) * WIDTH * WIDTH);
    ObjectiveId bottom = map.row(0).get(0);

    PathCounts counts = ImpactAnalysis.of(map).countPathsToOutcomes(bottom);

    // One choice among 30 in each of the 58 rows between, and one of 30 outcomes on top.
    assertThat(counts.byOutcome()).hasSize(WIDTH);
    assertThat(counts.to(map.row(ROWS - 1).get(7))).isEqualTo(W.pow(ROWS - 2));
    assertThat(counts.total()).isEqualTo(W.pow(ROWS - 1));
    assertThat(counts.total().toString()).hasSize(88);
  }

  @Test
  void countsThePathsOfASixtyRowMapWithLinksSkippingARow() {
    StrategyMap map = complete(2);
    assertThat(map.links()).hasSize((ROWS - 1 + ROWS - 2) * WIDTH * WIDTH);
    ObjectiveId bottom = map.row(0).get(0);
    ObjectiveId top = map.row(ROWS - 1).get(0);

    // f(k): paths from the bottom objective to one objective of row k. Row 0 holds only the start, so
    // f(0) = f(1) = 1, f(2) = 30 f(1) + f(0), and f(k) = 30 f(k-1) + 30 f(k-2) from there on.
    BigInteger[] f = new BigInteger[ROWS];
    f[0] = BigInteger.ONE;
    f[1] = BigInteger.ONE;
    f[2] = W.multiply(f[1]).add(f[0]);
    for (int k = 3; k < ROWS; k++) {
      f[k] = W.multiply(f[k - 1]).add(W.multiply(f[k - 2]));
    }

    assertThat(ImpactAnalysis.of(map).countPaths(bottom, top)).isEqualTo(f[ROWS - 1])
        .isEqualTo(DagAllPathsCounter.countAllPaths(map.graph(), bottom, top));
    assertThat(ImpactAnalysis.of(map).countPathsToOutcomes(bottom).total()).isEqualTo(W.multiply(f[ROWS - 1]));
  }
}
