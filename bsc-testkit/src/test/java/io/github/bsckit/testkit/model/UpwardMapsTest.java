package io.github.bsckit.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.testkit.CausalityOracle;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.Source;
import org.junit.jupiter.api.Test;

class UpwardMapsTest {

  @Test
  void everyLinkPointsUpSoNoMapHasACycle() {
    assertThat(Samples.of(StrategyMapGenerators.upward().density(0.5), 1, 1_000)).allSatisfy(s -> {
      for (CausalLink l : s.links()) {
        assertThat(rank(s, l.to())).isGreaterThan(rank(s, l.from()));
      }
      assertThat(CausalityOracle.findings(s)).doesNotContainKeys("cycle", "downward-link", "within-perspective-link",
          "self-link", "duplicate-link");
    });
  }

  @Test
  void adjacentOnlyMapsNeverSkipAPerspective() {
    assertThat(Samples.of(StrategyMapGenerators.upward().adjacentOnly().density(0.7), 2, 500)).allSatisfy(s -> {
      for (CausalLink l : s.links()) {
        assertThat(rank(s, l.to())).isEqualTo(rank(s, l.from()) + 1);
      }
    });
  }

  @Test
  void densityDecidesHowManyOfThePossibleLinksAreDrawn() {
    UpwardMaps fixed = StrategyMapGenerators.upward().objectivesPerPerspective(3, 3);
    // Four rows of three: 3·3 pairs for each of the 6 pairs of rows.
    assertThat(fixed.density(1).generate(Source.seeded(1)).links()).hasSize(54);
    assertThat(fixed.density(0).generate(Source.seeded(1)).links()).isEmpty();
    double mean = Samples.stream(fixed.density(0.25), 3, 400).mapToInt(s -> s.links().size()).average().orElseThrow();
    assertThat(mean).isBetween(54 * 0.25 - 1.5, 54 * 0.25 + 1.5);
  }

  @Test
  void layeredMapsHaveAsManyRowsAsAsked() {
    Scorecard deep = StrategyMapGenerators.upward().layers(60).objectivesPerPerspective(30, 30).adjacentOnly()
        .density(0.5).generate(Source.seeded(60));
    assertThat(deep.perspectives()).hasSize(60);
    assertThat(deep.objectives()).hasSize(1_800);
    assertThat(deep.links().size()).isBetween(59 * 900 / 2 - 600, 59 * 900 / 2 + 600);
  }

  @Test
  void mapsWithKpisPassTheCoreRulesButTheObjectiveLimit() {
    assertThat(Samples.of(StrategyMapGenerators.upward().withKpis(), 4, 300)).allSatisfy(s ->
        assertThat(RuleSet.core().without("too-many-objectives").validate(s).isClean()).as(s.toString()).isTrue());
  }

  private static int rank(Scorecard s, io.github.bsckit.core.model.ObjectiveId id) {
    return s.rankFromBottom(s.objective(id).orElseThrow().perspective());
  }
}
