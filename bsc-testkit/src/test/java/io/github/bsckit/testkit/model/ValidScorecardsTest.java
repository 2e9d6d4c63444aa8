package io.github.bsckit.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.testkit.Canonical;
import io.github.bsckit.testkit.GenerationException;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.testkit.internal.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidScorecardsTest {

  @Test
  void sameSeedGivesTheSameScorecardsOnEveryRunAndJdk() {
    // Computed once (JDK 17) and pinned: the canonical text writes doubles exactly and avoids hash-order
    // iteration, and seeded sources use SplitMix64 written out in bsc-testkit, so only a change to the
    // generators themselves may change this. If you change a generator on purpose, update the fingerprint.
    // (Also a new model component: CausalLink's basis, always EMPIRICAL here, changed the canonical text.)
    List<Scorecard> fifty = Samples.of(ScorecardGenerators.valid(), 2026, 50);
    assertThat(Canonical.sha256(fifty)).isEqualTo("71dd260ee310f43e0d60ad7245f21cd1288ec6761d6b6531f5ee14e261cef05f");
    assertThat(Samples.of(ScorecardGenerators.valid(), 2026, 50)).isEqualTo(fifty);
  }

  @Test
  void everyGeneratedScorecardPassesEveryCoreRule() {
    assertThat(Samples.stream(ScorecardGenerators.valid(), 1, 10_000).filter(s -> !RuleSet.core().validate(s).isClean())
        .findFirst()).isEmpty();
  }

  @Test
  void linksGoOnePerspectiveUpBetweenObjectivesOfTheSameThemesEachPairOnce() {
    // The shape that keeps every causality rule quiet; bsc-graph's GeneratedScorecardsTest checks the rules
    // themselves, since bsc-testkit depends on bsc-core alone.
    assertThat(Samples.stream(ScorecardGenerators.valid(), 2, 2_000)).allSatisfy(s -> {
      assertThat(s.links().stream().map(l -> List.of(l.from(), l.to())).toList()).doesNotHaveDuplicates();
      for (CausalLink l : s.links()) {
        Objective from = s.objective(l.from()).orElseThrow();
        Objective to = s.objective(l.to()).orElseThrow();
        assertThat(s.rankFromBottom(to.perspective())).as(l.toString())
            .isEqualTo(s.rankFromBottom(from.perspective()) + 1);
        assertThat(Set.copyOf(to.themes())).as(l.toString()).isEqualTo(Set.copyOf(from.themes()));
      }
    });
  }

  @Test
  void everySettingStillGivesScorecardsThatPassEveryCoreRule() {
    List<ValidScorecards> settings = List.of(ScorecardGenerators.valid().withThemes(),
        ScorecardGenerators.valid().withoutThemes().linkDensity(1),
        ScorecardGenerators.valid().spanningAllPerspectives().linkDensity(0),
        ScorecardGenerators.valid().perspectives(PerspectiveGenerators.custom(2, 6)).objectives(12, 25),
        ScorecardGenerators.valid().perspectives(PerspectiveGenerators.publicSector()).withThemes().initiatives(0));
    for (ValidScorecards g : settings) {
      assertThat(Samples.stream(g, 3, 500).filter(s -> !RuleSet.core().validate(s).isClean()).findFirst())
          .as(g.toString()).isEmpty();
    }
  }

  @Test
  void scorecardsKeepWithinTheirSettings() {
    assertThat(Samples.of(ScorecardGenerators.valid().objectives(6, 9).withThemes(), 4, 300)).allSatisfy(s -> {
      assertThat(s.objectives()).hasSizeBetween(6, 9);
      assertThat(s.themes()).hasSizeBetween(3, 4);
      // Every theme has objectives of its own; a slice serving two themes or none may come on top.
      assertThat(s.themes()).allSatisfy(t -> assertThat(s.objectives()).anySatisfy(o -> assertThat(o.themes())
          .containsExactly(t.id())));
    });
    assertThat(Samples.of(ScorecardGenerators.valid().withoutThemes().initiatives(0), 4, 100))
        .allSatisfy(s -> assertThat(s.themes()).isEmpty()).allSatisfy(s -> assertThat(s.initiatives()).isEmpty());
  }

  @Test
  void spanningScorecardsHaveEveryThemeInEveryPerspective() {
    assertThat(Samples.of(ScorecardGenerators.valid().spanningAllPerspectives().withThemes(), 5, 200)).allSatisfy(s -> {
      for (Perspective p : s.perspectives()) {
        Set<Object> themes = new java.util.HashSet<>();
        s.objectivesIn(p.id()).forEach(o -> themes.addAll(o.themes()));
        assertThat(themes).containsAll(s.themes().stream().map(t -> t.id()).toList());
      }
    });
  }

  @Test
  void kpiValuesHaveNoMoreDecimalsThanTheirPrecision() {
    assertThat(Samples.of(ScorecardGenerators.valid(), 6, 300)).allSatisfy(s -> {
      for (Kpi k : s.kpis()) {
        k.baseline().ifPresent(b -> assertThat(decimals(b.value())).as(k.toString()).isLessThanOrEqualTo(k.precision()));
        k.target().ifPresent(t -> assertThat(decimals(t.value())).as(k.toString()).isLessThanOrEqualTo(k.precision()));
        assertThat(k.precision()).isBetween(0, 10);
      }
    });
  }

  @Test
  void generatesEveryDirectionKindAndPerspectiveOrder() {
    List<Scorecard> all = Samples.of(ScorecardGenerators.valid(), 7, 300);
    assertThat(all.stream().flatMap(s -> s.kpis().stream()).map(k -> k.direction() + "/" + k.kind()).distinct())
        .containsExactlyInAnyOrder("increase/level", "increase/flow", "decrease/level", "decrease/flow", "range/level",
            "range/flow");
    assertThat(all.stream().map(s -> s.perspectives().get(0).id().value()).distinct().count()).isGreaterThan(3);
    assertThat(all).anySatisfy(s -> assertThat(s.themes()).isEmpty()).anySatisfy(s -> assertThat(s.themes()).isNotEmpty());
  }

  @Test
  void allLowestChoicesMakeTheSmallestValidScorecard() {
    Scorecard smallest = ScorecardGenerators.valid().generate((lo, hi) -> lo);
    assertThat(smallest.objectives()).extracting(Objective::id).extracting(Object::toString).containsExactly("F1", "C1");
    assertThat(smallest.links()).extracting(Object::toString).containsExactly("C1 -> F1");
    assertThat(RuleSet.core().validate(smallest).isClean()).isTrue();
  }

  @Test
  void explainsSettingsThatCannotBeMet() {
    assertThatThrownBy(() -> ScorecardGenerators.valid().perspectives(Generators.constant(List.of(Perspective.FINANCIAL)))
        .generate(Source.seeded(1))).isInstanceOf(GenerationException.class)
        .hasMessageContaining("needs at least 2 perspectives").hasMessageEndingWith("made 1");
    assertThatThrownBy(() -> ScorecardGenerators.valid().objectives(2, 5).withThemes().generate(Source.seeded(1)))
        .isInstanceOf(GenerationException.class)
        .hasMessage("3 themes need at least 6 objectives but the most allowed is 5");
    assertThatThrownBy(() -> ScorecardGenerators.valid().objectives(1, 5)).isInstanceOf(BscException.class)
        .hasMessageContaining("min: must be >= 2 but was 1");
    assertThatThrownBy(() -> ScorecardGenerators.valid().linkDensity(1.5)).isInstanceOf(BscException.class)
        .hasMessageContaining("density: must be between 0 and 1 but was 1.5");
  }

  private static int decimals(double v) {
    int p = new BigDecimal(Double.toString(v)).stripTrailingZeros().scale();
    // Cross-check with the exact-units conversion used by the generators.
    return Decimals.value(Decimals.units(v, Math.max(0, Math.min(10, p))), Math.max(0, Math.min(10, p))) == v
        ? Math.max(0, p) : Integer.MAX_VALUE;
  }
}
