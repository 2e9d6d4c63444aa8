package io.github.bsckit.graph.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.model.PerspectiveGenerators;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import io.github.bsckit.testkit.model.StrategyMapGenerators;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * bsc-testkit's generators against the real rules: its "valid" scorecards pass every core and causality rule,
 * and its maps are what they say they are. bsc-testkit cannot check this itself, since it must not depend on
 * bsc-graph.
 */
class GeneratedScorecardsTest {
  private static final RuleSet EVERY_RULE = RuleSet.core().and(StrategyMapRules.all());

  @Test
  void everyValidScorecardPassesEveryCoreAndCausalityRule() {
    assertThat(firstNotClean(ScorecardGenerators.valid(), 2026, 10_000)).isEmpty();
  }

  @Test
  void everySettingOfTheValidGeneratorStillPassesEveryRule() {
    List<Generator<Scorecard>> settings = List.of(ScorecardGenerators.valid().withThemes(),
        ScorecardGenerators.valid().withoutThemes().linkDensity(1),
        ScorecardGenerators.valid().spanningAllPerspectives().linkDensity(0),
        ScorecardGenerators.valid().perspectives(PerspectiveGenerators.custom(2, 6)).objectives(12, 25),
        ScorecardGenerators.valid().perspectives(PerspectiveGenerators.publicSector()).withThemes().initiatives(0),
        ScorecardGenerators.valid().perspectives(PerspectiveGenerators.classicReordered()).spanningAllPerspectives()
            .withThemes());
    for (Generator<Scorecard> g : settings) {
      assertThat(firstNotClean(g, 3, 500)).as(g.toString()).isEmpty();
    }
  }

  @Test
  void upwardMapsHaveNoCycleAndNoLinkThatIsNotUpward() {
    assertThat(Samples.of(StrategyMapGenerators.upward().density(0.5), 1, 500)).allSatisfy(s ->
        assertThat(StrategyMapRules.all().validate(s).ruleIds()).as(s.toString()).doesNotContain("cycle", "self-link",
            "duplicate-link", "downward-link", "within-perspective-link"));
  }

  @Test
  void adjacentOnlyMapsSkipNoPerspectiveAndImplyNoLink() {
    assertThat(Samples.of(StrategyMapGenerators.upward().adjacentOnly().density(0.7), 2, 300)).allSatisfy(s ->
        assertThat(StrategyMapRules.all().validate(s).ruleIds()).as(s.toString())
            .doesNotContain("skipped-perspective", "redundant-link", "cycle"));
  }

  @Test
  void mapsWithLinksAnyWayGiveEveryLinkAndShapeRuleSomethingToReport() {
    Set<String> fired = Samples.stream(StrategyMapGenerators.any(), 3, 400)
        .flatMap(s -> StrategyMapRules.all().validate(s).ruleIds().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    // Every rule but theme-crossing: these maps have no themes.
    assertThat(fired).containsExactlyInAnyOrderElementsOf(StrategyMapRules.all().rules().stream().map(r -> r.id())
        .filter(id -> !id.equals("theme-crossing")).toList());
  }

  @Test
  void mapsWithLinksAnyWayReportSelfLinksAndDuplicatesExactlyWhenTheyHaveThem() {
    assertThat(Samples.of(StrategyMapGenerators.any(), 4, 300)).allSatisfy(s -> {
      ValidationReport report = StrategyMapRules.all().validate(s);
      boolean selfLinked = s.links().stream().anyMatch(CausalLink::isSelfLink);
      boolean duplicated = s.links().stream().filter(l -> !l.isSelfLink()).map(l -> List.of(l.from(), l.to()))
          .distinct().count() < s.links().stream().filter(l -> !l.isSelfLink()).count();
      assertThat(report.ruleIds().contains("self-link")).as(s.toString()).isEqualTo(selfLinked);
      assertThat(report.ruleIds().contains("duplicate-link")).as(s.toString()).isEqualTo(duplicated);
    });
  }

  /** The first sample that some rule reports, with what was reported, or empty when all are clean. */
  private static Optional<String> firstNotClean(Generator<Scorecard> generator, long seed, int count) {
    return Samples.stream(generator, seed, count).map(s -> {
      ValidationReport report = EVERY_RULE.validate(s);
      return report.isClean() ? null : report + "\n" + s;
    }).filter(x -> x != null).findFirst();
  }
}
