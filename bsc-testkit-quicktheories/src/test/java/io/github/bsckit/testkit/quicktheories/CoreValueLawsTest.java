package io.github.bsckit.testkit.quicktheories;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Strength;
import io.github.bsckit.core.model.Theme;
import io.github.bsckit.testkit.Samples;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws every value of bsc-core's model obeys, checked on bsc-testkit's generated scorecards. They live here, not
 * in bsc-core, because bsc-testkit depends on bsc-core: core's tests cannot use it, so they kept a private
 * generator of their own until the laws moved to this module.
 */
class CoreValueLawsTest {
  private static final Gen<Scorecard> SCORECARDS = gen(ScorecardGenerators.valid().initiatives(3));

  @Test
  void equalScorecardsHaveEqualHashCodes() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Scorecard a = Samples.one(ScorecardGenerators.valid().initiatives(3), seed, 0);
      Scorecard b = Samples.one(ScorecardGenerators.valid().initiatives(3), seed, 0);
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a.toString()).isEqualTo(b.toString());
    });
  }

  @Test
  void unequalSeedsThatGiveEqualScorecardsStillAgreeOnHashCode() {
    qt().withExamples(300).forAll(SCORECARDS, SCORECARDS).checkAssert((a, b) -> {
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      } else {
        assertThat(b).isNotEqualTo(a);
      }
    });
  }

  @Test
  void withThenWithoutReturnsAnEqualScorecard() {
    qt().withExamples(300).forAll(SCORECARDS).checkAssert(s -> {
      Objective fresh = Objective.builder("fresh-objective", "Fresh", s.topPerspective().id().value())
          .kpi("fresh-kpi", "Fresh KPI", k -> k.target(1, "2027-01-01")).build();
      assertThat(s.withObjective(fresh).withoutObjective(fresh.id())).isEqualTo(s);

      Theme theme = Theme.of("fresh-theme", "Fresh theme");
      assertThat(s.withTheme(theme).withoutTheme(theme.id())).isEqualTo(s);

      Initiative initiative = Initiative.builder("fresh-initiative", "Fresh initiative").build();
      assertThat(s.withInitiative(initiative).withoutInitiative(initiative.id())).isEqualTo(s);

      if (!s.objectives().isEmpty()) {
        CausalLink link = CausalLink.of(s.objectives().get(0).id(), s.objectives().get(s.objectives().size() - 1).id())
            .withStrength(Strength.MODERATE);
        assertThat(s.withLink(link).withoutLink(link)).isEqualTo(s);
      }
    });
  }

  @Test
  void builderOutputEqualsTheSameScorecardBuiltThroughDerivations() {
    qt().withExamples(300).forAll(SCORECARDS).checkAssert(s -> {
      Scorecard derived = Scorecard.builder(s.name()).perspectives(s.perspectives()).build()
          .withFiscalYearStart(s.fiscalYearStart()).withScoring(s.scoring());
      derived = s.vision().map(derived::withVision).orElse(derived);
      derived = s.mission().map(derived::withMission).orElse(derived);
      derived = s.stage().map(derived::withStage).orElse(derived);
      for (Theme t : s.themes()) {
        derived = derived.withTheme(t);
      }
      for (Objective o : s.objectives()) {
        derived = derived.withObjective(o);
      }
      for (CausalLink l : s.links()) {
        derived = derived.withLink(l);
      }
      for (Initiative i : s.initiatives()) {
        derived = derived.withInitiative(i);
      }
      assertThat(derived).isEqualTo(s);
    });
  }

  @Test
  void builderAcceptsBuiltPartsAndGivesTheSameScorecard() {
    qt().withExamples(200).forAll(SCORECARDS).checkAssert(s -> {
      Scorecard.Builder b = Scorecard.builder(s.name()).perspectives(s.perspectives())
          .fiscalYearStart(s.fiscalYearStart()).scoring(s.scoring());
      s.vision().ifPresent(b::vision);
      s.mission().ifPresent(b::mission);
      s.stage().ifPresent(b::stage);
      s.themes().forEach(b::theme);
      s.objectives().forEach(o -> b.objective(o.toBuilder().build()));
      s.links().forEach(b::link);
      s.initiatives().forEach(b::initiative);
      assertThat(b.build()).isEqualTo(s);
    });
  }

  @Test
  void everyCollectionAValueReturnsIsUnmodifiable() {
    qt().withExamples(200).forAll(SCORECARDS).checkAssert(s -> {
      assertUnmodifiable(s.perspectives());
      assertUnmodifiable(s.themes());
      assertUnmodifiable(s.objectives());
      assertUnmodifiable(s.links());
      assertUnmodifiable(s.initiatives());
      assertUnmodifiable(s.kpis());
      for (Objective o : s.objectives()) {
        assertUnmodifiable(o.themes());
        assertUnmodifiable(o.kpis());
        assertUnmodifiable(s.objectivesIn(o.perspective()));
        for (Kpi k : o.kpis()) {
          assertUnmodifiable(k.milestones());
          k.scoring().ifPresent(spec -> assertUnmodifiable(spec.parameters()));
        }
      }
      for (Initiative i : s.initiatives()) {
        assertUnmodifiable(i.objectives());
      }
      assertUnmodifiable(s.scoring().method().parameters());
    });
  }

  @Test
  void actualsHandOutUnmodifiableViews() {
    Actuals a = Actuals.builder().add("k", "2026-01-31", 1).add("k", "2026-02-28", 2).build();
    KpiId k = KpiId.of("k");
    assertUnmodifiable(a.kpis());
    assertUnmodifiable(a.upTo(k, LocalDate.parse("2026-12-31")));
    assertThatThrownBy(() -> a.series(k).put(LocalDate.parse("2026-03-31"), 3.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void assertUnmodifiable(Collection<?> c) {
    assertThatThrownBy(() -> ((Collection) c).add(null)).isInstanceOfAny(UnsupportedOperationException.class,
        NullPointerException.class);
    assertThatThrownBy(() -> c.clear()).isInstanceOf(UnsupportedOperationException.class);
    if (c instanceof List<?> list && !list.isEmpty()) {
      assertThatThrownBy(() -> ((List) list).set(0, list.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void assertUnmodifiable(Map<?, ?> m) {
    assertThatThrownBy(() -> ((Map) m).put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
