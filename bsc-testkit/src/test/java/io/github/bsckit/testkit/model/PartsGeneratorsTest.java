package io.github.bsckit.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.testkit.Samples;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generators of the parts of a scorecard: ids, names, perspectives, themes, initiatives, actuals. */
class PartsGeneratorsTest {

  @Test
  void idsAlwaysHaveTheIdSyntax() {
    assertThat(Samples.of(IdGenerators.ids(), 1, 2_000)).allMatch(id -> id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"))
        .anyMatch(id -> id.length() > 20);
    assertThat(Samples.of(IdGenerators.objectiveIds(), 1, 100)).doesNotContainNull();
  }

  @Test
  void invalidIdsAreAlwaysRejected() {
    assertThat(Samples.of(IdGenerators.invalid(), 2, 500)).allSatisfy(text ->
        assertThatThrownBy(() -> ObjectiveId.of(text)).isInstanceOf(ValidationException.class));
  }

  @Test
  void unicodeNamesAreNonBlankAndReachBeyondTheBasicPlane() {
    List<String> names = Samples.of(NameGenerators.unicode(1, 30), 3, 2_000);
    assertThat(names).allSatisfy(n -> {
      assertThat(n).isNotBlank();
      assertThat(n.codePointCount(0, n.length())).isBetween(1, 30);
    });
    assertThat(names).anyMatch(n -> n.codePoints().anyMatch(Character::isSupplementaryCodePoint))
        .anyMatch(n -> n.contains("<") || n.contains("&")).anyMatch(n -> n.codePoints().anyMatch(c -> c >= 0x4E00));
  }

  @Test
  void asciiNamesArePrintableAndNonBlank() {
    assertThat(Samples.of(NameGenerators.ascii(1, 20), 4, 1_000)).allSatisfy(n -> {
      assertThat(n).isNotBlank().hasSizeBetween(1, 20);
      assertThat(n.chars()).allMatch(c -> c >= 0x20 && c <= 0x7E);
    });
  }

  @Test
  void pacingsComeInEveryKindAndReadBackFromTheirText() {
    List<Pacing> pacings = Samples.of(PacingGenerators.any(), 6, 600);
    assertThat(pacings).contains(Pacing.linear(), Pacing.frontLoaded(), Pacing.backLoaded())
        .anyMatch(p -> p.toString().startsWith("seasonal:")).anyMatch(p -> p.toString().startsWith("custom:"))
        .allSatisfy(p -> assertThat(Pacing.parse(p.toString())).isEqualTo(p));
  }

  @Test
  void perspectivesComeClassicReorderedOrCustom() {
    List<List<Perspective>> sets = Samples.of(PerspectiveGenerators.any(), 5, 500);
    assertThat(sets).contains(Perspective.classic());
    assertThat(sets).anySatisfy(p -> assertThat(p).containsExactlyInAnyOrderElementsOf(Perspective.classic())
        .isNotEqualTo(Perspective.classic()));
    assertThat(sets).anySatisfy(p -> assertThat(p.get(0).id().value()).isEqualTo("mission"));
    assertThat(Samples.of(PerspectiveGenerators.custom(2, 6), 5, 500)).allSatisfy(p ->
        assertThat(p).hasSizeBetween(2, 6).doesNotHaveDuplicates());
    assertThat(PerspectiveGenerators.rows(3)).extracting(p -> p.id().value()).containsExactly("row-1", "row-2", "row-3");
  }

  @Test
  void themesHaveDistinctIdsAndNames() {
    assertThat(Samples.of(ThemeGenerators.themes(3, 5), 6, 300)).allSatisfy(ts -> {
      assertThat(ts).hasSizeBetween(3, 5);
      assertThat(ts).extracting(t -> t.name()).doesNotHaveDuplicates();
      assertThat(ts.get(0).id().value()).isEqualTo("T1");
    });
  }

  @Test
  void initiativesServeOnlyTheGivenObjectives() {
    List<ObjectiveId> objectives = List.of(ObjectiveId.of("F1"), ObjectiveId.of("C1"), ObjectiveId.of("L1"));
    assertThat(Samples.of(InitiativeGenerators.forObjectives(objectives, 4), 7, 300)).allSatisfy(is -> {
      assertThat(is).hasSizeLessThanOrEqualTo(4);
      for (Initiative i : is) {
        assertThat(i.objectives()).isNotEmpty().isSubsetOf(objectives);
      }
    });
    assertThat(Samples.of(InitiativeGenerators.forObjectives(List.of(), 2), 7, 50))
        .allSatisfy(is -> is.forEach(i -> assertThat(i.objectives()).isEmpty()));
  }

  @Test
  void actualsFollowEachKpisFrequencyFromItsBaseline() {
    for (Scorecard s : Samples.of(ScorecardGenerators.valid(), 8, 100)) {
      Actuals actuals = ActualsGenerators.forScorecard(s).generate(io.github.bsckit.testkit.Source.seeded(1));
      assertThat(s.kpis().stream().map(Kpi::id).toList()).containsAll(actuals.kpis());
      for (Kpi k : s.kpis()) {
        List<LocalDate> dates = List.copyOf(actuals.series(k.id()).keySet());
        for (int i = 0; i < dates.size(); i++) {
          LocalDate start = k.baseline().map(DatedValue::date)
              .orElseGet(() -> k.target().map(t -> t.date().minusYears(1)).orElse(LocalDate.of(2026, 1, 1)));
          assertThat(dates.get(i)).isEqualTo(start.plus(k.frequency().period().multipliedBy(i + 1)));
        }
      }
    }
  }

  @Test
  void actualsOfAnIncreasingKpiEndNearItsTarget() {
    Kpi k = KpiGenerators.any().directions(io.github.bsckit.core.model.Direction.INCREASE)
        .generate(io.github.bsckit.testkit.Source.seeded(21));
    assertThat(Samples.of(ActualsGenerators.forKpi(k), 9, 200)).filteredOn(v -> v.size() == 12).allSatisfy(series -> {
      double b = k.baseline().map(DatedValue::value).orElse(k.target().orElseThrow().value());
      double t = k.target().orElseThrow().value();
      double slack = Math.max((t - b) / 4, Math.pow(10, -k.precision())) + 1e-9;
      assertThat(series.get(11).value()).isBetween(t - slack, t + slack);
    });
  }
}
