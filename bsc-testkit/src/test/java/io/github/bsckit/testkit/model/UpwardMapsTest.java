package io.github.bsckit.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpwardMapsTest {

  @Test
  void everyLinkPointsUpSoNoMapHasACycle() {
    assertThat(Samples.of(StrategyMapGenerators.upward().density(0.5), 1, 1_000)).allSatisfy(s -> {
      for (CausalLink l : s.links()) {
        assertThat(rank(s, l.to())).isGreaterThan(rank(s, l.from()));
      }
      assertThat(s.links().stream().map(l -> List.of(l.from(), l.to())).toList()).doesNotHaveDuplicates();
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
  void linksReachNoFurtherUpThanAllowed() {
    assertThat(Samples.of(StrategyMapGenerators.upward().layers(6).maxRowsUp(2).density(0.6), 5, 300)).allSatisfy(s -> {
      for (CausalLink l : s.links()) {
        assertThat(rank(s, l.to()) - rank(s, l.from())).isBetween(1, 2);
      }
    }).anySatisfy(s -> assertThat(s.links()).anyMatch(l -> rank(s, l.to()) - rank(s, l.from()) == 2));
    assertThatThrownBy(() -> StrategyMapGenerators.upward().maxRowsUp(0)).isInstanceOf(BscException.class)
        .hasMessageContaining("rows: must be >= 1 but was 0");
  }

  @Test
  void densityOneWithALimitedReachMakesTheCompleteLayeredMap() {
    // 5 rows of 3: 4 pairs of adjacent rows and 3 pairs a row apart, 3·3 links each.
    Scorecard s = StrategyMapGenerators.upward().layers(5).objectivesPerPerspective(3, 3).maxRowsUp(2).density(1)
        .generate(Source.seeded(1));
    assertThat(s.links()).hasSize((4 + 3) * 9);
    assertThat(StrategyMapGenerators.upward().adjacentOnly().toString()).contains("maxRowsUp=1");
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
