package io.github.bsckit.graph.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.Fixtures;
import io.github.bsckit.graph.map.StrategyMap;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Impact analysis at its edges: limits, equal ends, damping, and the small values it hands back. */
@Tag("text")
class ImpactEdgesTest {
  private static final ObjectiveId F1 = ObjectiveId.of("F1");
  private static final ObjectiveId C1 = ObjectiveId.of("C1");
  private static final ObjectiveId P1 = ObjectiveId.of("P1");
  private static final ObjectiveId L1 = ObjectiveId.of("L1");
  private static final ObjectiveId X1 = ObjectiveId.of("X1");

  /** The CRM chain plus X1, an objective linked to nothing. */
  private static final StrategyMap MAP = StrategyMap.of(Fixtures.crmBuilder()
      .objective("X1", "Open a Second Store", "internal-process").build());
  private final ImpactAnalysis impact = ImpactAnalysis.of(MAP);

  @Test
  void everyPathQueryRefusesALimitBelowOneEvenWhenThereIsNothingToList() {
    assertThatThrownBy(() -> impact.paths(L1, F1, 0)).hasMessageContaining("limit: must be >= 1 but was 0");
    assertThatThrownBy(() -> impact.pathsToOutcomes(L1, 0)).hasMessageContaining("limit: must be >= 1 but was 0");
    assertThatThrownBy(() -> impact.pathReport(X1, 0)).hasMessageContaining("limit: must be >= 1 but was 0");
    assertThatThrownBy(() -> impact.pathReport(X1, F1, 0)).hasMessageContaining("limit: must be >= 1 but was 0");
  }

  @Test
  void pathQueriesBetweenAnObjectiveAndItselfAreRefused() {
    assertThatThrownBy(() -> impact.paths(F1, F1, 1)).hasMessageContaining("must be an objective other than from");
    assertThatThrownBy(() -> impact.strongestPaths(C1, C1, 1))
        .hasMessageContaining("must be an objective other than from");
  }

  @Test
  void whatIfPassesOnTheDampedShareOfEachLinkDownTheChain() {
    Projection p = impact.whatIf(L1, 10, 0.5);
    double expected = 10;
    for (CausalLink l : MAP.links()) {
      expected *= l.effectiveStrength() * 0.5;
      assertThat(p.changeOf(l.to())).as(l.toString()).isCloseTo(expected, within(1e-12));
    }
    assertThat(p.changeOf(L1)).isEqualTo(10);
    assertThat(p.changeOf(X1)).isZero();
    assertThatThrownBy(() -> impact.whatIf(L1, 10, 0)).hasMessageContaining("damping");
    assertThat(impact.whatIf(L1, 10, 1).changeOf(P1)).isCloseTo(10 * MAP.links().get(0).effectiveStrength(),
        within(1e-12));
  }

  @Test
  void aPathKnowsItsEndsItsObjectivesAndWhatItPassesThrough() {
    ImpactPath path = new ImpactPath(MAP.links());

    assertThat(path.from()).isEqualTo(L1);
    assertThat(path.to()).isEqualTo(F1);
    assertThat(path.objectives()).containsExactly(L1, P1, C1, F1);
    assertThat(path.passesThrough(C1)).isTrue();
    assertThat(path.passesThrough(X1)).isFalse();
    assertThat(path.length()).isEqualTo(3);
    assertThatThrownBy(() -> new ImpactPath(List.of())).hasMessageContaining("links: must name at least one link");
    assertThatThrownBy(() -> new ImpactPath(List.of(MAP.links().get(0), MAP.links().get(2))))
        .hasMessageContaining("links[1]: must start at P1 but was C1 -> F1");
  }

  @Test
  void aKeystoneMayHaveNoBetweennessButNotLessAndAPathCountMustBePositive() {
    assertThat(new Keystone(F1, 0, 0).betweenness()).isZero();
    assertThatThrownBy(() -> new Keystone(F1, -0.5, 0)).hasMessageContaining("betweenness");
    assertThatThrownBy(() -> new Keystone(F1, 1, -1)).hasMessageContaining("outcomesReached");
    assertThat(new PathCounts(L1, Map.of(F1, BigInteger.ONE)).total()).isEqualTo(BigInteger.ONE);
    assertThatThrownBy(() -> new PathCounts(L1, Map.of(F1, BigInteger.ZERO)))
        .hasMessageContaining("byOutcome.F1: must be a positive count but was 0");
  }

  @Test
  void aPathReportNamesItsEndsAndWritesTheSameJsonToAWriter() {
    PathReport toOne = impact.pathReport(L1, F1, 5);
    PathReport toAll = impact.pathReport(L1, 5);
    StringWriter out = new StringWriter();
    toOne.writeJson(out);

    assertThat(toOne.from()).isEqualTo(L1);
    assertThat(toOne.to()).contains(F1);
    assertThat(toAll.to()).isEmpty();
    assertThat(out.toString()).isEqualTo(toOne.toJson()).contains("\"F1\"");
    assertThat(toOne).isEqualTo(impact.pathReport(L1, F1, 5)).hasSameHashCodeAs(impact.pathReport(L1, F1, 5))
        .isNotEqualTo(impact.pathReport(P1, F1, 5)).isNotEqualTo(impact.pathReport(L1, C1, 5));
    assertThat(toAll).isNotEqualTo(toOne);
  }

  @Test
  void aPathSetAndAReachSayWhatTheyCover() {
    PathSet paths = impact.paths(L1, F1, 3);

    assertThat(paths.toString()).startsWith("1 path from L1 to F1:");
    assertThat(impact.pathsToOutcomes(L1, 3).toString()).startsWith("1 path from L1 to the outcomes:");
    assertThat(impact.drivers(F1).contains(L1)).isTrue();
    assertThat(impact.drivers(F1).contains(X1)).isFalse();
    assertThat(impact.toString()).startsWith("ImpactAnalysis of ").contains("Acme Retail");
    assertThat(ImpactAnalysis.of(Fixtures.crmChain()).paths(L1, F1, 1).paths()).hasSize(1);
  }

  @Test
  void theStrongestPathsComeStrongestFirst() {
    Scorecard s = Fixtures.crmBuilder().link("L1", "C1", l -> l.weak()).link("P1", "F1", l -> l.strong()).build();
    List<ImpactPath> strongest = ImpactAnalysis.of(s).strongestPaths(L1, F1, 5);

    assertThat(strongest).hasSize(3);
    for (int i = 0; i + 1 < strongest.size(); i++) {
      assertThat(strongest.get(i).strength()).isGreaterThanOrEqualTo(strongest.get(i + 1).strength());
    }
    assertThat(Optional.of(strongest.get(0).objectives())).contains(List.of(L1, P1, F1));
  }
}
