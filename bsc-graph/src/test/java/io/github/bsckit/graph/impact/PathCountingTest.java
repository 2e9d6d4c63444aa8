package io.github.bsckit.graph.impact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.graph.LayeredMaps;
import io.github.bsckit.graph.map.StrategyMap;
import java.math.BigInteger;
import org.jgrapht.alg.shortestpath.DagAllPathsCounter;
import org.junit.jupiter.api.Test;

/**
 * Exact path counts on maps far too big to enumerate: 60 rows of 30 objectives. The expected numbers come from
 * closed forms and a recurrence, not from the code under test.
 */
class PathCountingTest {
  private static final int ROWS = 60;
  private static final int WIDTH = 30;
  private static final BigInteger W = BigInteger.valueOf(WIDTH);

  @Test
  void countsThePathsOfACompleteSixtyRowMapExactly() {
    ImpactAnalysis impact = ImpactAnalysis.of(LayeredMaps.complete(ROWS, WIDTH, false));
    ObjectiveId bottom = ObjectiveId.of(LayeredMaps.id(0, 0));

    PathCounts counts = impact.countPathsToOutcomes(bottom);

    // One choice among 30 in each of the 58 rows between, and one of 30 outcomes on top.
    assertThat(counts.byOutcome()).hasSize(WIDTH);
    assertThat(counts.to(ObjectiveId.of(LayeredMaps.id(ROWS - 1, 7)))).isEqualTo(W.pow(ROWS - 2));
    assertThat(counts.total()).isEqualTo(W.pow(ROWS - 1));
    assertThat(counts.total().toString()).hasSize(88);
  }

  @Test
  void countsThePathsOfASixtyRowMapWithLinksSkippingARow() {
    StrategyMap map = StrategyMap.of(LayeredMaps.complete(ROWS, WIDTH, true));
    ObjectiveId bottom = ObjectiveId.of(LayeredMaps.id(0, 0));
    ObjectiveId top = ObjectiveId.of(LayeredMaps.id(ROWS - 1, 0));

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
