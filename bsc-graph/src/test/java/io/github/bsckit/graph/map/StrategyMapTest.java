package io.github.bsckit.graph.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Strength;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.graph.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyMapTest {
  private static final ObjectiveId F1 = ObjectiveId.of("F1");
  private static final ObjectiveId C1 = ObjectiveId.of("C1");
  private static final ObjectiveId P1 = ObjectiveId.of("P1");
  private static final ObjectiveId L1 = ObjectiveId.of("L1");

  private final StrategyMap crm = StrategyMap.of(Fixtures.crmChain());

  @Test
  void ranksRowsFromTheBottom() {
    assertThat(crm.rankOf(L1)).isZero();
    assertThat(crm.rankOf(P1)).isEqualTo(1);
    assertThat(crm.rankOf(F1)).isEqualTo(3);
    assertThat(crm.topRank()).isEqualTo(3);
    assertThat(crm.rankOf(PerspectiveId.of("customer"))).isEqualTo(2);
    assertThat(crm.perspectiveAt(0).name()).isEqualTo("Learning & Growth");
    assertThat(crm.perspectiveOf(C1).id()).isEqualTo(PerspectiveId.of("customer"));
    assertThat(crm.outcomes()).containsExactly(F1);
    assertThat(crm.row(1)).containsExactly(P1);
  }

  @Test
  void graphHasOneVertexPerObjectiveAndOneEdgePerLinkInDeclarationOrder() {
    assertThat(crm.graph().vertexSet()).containsExactly(F1, C1, P1, L1);
    assertThat(crm.graph().edgeSet()).extracting(CausalLink::from).containsExactly(L1, P1, C1);
    assertThat(crm.directEffects(L1)).containsExactly(P1);
    assertThat(crm.directCauses(F1)).containsExactly(C1);
  }

  @Test
  void graphIsReadOnly() {
    assertThatThrownBy(() -> crm.graph().addVertex(ObjectiveId.of("X1")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> crm.graph().removeEdge(L1, P1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void keepsDuplicatesAndSelfLinksAmongLinksButNotInTheGraph() {
    Scorecard s = Fixtures.crmBuilder().link("L1", "P1", l -> l.weak()).link("P1", "P1").build();
    StrategyMap map = StrategyMap.of(s);

    assertThat(map.links()).hasSize(5);
    assertThat(map.graph().edgeSet()).hasSize(3);
    assertThat(map.graph().getEdge(L1, P1).strength()).contains(Strength.STRONG);
    assertThat(map.graph().containsEdge(P1, P1)).isFalse();
  }

  @Test
  void reachesDownstreamAndUpstreamWithTheFewestLinks() {
    assertThat(Reachability.of(crm).from(Flow.DOWNSTREAM, List.of(L1))).containsExactly(
        java.util.Map.entry(P1, 1), java.util.Map.entry(C1, 2), java.util.Map.entry(F1, 3));
    assertThat(Reachability.of(crm).from(Flow.UPSTREAM, List.of(C1))).containsOnlyKeys(P1, L1);
    assertThat(Reachability.of(crm).from(Flow.UPSTREAM, List.of(L1))).isEmpty();
  }

  @Test
  void reachIncludesTheStartOnlyWhenItLiesOnACycle() {
    StrategyMap cyclic = StrategyMap.of(Fixtures.crmBuilder().link("C1", "L1").build());

    assertThat(Reachability.of(cyclic).from(Flow.DOWNSTREAM, List.of(L1))).containsEntry(L1, 3).containsEntry(F1, 3);
  }

  @Test
  void ordersCausesBeforeEffects() {
    assertThat(TopologicalOrder.of(crm).all()).containsExactly(L1, P1, C1, F1);
    assertThat(Cycles.of(crm).exist()).isFalse();
    assertThat(Cycles.of(crm).find()).isEmpty();
  }

  @Test
  void findsAnObjectiveOrSaysItIsAbsentAsTheScorecardDoes() {
    assertThat(crm.objective(L1)).map(o -> o.name()).hasValue("Train Staff on New CRM");
    assertThat(crm.objective(ObjectiveId.of("X9"))).isEmpty().isEqualTo(crm.scorecard().objective(ObjectiveId.of("X9")));
  }

  @Test
  void namesACycleWhenItCannotOrder() {
    StrategyMap cyclic = StrategyMap.of(Fixtures.crmBuilder().link("C1", "L1").build());

    assertThat(Cycles.of(cyclic).exist()).isTrue();
    assertThat(Cycles.of(cyclic).find()).contains(List.of(C1, L1, P1));
    assertThatThrownBy(() -> TopologicalOrder.of(cyclic).all()).isInstanceOf(BscException.class)
        .hasMessageContaining("cycle C1 -> L1 -> P1 -> C1");
  }

  @Test
  void ordersAPartOfTheMapDespiteACycleElsewhere() {
    StrategyMap cyclic = StrategyMap.of(Fixtures.crmBuilder().link("C1", "P1").build());

    assertThat(TopologicalOrder.of(cyclic).among(List.of(F1, C1, L1))).containsExactly(C1, L1, F1);
  }

  @Test
  void listsEachElementaryCycleOnceFromItsFirstDeclaredObjective() {
    StrategyMap twoCycles = StrategyMap.of(Fixtures.crmBuilder().link("C1", "L1").link("F1", "C1").build());

    assertThat(Cycles.of(twoCycles).list(10)).containsExactly(List.of(F1, C1), List.of(C1, L1, P1));
    assertThat(Cycles.of(twoCycles).list(1)).hasSize(1);
    assertThatThrownBy(() -> Cycles.of(twoCycles).list(0)).hasMessageContaining("limit: must be >= 1 but was 0");
  }

  @Test
  void findsLinksImpliedByLongerChains() {
    StrategyMap map = StrategyMap.of(Fixtures.crmBuilder().link("L1", "C1").link("P1", "F1").build());

    assertThat(LinkReduction.of(map).impliedLinks()).extracting(ImpliedLink::toString)
        .containsExactly("L1 -> C1 (implied by L1 -> P1 -> C1)", "P1 -> F1 (implied by P1 -> C1 -> F1)");
    assertThat(LinkReduction.of(crm).impliedLinks()).isEmpty();
  }

  @Test
  void refusesToReduceACyclicMap() {
    StrategyMap cyclic = StrategyMap.of(Fixtures.crmBuilder().link("C1", "L1").build());

    assertThatThrownBy(() -> LinkReduction.of(cyclic).impliedLinks()).isInstanceOf(BscException.class).hasMessageContaining("cycle");
  }

  @Test
  void knowsThemesAndTheirObjectives() {
    StrategyMap map = StrategyMap.of(Fixtures.retail25());

    assertThat(map.themes().keySet()).containsExactly(ThemeId.of("T1"), ThemeId.of("T2"), ThemeId.of("T3"));
    assertThat(map.themes().get(ThemeId.of("T3"))).startsWith(ObjectiveId.of("F2"), ObjectiveId.of("F4"));
    assertThat(map.themesOf(ObjectiveId.of("P9"))).containsExactly(ThemeId.of("T2"), ThemeId.of("T3"));
  }

  @Test
  void rejectsObjectivesNotOnTheMap() {
    assertThatThrownBy(() -> crm.rankOf(ObjectiveId.of("X9"))).isInstanceOf(BscException.class)
        .hasMessage("no objective \"X9\" on the map of \"Acme Retail\"");
    assertThatThrownBy(() -> crm.row(4)).hasMessageContaining("rank: must be in 0..3 but was 4");
    assertThatThrownBy(() -> StrategyMap.of(null)).isInstanceOf(NullPointerException.class).hasMessage("scorecard");
  }

  @Test
  void describesItselfInOneLine() {
    assertThat(crm).hasToString("StrategyMap \"Acme Retail\" (4 objectives in 4 rows, 3 arrows)");
    assertThat(crm).isEqualTo(StrategyMap.of(Fixtures.crmChain()));
  }
}
