package io.github.bsckit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import org.junit.jupiter.api.Test;

/** Targets as people write them: floors, ceilings, ordinal scales, milestones, and the inferred direction. */
class TargetsAndScalesTest {

  @Test
  void aKpiWithoutADirectionWhoseTargetLiesBelowItsBaselineDecreases() {
    Kpi findings = Kpi.builder("findings", "Audit findings").baseline(7, "2026-01-01").target(2, "2026-12-31").build();
    assertThat(findings.direction()).isEqualTo(Direction.DECREASE);
  }

  @Test
  void aKpiWithoutADirectionIncreasesWhenNothingSaysOtherwise() {
    assertThat(Kpi.builder("a", "Up").baseline(1, "2026-01-01").target(2, "2026-12-31").build().direction())
        .isEqualTo(Direction.INCREASE);
    assertThat(Kpi.builder("b", "Held").baseline(2, "2026-01-01").target(2, "2026-12-31").build().direction())
        .isEqualTo(Direction.INCREASE);
    assertThat(Kpi.builder("c", "No baseline").target(-5, "2026-12-31").build().direction())
        .isEqualTo(Direction.INCREASE);
  }

  @Test
  void aStatedDirectionIsKeptEvenWhenTheTargetSaysOtherwise() {
    Kpi k = Kpi.builder("a", "Stated").increase().baseline(7, "2026-01-01").target(2, "2026-12-31").build();
    assertThat(k.direction()).isEqualTo(Direction.INCREASE);
  }

  @Test
  void aFloorIncreasesAndACeilingDecreasesWhateverTheBaseline() {
    Kpi floor = Kpi.builder("participation", "Participation").unit("%").baseline(87, "2026-01-01")
        .atLeast(70, "2026-12-31").build();
    Kpi ceiling = Kpi.builder("debt", "Debt service").unit("%").baseline(1.6, "2026-01-01")
        .atMost(2, "2026-12-31").build();
    assertThat(floor.direction()).isEqualTo(Direction.INCREASE);
    assertThat(floor.targetKind()).isEqualTo(TargetKind.AT_LEAST);
    assertThat(floor.isOneSided()).isTrue();
    assertThat(ceiling.direction()).isEqualTo(Direction.DECREASE);
    assertThat(ceiling.targetKind()).isEqualTo(TargetKind.AT_MOST);
    assertThat(floor).hasToString("participation \"Participation\" lagging increase 87% -> at least 70% by 2026-12-31");
  }

  @Test
  void aFloorThatShouldDecreaseIsRejectedNamingTheDirection() {
    assertThatThrownBy(() -> Kpi.builder("x", "X").decrease().atLeast(70, "2026-12-31").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            Problem.at("direction", "must be increase for a target kept at or above its value, but was decrease")));
  }

  @Test
  void aTargetBuiltAgainKeepsItsKindAndDroppingTheTargetDropsTheKind() {
    Kpi floor = Kpi.builder("p", "P").atLeast(70, "2026-12-31").build();
    assertThat(floor.toBuilder().build()).isEqualTo(floor);
    assertThat(floor.withoutTarget().targetKind()).isEqualTo(TargetKind.REACH);
  }

  @Test
  void anOrdinalKpiTakesLevelsAsTextAndHoldsTheirPositions() {
    Kpi rating = Kpi.builder("rating", "Credit rating").ordinal("C", "B", "BB", "A", "AA", "AAA")
        .baseline("AA", "2026-01-01").target("AAA", "2027-12-31").milestone("AA", "2026-12-31").build();
    assertThat(rating.baseline().orElseThrow().value()).isEqualTo(4);
    assertThat(rating.target().orElseThrow().value()).isEqualTo(5);
    assertThat(rating.scale().format(5)).isEqualTo("AAA");
    assertThat(rating).hasToString(
        "rating \"Credit rating\" lagging increase [C < B < BB < A < AA < AAA] AA -> AAA by 2027-12-31");
  }

  @Test
  void anOrdinalTargetBelowItsBaselineDecreasesDownTheScale() {
    Kpi risk = Kpi.builder("risk", "Risk rating").ordinal("low", "medium", "high")
        .baseline("high", "2026-01-01").target("low", "2026-12-31").build();
    assertThat(risk.direction()).isEqualTo(Direction.DECREASE);
  }

  @Test
  void aLevelNotOnTheScaleIsReportedWithTheScaleAndAHint() {
    assertThatThrownBy(() -> Kpi.builder("rating", "Credit rating").ordinal("BBB", "AA", "AAA")
        .baseline("AAAA", "2026-01-01").target(7, "2027-12-31").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            Problem.at("baseline.value", "must be a level of the scale BBB < AA < AAA but was \"AAAA\"; did you"
                + " mean \"AAA\"?"),
            Problem.at("target.value", "must be a level of the scale BBB < AA < AAA (a position from 0 to 2) but"
                + " was 7")));
  }

  @Test
  void anOrdinalScaleNeedsTwoDistinctLevels() {
    assertThatThrownBy(() -> Scale.ordinal("done")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("scale: must list 2 to 100 levels but listed 1");
    assertThatThrownBy(() -> Scale.ordinal("a", "b", "a")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("scale[2]: must differ from the levels before it but repeats \"a\"");
  }

  @Test
  void aMilestoneKpiIsDoneByADate() {
    Kpi erp = Kpi.builder("erp", "New ERP implementation").doneBy("2026-09-30").build();
    assertThat(erp.scale()).isEqualTo(Scale.milestone());
    assertThat(erp.target()).contains(DatedValue.of(1, "2026-09-30"));
    assertThat(erp.direction()).isEqualTo(Direction.INCREASE);
    assertThat(erp).hasToString("erp \"New ERP implementation\" lagging milestone target done by 2026-09-30");
  }

  @Test
  void aMilestoneKpiHasNoUnitNoMilestonesAndATargetOfDone() {
    assertThatThrownBy(() -> Kpi.builder("erp", "ERP").unit("%").scale(Scale.milestone()).baseline(0, "2026-01-01")
        .target(0, "2026-09-30").milestone(1, "2026-06-30").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
            .containsExactly("unit", "milestones", "target.value"));
  }

  @Test
  void anOrdinalScaleHasTwoToAHundredLevels() {
    java.util.List<String> hundred = java.util.stream.IntStream.range(0, Scale.MAX_LEVELS).mapToObj(i -> "L" + i)
        .toList();
    assertThat(Scale.ordinal(hundred).levels()).hasSize(100);
    assertThat(Scale.ordinal("low", "high").levels()).containsExactly("low", "high");
    java.util.List<String> tooMany = new java.util.ArrayList<>(hundred);
    tooMany.add("L100");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(io.github.bsckit.core.ValidationException.class,
        () -> Scale.ordinal(tooMany))).hasMessageContaining("scale: must list 2 to 100 levels but listed 101");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(io.github.bsckit.core.ValidationException.class,
        () -> Scale.ordinal("only"))).hasMessageContaining("but listed 1");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(io.github.bsckit.core.ValidationException.class,
        () -> Scale.ordinal("a", "x".repeat(101), "y".repeat(100))))
        .hasMessageContaining("scale[1]: must be at most 100 characters but was 101")
        .hasMessageNotContaining("scale[2]");
  }

  @Test
  void aScaleHoldsOnlyItsOwnPositionsAndWritesThemAsItsLevels() {
    Scale abc = Scale.ordinal("C", "B", "A");
    assertThat(abc.type()).isEqualTo(Scale.Type.ORDINAL);
    assertThat(Scale.milestone().type()).isEqualTo(Scale.Type.MILESTONE);
    assertThat(abc.holds(0)).isTrue();
    assertThat(abc.holds(2)).isTrue();
    assertThat(abc.holds(3)).isFalse();
    assertThat(abc.holds(-1)).isFalse();
    assertThat(abc.holds(1.5)).isFalse();
    assertThat(abc.holds(Double.NaN)).isFalse();
    assertThat(abc.format(2)).isEqualTo("A");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(io.github.bsckit.core.ValidationException.class,
        () -> abc.format(3))).hasMessageContaining("value: must be a level of the scale C < B < A (a position from 0 "
            + "to 2) but was 3");
    assertThat(Scale.milestone().holds(1)).isTrue();
    assertThat(Scale.milestone().holds(2)).isFalse();
    assertThat(abc).isEqualTo(Scale.ordinal("C", "B", "A")).hasSameHashCodeAs(Scale.ordinal("C", "B", "A"))
        .isNotEqualTo(Scale.ordinal("C", "B", "AA")).isNotEqualTo(Scale.milestone()).isNotEqualTo("C < B < A");
    assertThat(Scale.ordinal("not done", "done")).isNotEqualTo(Scale.milestone());
    assertThat(abc.hashCode()).isNotEqualTo(Scale.ordinal("A", "B", "C").hashCode());
  }
}
