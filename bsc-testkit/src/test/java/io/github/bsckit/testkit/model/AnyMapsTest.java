package io.github.bsckit.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.Source;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnyMapsTest {
  private static final List<Scorecard> MAPS = Samples.of(StrategyMapGenerators.any(), 1, 500);

  @Test
  void linksPointEveryWayTheMapAllows() {
    assertThat(MAPS).anyMatch(s -> s.links().stream().anyMatch(l -> rank(s, l.to()) > rank(s, l.from())))
        .anyMatch(s -> s.links().stream().anyMatch(l -> rank(s, l.to()) < rank(s, l.from())))
        .anyMatch(s -> s.links().stream().anyMatch(l -> !l.isSelfLink() && rank(s, l.to()) == rank(s, l.from())))
        .anyMatch(s -> s.links().stream().anyMatch(CausalLink::isSelfLink));
  }

  @Test
  void someMapsDrawALinkTwiceAndSomeLinkBothWays() {
    assertThat(MAPS).anyMatch(s -> new HashSet<>(pairs(s)).size() < s.links().size())
        .anyMatch(s -> pairs(s).stream().anyMatch(p -> !p.get(0).equals(p.get(1))
            && pairs(s).contains(List.of(p.get(1), p.get(0)))));
  }

  @Test
  void mapsKeepWithinTheirSettings() {
    assertThat(MAPS).allSatisfy(s -> {
      assertThat(s.perspectives()).hasSizeBetween(1, 4);
      assertThat(s.links()).hasSizeLessThanOrEqualTo(2 * s.objectives().size());
      assertThat(s.themes()).isEmpty();
      assertThat(s.objectives()).allSatisfy(o -> assertThat(o.kpis()).isEmpty());
    }).anySatisfy(s -> assertThat(s.perspectives()).hasSize(1)).anySatisfy(s -> assertThat(s.links()).isEmpty());
    assertThat(Samples.of(StrategyMapGenerators.any().layers(3).objectivesPerPerspective(2, 2).linksPerObjective(0),
        2, 50)).allSatisfy(s -> {
          assertThat(s.objectives()).hasSize(6);
          assertThat(s.links()).isEmpty();
        });
  }

  @Test
  void mapsWithKpisPassTheCoreRulesOnWhichTheMapsShapeDoesNotBear() {
    // Any map may leave a row empty or use one row only: that shape is what these maps are for.
    RuleSet rules = RuleSet.core().without("too-many-objectives").without("empty-perspective")
        .without("single-perspective");
    assertThat(Samples.of(StrategyMapGenerators.any().withKpis(), 3, 200)).allSatisfy(s ->
        assertThat(rules.validate(s).isClean()).as(s.toString()).isTrue());
  }

  @Test
  void allLowestChoicesMakeOneObjectiveWithoutLinks() {
    Scorecard simplest = StrategyMapGenerators.any().generate((lo, hi) -> lo);
    assertThat(simplest.perspectives()).hasSize(1);
    assertThat(simplest.objectives()).hasSize(1);
    assertThat(simplest.links()).isEmpty();
  }

  @Test
  void theSameSeedGivesTheSameMap() {
    assertThat(StrategyMapGenerators.any().generate(Source.seeded(5)))
        .isEqualTo(StrategyMapGenerators.any().generate(Source.seeded(5)));
  }

  @Test
  void rejectsANegativeLinkCount() {
    assertThatThrownBy(() -> StrategyMapGenerators.any().linksPerObjective(-1)).isInstanceOf(BscException.class)
        .hasMessageContaining("max: must be >= 0 but was -1");
  }

  private static List<List<ObjectiveId>> pairs(Scorecard s) {
    return s.links().stream().map(l -> List.of(l.from(), l.to())).toList();
  }

  private static int rank(Scorecard s, ObjectiveId id) {
    return s.rankFromBottom(s.objective(id).orElseThrow().perspective());
  }
}
