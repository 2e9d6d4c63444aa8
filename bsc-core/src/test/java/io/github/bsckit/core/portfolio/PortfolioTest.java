package io.github.bsckit.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.ObjectiveId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The portfolio model: its tree, its queries, its derivations and its invariants. */
class PortfolioTest {

  @Test
  void knowsItsTreeRootChildrenAndDepths() {
    Portfolio p = Group.portfolio();
    assertThat(p.root().id()).isEqualTo(UnitId.of("corp"));
    assertThat(p.children(UnitId.of("corp"))).extracting(u -> u.id().value()).containsExactly("retail", "online");
    assertThat(p.depth(UnitId.of("corp"))).isZero();
    assertThat(p.depth(UnitId.of("online"))).isEqualTo(1);
    assertThat(p.alignmentsTo(UnitObjective.parse("corp/F1"))).extracting(a -> a.from().toString())
        .containsExactly("retail/F1", "online/F1");
    assertThat(p.rollUpOf(UnitKpi.parse("corp/revenue"))).isPresent();
    assertThat(p.kpi(UnitKpi.parse("retail/won"))).isPresent();
  }

  @Test
  void everyDerivationReturnsANewPortfolioAndLeavesTheOldOneAlone() {
    Portfolio p = Group.portfolio();
    Portfolio lighter = p.withoutAlignment(UnitObjective.parse("online/C1"), UnitObjective.parse("corp/C1"));
    assertThat(lighter.alignments()).hasSize(3);
    assertThat(p.alignments()).hasSize(4);
    assertThat(lighter.withAlignment(Alignment.of(UnitObjective.parse("online/C1"), UnitObjective.parse("corp/C1")))
        .alignments()).hasSize(4);
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.withSupportShare(0.25).supportShare()).isEqualTo(0.25);
  }

  @Test
  void removingALeafUnitTakesItsAlignmentsAndRollUpSourcesWithIt() {
    Portfolio p = Group.portfolio().withoutUnit(UnitId.of("online"));
    assertThat(p.units()).extracting(u -> u.id().value()).containsExactly("corp", "retail");
    assertThat(p.alignments()).allMatch(a -> !a.from().unit().value().equals("online"));
    assertThat(p.rollUpOf(UnitKpi.parse("corp/revenue")).orElseThrow().sources())
        .containsExactly(UnitKpi.parse("retail/revenue"));
  }

  @Test
  void refusesToRemoveAUnitThatHasUnitsUnderIt() {
    assertThatThrownBy(() -> Group.portfolio().withoutUnit(UnitId.of("corp")))
        .hasMessageContaining("without units under it").hasMessageContaining("retail");
  }

  @Test
  void reportsEveryBrokenInvariantAtOnceWithItsPath() {
    assertThatThrownBy(() -> Group.builder()
        .unit(Unit.of("retail", "Retail again", "corp", Group.business("Retail")))
        .unit(Unit.of("team", "Team", "retial", Group.business("Team")))
        .align("retail", "F9", "corp", "F1")
        .align("nowhere", "F1", "corp", "F1")
        .rollUp(KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.MAX, List.of(UnitKpi.parse("team/revenue"))))
        .build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path).contains(
            "units[3].id", "units[4].parent", "alignments[4].from", "alignments[5].from", "rollUps[2].target"))
        .hasMessageContaining("did you mean \"retail\"?")
        .hasMessageContaining("must name an objective of unit retail but was \"F9\"");
  }

  @Test
  void rejectsParentsThatGoRound() {
    assertThatThrownBy(() -> Portfolio.builder("Loop")
        .unit(Unit.root("corp", "Corp", Group.corporate()))
        .unit(Unit.of("a", "A", "b", Group.business("A")))
        .unit(Unit.of("b", "B", "a", Group.business("B")))
        .build()).hasMessageContaining("its own ancestor").hasMessageContaining("a -> b -> a");
  }

  @Test
  void rejectsARollUpComputedFromItself() {
    assertThatThrownBy(() -> Group.builder()
        .rollUp(KpiRollUp.of(UnitKpi.parse("retail/revenue"), Aggregation.SUM, List.of(UnitKpi.parse("corp/revenue"))))
        .build()).hasMessageContaining("from itself");
  }

  @Test
  void rejectsAnAlignmentFromAnObjectiveToItselfAndWeightsOutOfRange() {
    assertThatThrownBy(() -> Group.builder().align("retail", "F1", "retail", "F1").build())
        .hasMessageContaining("another objective");
    assertThatThrownBy(() -> Alignment.of(UnitObjective.parse("a/B"), UnitObjective.parse("c/D")).withWeight(-1))
        .hasMessageContaining("weight");
    assertThatThrownBy(() -> Group.portfolio().withSupportShare(1.5)).hasMessageContaining("supportShare");
  }

  @Test
  void aRatioOfSumsNeedsDenominatorsAndOtherAggregationsTakeNone() {
    assertThatThrownBy(() -> new KpiRollUp(UnitKpi.parse("a/x"), Aggregation.RATIO_OF_SUMS,
        List.of(UnitKpi.parse("b/x")), List.of(), 100, MissingData.SKIP)).hasMessageContaining("denominators");
    assertThatThrownBy(() -> new KpiRollUp(UnitKpi.parse("a/x"), Aggregation.SUM,
        List.of(UnitKpi.parse("b/x")), List.of(UnitKpi.parse("c/x")), 1, MissingData.SKIP))
        .hasMessageContaining("only for ratio-of-sums");
  }

  @Test
  void qualifiedIdsReadAndPrintAsUnitSlashElement() {
    assertThat(UnitObjective.parse("retail/C1")).isEqualTo(UnitObjective.of("retail", "C1"));
    assertThat(UnitObjective.parse("retail/C1").objective()).isEqualTo(ObjectiveId.of("C1"));
    assertThat(UnitKpi.parse("retail/won")).hasToString("retail/won");
    assertThat(UnitElement.of(UnitId.of("retail"))).hasToString("retail");
    assertThatThrownBy(() -> UnitObjective.parse("C1")).hasMessageContaining("unit/objective");
    assertThatThrownBy(() -> UnitId.of("bad id")).hasMessageContaining("unit id");
  }

  @Test
  void printsItsUnitTree() {
    assertThat(Group.portfolio().toString()).isEqualTo("""
        Portfolio "Acme Group" (3 units, 4 alignments, 2 roll-ups)
          corp "Acme Group": 2 objectives
            retail "Retail": 2 objectives, weight 3
            online "Online": 2 objectives""");
    assertThat(Group.portfolio().unit("online").map(Unit::parent)).hasValue(Optional.of(UnitId.of("corp")));
  }
}
