package io.github.bsckit.graph.impact;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.map.Flow;
import io.github.bsckit.graph.map.Reachability;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.model.StrategyMapGenerators;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.api.Test;

/**
 * Keystones on int arrays against JGraphT's Brandes and against a search per objective: the same numbers on every
 * map up to the exact size (cycles included), and within the documented bound above it.
 */
class KeystoneLawsTest {

  @Test
  void exactBetweennessIsJgraphtsToTheLastBitAndReachCountsTheOutcomesDownstream() {
    qt().withExamples(300).forAll(gen(Generators.oneOf(StrategyMapGenerators.any().objectivesPerPerspective(1, 6),
        StrategyMapGenerators.upward().objectivesPerPerspective(1, 6).density(0.6)))).checkAssert(s -> {
          StrategyMap map = StrategyMap.of(s);
          Map<ObjectiveId, Double> jgrapht = new BetweennessCentrality<>(map.graph(), false).getScores();
          for (Keystone k : ImpactAnalysis.of(map).keystones()) {
            assertThat(k.approximate()).isFalse();
            assertThat(k.betweenness()).as(k.objective().value()).isEqualTo(jgrapht.get(k.objective()));
            assertThat(k.outcomesReached()).as(k.objective().value()).isEqualTo(outcomesBySearch(map, k.objective()));
          }
        });
  }

  @Test
  void keystonesAreExactUpToTheDocumentedSize() {
    List<Keystone> keystones = ImpactAnalysis.of(chains(ImpactAnalysis.EXACT_KEYSTONES_UP_TO / 4)).keystones();

    assertThat(keystones).hasSize(ImpactAnalysis.EXACT_KEYSTONES_UP_TO).noneMatch(Keystone::approximate);
    // In a chain of four, each middle objective lies on the shortest chains of two pairs.
    assertThat(keystones.get(0)).hasToString("O1-0 (betweenness 2, reaches 1 outcome)");
  }

  @Test
  void aboveTheDocumentedSizeKeystonesAreEstimatedWithinTheStatedBound() {
    StrategyMap map = chains(ImpactAnalysis.EXACT_KEYSTONES_UP_TO / 4 + 1);
    int n = map.size();
    Map<ObjectiveId, Double> exact = new BetweennessCentrality<>(map.graph(), false).getScores();
    // Hoeffding's bound of ImpactAnalysis.keystones() at delta = 1e-9: a failure here is a wrong estimator.
    double bound = (double) n * (n - 2) * Math.sqrt(Math.log(2 * n / 1e-9) / (2.0 * ImpactAnalysis.KEYSTONE_PIVOTS));

    List<Keystone> keystones = ImpactAnalysis.of(map).keystones();

    assertThat(keystones).hasSize(n).allMatch(Keystone::approximate);
    assertThat(keystones).allSatisfy(k -> assertThat(Math.abs(k.betweenness() - exact.get(k.objective())))
        .isLessThanOrEqualTo(bound));
    // Sources are sampled: a middle objective's dependency comes from the one source below it, so the estimate
    // is 0 or V/k times the exact 2, never anything else.
    assertThat(keystones).filteredOn(k -> map.rankOf(k.objective()) == 1).allSatisfy(k ->
        assertThat(k.betweenness()).isIn(0.0, 2.0 * n / ImpactAnalysis.KEYSTONE_PIVOTS));
    assertThat(keystones.get(0).toString()).contains("about", "(estimated)");
  }

  private static int outcomesBySearch(StrategyMap map, ObjectiveId id) {
    return (int) Reachability.of(map).from(Flow.DOWNSTREAM, id).keySet().stream()
        .filter(r -> map.isOutcome(r) && !r.equals(id)).count();
  }

  /** {@code perRow} parallel chains from the bottom perspective to the top one. */
  private static StrategyMap chains(int perRow) {
    String[] rows = {"learning-growth", "internal-process", "customer", "financial"};
    Scorecard.Builder b = Scorecard.builder("Chains");
    for (int r = 0; r < rows.length; r++) {
      for (int i = 0; i < perRow; i++) {
        b.objective("O" + r + "-" + i, "Objective " + r + "-" + i, rows[r]);
        if (r > 0) {
          b.link("O" + (r - 1) + "-" + i, "O" + r + "-" + i);
        }
      }
    }
    return StrategyMap.of(b.build());
  }
}
