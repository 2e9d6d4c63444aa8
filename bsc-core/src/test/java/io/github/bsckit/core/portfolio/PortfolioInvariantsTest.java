package io.github.bsckit.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The portfolio's invariants at their edges (roll-up ends, depths listed child first, a cycle reported once) and
 * its queries and derivations one by one.
 */
class PortfolioInvariantsTest {

  private static List<String> problems(Portfolio.Builder b) {
    try {
      b.build();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("built without problems");
  }

  @Test
  void aSupportShareMayBeZeroOrOne() {
    assertThat(Group.portfolio().withSupportShare(0).supportShare()).isZero();
    assertThat(Group.portfolio().withSupportShare(1).supportShare()).isEqualTo(1);
    assertThatThrownBy(() -> Group.portfolio().withSupportShare(-0.01)).hasMessageContaining("supportShare");
  }

  @Test
  void everyEndOfARollUpMustBeAKpiOfItsUnitWithAHint() {
    assertThat(problems(Group.builder().rollUp(KpiRollUp.ratioOfSums(UnitKpi.parse("corp/win-rat"),
        List.of(UnitKpi.parse("retail/wonn")), List.of(UnitKpi.parse("online/quotd")), 100)))).containsExactly(
            "rollUps[2].target: must name a KPI of unit corp but was \"win-rat\"; did you mean \"win-rate\"?",
            "rollUps[2].sources[0]: must name a KPI of unit retail but was \"wonn\"; did you mean \"won\"?",
            "rollUps[2].denominators[0]: must name a KPI of unit online but was \"quotd\"; did you mean \"quoted\"?");
    assertThat(problems(Group.builder().rollUp(KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.SUM,
        List.of(UnitKpi.parse("retial/revenue")))))).contains(
            "rollUps[2].sources[0]: must name a unit of the portfolio but was \"retial\"; did you mean \"retail\"?");
  }

  @Test
  void unitsListedBeforeTheirParentsGetTheirDepthsCountedFromTheRoot() {
    Portfolio p = Portfolio.builder("Deep")
        .unit(Unit.of("store", "Store", "retail", Group.business("Store")))
        .unit(Unit.of("retail", "Retail", "corp", Group.business("Retail")))
        .unit(Unit.root("corp", "Corp", Group.corporate()))
        .build();

    assertThat(p.depth(UnitId.of("store"))).isEqualTo(2);
    assertThat(p.depth(UnitId.of("retail"))).isEqualTo(1);
    assertThat(p.depth(UnitId.of("corp"))).isZero();
    assertThat(p.root().id()).isEqualTo(UnitId.of("corp"));
    assertThatThrownBy(() -> p.depth(UnitId.of("stor"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must name a unit of portfolio \"Deep\" but was \"stor\"; did you mean \"store\"?");
  }

  @Test
  void aCycleOfParentsIsReportedOnceNotForEachUnitOnIt() {
    assertThat(problems(Portfolio.builder("Loop")
        .unit(Unit.root("corp", "Corp", Group.corporate()))
        .unit(Unit.of("a", "A", "b", Group.business("A")))
        .unit(Unit.of("b", "B", "a", Group.business("B")))
        .unit(Unit.of("c", "C", "a", Group.business("C")))))
        .containsExactly("units[1].parent: must not make unit \"a\" its own ancestor, but the parents go round"
            + " a -> b -> a");
  }

  @Test
  void theChildrenOfAUnitCannotBeChangedFromOutside() {
    List<Unit> children = Group.portfolio().children(UnitId.of("corp"));
    assertThatThrownBy(() -> children.add(Group.portfolio().root())).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Group.portfolio().children(UnitId.of("online"))).isEmpty();
  }

  @Test
  void findsTheAlignmentsFromAnObjectiveAndTheRollUpOfAKpi() {
    Portfolio p = Group.portfolio();
    assertThat(p.alignmentsFrom(UnitObjective.parse("retail/C1"))).extracting(a -> a.to().toString())
        .containsExactly("corp/C1");
    assertThat(p.alignmentsFrom(UnitObjective.parse("corp/C1"))).isEmpty();
    assertThat(p.rollUpOf(UnitKpi.parse("corp/win-rate")).orElseThrow().aggregation())
        .isEqualTo(Aggregation.RATIO_OF_SUMS);
    assertThat(p.rollUpOf(UnitKpi.parse("retail/won"))).isEmpty();
  }

  @Test
  void withUnitReplacesAUnitInPlaceOrAddsItAtTheEnd() {
    Portfolio p = Group.portfolio();
    Portfolio heavier = p.withUnit(p.unit("retail").orElseThrow().withWeight(5));
    Portfolio grown = p.withUnit(Unit.of("b2b", "B2B", "corp", Group.business("B2B")));

    assertThat(heavier.units()).extracting(u -> u.id().value()).containsExactly("corp", "retail", "online");
    assertThat(heavier.unit("retail").orElseThrow().weight()).isEqualTo(5);
    assertThat(grown.units()).extracting(u -> u.id().value()).containsExactly("corp", "retail", "online", "b2b");
    assertThat(grown.children(UnitId.of("corp"))).extracting(u -> u.id().value())
        .containsExactly("retail", "online", "b2b");
    assertThat(p.withUnit(p.root())).isEqualTo(p);
  }

  @Test
  void removingAUnitOrRollUpThatIsNotThereChangesNothing() {
    Portfolio p = Group.portfolio();
    assertThat(p.withoutUnit(UnitId.of("nowhere"))).isSameAs(p);
    assertThat(p.withoutRollUp(UnitKpi.parse("corp/win-rate")).rollUps()).extracting(r -> r.target().toString())
        .containsExactly("corp/revenue");
    assertThat(p.withoutRollUp(UnitKpi.parse("retail/won"))).isEqualTo(p);
  }

  @Test
  void portfoliosDifferingInAnyPartAreUnequalWithOtherHashCodes() {
    Portfolio p = Group.portfolio();
    assertThat(p).isNotEqualTo(p.withSupportShare(0.25)).isNotEqualTo(p.withoutRollUp(UnitKpi.parse("corp/revenue")))
        .isNotEqualTo(p.withoutAlignment(UnitObjective.parse("retail/F1"), UnitObjective.parse("corp/F1")))
        .isNotEqualTo(p.withUnit(p.unit("online").orElseThrow().withWeight(2)))
        .isNotEqualTo(p.toString());
    assertThat(p.hashCode()).isNotEqualTo(p.withSupportShare(0.25).hashCode());
    assertThat(Portfolio.builder("Other").unit(Unit.root("corp", "Acme Group", Group.corporate())).build())
        .isNotEqualTo(Portfolio.builder("Acme Group").unit(Unit.root("corp", "Acme Group", Group.corporate())).build());
  }
}
