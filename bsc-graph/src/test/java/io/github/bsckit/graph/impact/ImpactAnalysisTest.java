package io.github.bsckit.graph.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.Fixtures;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("text")
class ImpactAnalysisTest {
  private static final ObjectiveId F1 = ObjectiveId.of("F1");
  private static final ObjectiveId F2 = ObjectiveId.of("F2");
  private static final ObjectiveId C1 = ObjectiveId.of("C1");
  private static final ObjectiveId P1 = ObjectiveId.of("P1");
  private static final ObjectiveId P2 = ObjectiveId.of("P2");
  private static final ObjectiveId L1 = ObjectiveId.of("L1");

  private final ImpactAnalysis crm = ImpactAnalysis.of(Fixtures.crmChain());

  /** L1 drives C1 through P1 (strong then weak) and through P2 (moderate twice); C1 drives F1 and F2. */
  private static Scorecard diamond() {
    return Scorecard.builder("Diamond")
        .objective("F1", "Grow Revenue", "financial")
        .objective("F2", "Raise Margin", "financial")
        .objective("C1", "Keep Customers", "customer")
        .objective("P1", "Speed Up Service", "internal-process")
        .objective("P2", "Personalise Offers", "internal-process")
        .objective("L1", "Train Staff", "learning-growth")
        .link("L1", "P1", l -> l.strong()).link("P1", "C1", l -> l.weak())
        .link("L1", "P2", l -> l.moderate()).link("P2", "C1", l -> l.moderate().inverse())
        .link("C1", "F1", l -> l.strong()).link("C1", "F2")
        .build();
  }

  private final ImpactAnalysis diamond = ImpactAnalysis.of(diamond());

  @Test
  void findsEffectsNearestFirst() {
    assertThat(crm.effects(L1)).hasToString("effects of L1: P1 (1 link), C1 (2 links), F1 (3 links)");
    assertThat(crm.drivers(C1).objectives()).containsExactly(P1, L1);
    assertThat(crm.drivers(L1)).hasToString("drivers of L1: none");
  }

  @Test
  void reportsPathsToOneTargetWithAnExactCountAsAJsonNumber() {
    PathReport report = diamond.pathReport(L1, F1, 1);

    assertThat(report.routes()).singleElement().satisfies(r -> {
      assertThat(r.count()).isEqualTo(BigInteger.TWO);
      assertThat(r.paths().truncated()).isTrue();
    });
    assertThat(report).hasToString("""
        L1 -> F1: 2 paths (first 1 shown)
          L1 -> P1 -> C1 -> F1  (strength 0.243)""");
    assertThat(report.toJson()).startsWith("""
        {
          "from": "L1",
          "unstatedStrength": 0.6,
          "to": "F1",
          "count": 2,
          "truncated": true,
          "paths": [
            [
              "L1",
              "P1",
              "C1",
              "F1"
            ]
          ],
          "strengths": [
            {
              "strength": 0.243""").contains("\"unstatedLinks\": 0\n");
  }

  @Test
  void reportsPathsToEveryOutcomeReachedInMapOrder() {
    PathReport report = diamond.pathReport(P2, 5);

    assertThat(report.to()).isEmpty();
    assertThat(report.routes()).extracting(PathReport.Route::to).containsExactly(F1, F2);
    assertThat(report.toJson()).startsWith("""
        {
          "from": "P2",
          "unstatedStrength": 0.6,
          "outcomes": [
            {
              "to": "F1",
              "count": 1,
              "truncated": false,
              "paths": [""");
    assertThat(diamond.pathReport(F1, 5)).hasToString("F1 reaches no top-row objective");
    assertThat(diamond.pathReport(F1, 5).toJson())
        .isEqualTo("{\n  \"from\": \"F1\",\n  \"unstatedStrength\": 0.6,\n  \"outcomes\": []\n}");
  }

  @Test
  void listsEveryPathFromADriverToTheOutcomes() {
    PathSet paths = diamond.pathsToOutcomes(L1, 10);

    assertThat(paths.truncated()).isFalse();
    assertThat(paths).hasToString("""
        4 paths from L1 to the outcomes:
          L1 -> P1 -> C1 -> F1 (strength 0.243)
          L1 -> P1 -> C1 -> F2 (strength 0.162, 1 link unstated, counted moderate)
          L1 -> P2 -> C1 -> F1 (strength 0.324, inverse)
          L1 -> P2 -> C1 -> F2 (strength 0.216, inverse, 1 link unstated, counted moderate)""");
  }

  @Test
  void saysWhenTheListWasCutAtTheLimit() {
    PathSet paths = diamond.paths(L1, C1, 1);

    assertThat(paths.paths()).hasSize(1);
    assertThat(paths.truncated()).isTrue();
    assertThat(paths.toString()).endsWith("... cut at the limit of 1; there are more");
    assertThat(diamond.paths(L1, C1, 2).truncated()).isFalse();
  }

  @Test
  void findsNoPathToAnObjectiveOutOfReach() {
    assertThat(diamond.paths(F1, L1, 5).paths()).isEmpty();
    assertThat(diamond.countPaths(F1, L1)).isZero();
    assertThat(diamond.countPathsToOutcomes(F1).byOutcome()).isEmpty();
  }

  @Test
  void countsPathsExactlyToEachOutcome() {
    PathCounts counts = diamond.countPathsToOutcomes(L1);

    assertThat(counts.to(F1)).isEqualTo(BigInteger.TWO);
    assertThat(counts.total()).isEqualTo(BigInteger.valueOf(4));
    assertThat(counts).hasToString("4 paths from L1 to the outcomes\n  F1: 2\n  F2: 2");
    assertThat(diamond.countPaths(L1, C1)).isEqualTo(BigInteger.TWO);
  }

  @Test
  void refusesToCountThroughACycleAndNamesIt() {
    ImpactAnalysis cyclic = ImpactAnalysis.of(Fixtures.crmBuilder().link("C1", "P1").build());

    assertThatThrownBy(() -> cyclic.countPathsToOutcomes(L1)).isInstanceOf(BscException.class)
        .hasMessageContaining("has a cycle C1 -> P1 -> C1");
  }

  @Test
  void countsDespiteACycleOffThePaths() {
    Scorecard s = Fixtures.crmBuilder().objective("P2", "Audit", "internal-process")
        .objective("P3", "Re-audit", "internal-process").link("P2", "P3").link("P3", "P2").build();

    assertThat(ImpactAnalysis.of(s).countPaths(L1, F1)).isEqualTo(BigInteger.ONE);
  }

  @Test
  void ranksPathsByTheProductOfTheirStrengths() {
    assertThat(diamond.strongestPaths(L1, F2, 1)).singleElement().hasToString(
        "L1 -> P2 -> C1 -> F2 (strength 0.216, inverse, 1 link unstated, counted moderate)");
    assertThat(diamond.strongestPaths(L1, F1, 5)).extracting(ImpactPath::strength)
        .containsExactly(0.6 * 0.6 * 0.9, 0.9 * 0.3 * 0.9);
    assertThat(diamond.strongestPaths(F1, L1, 3)).isEmpty();
  }

  @Test
  void ranksKeystonesByBetweennessThenReach() {
    List<Keystone> keystones = diamond.keystones();

    assertThat(keystones.get(0)).hasToString("C1 (betweenness 6, reaches 2 outcomes)");
    assertThat(keystones).extracting(Keystone::objective).startsWith(C1);
    assertThat(diamond.keystonesByReach()).extracting(Keystone::objective).startsWith(C1, P1, P2, L1);
  }

  @Test
  void propagatesAChangeAlongTheChain() {
    Projection p = crm.whatIf(L1, 10, 1);

    assertThat(p.changes()).containsOnlyKeys(P1, C1, F1);
    assertThat(p.changeOf(P1)).isCloseTo(9, within(1e-12));
    assertThat(p.changeOf(C1)).isCloseTo(5.4, within(1e-12));
    assertThat(p.changeOf(F1)).isCloseTo(4.86, within(1e-12));
    assertThat(p.changeOf(L1)).isEqualTo(10);
    assertThat(p).hasToString("what if L1 changes by +10 (damping 1):\n  P1 +9\n  C1 +5.4\n  F1 +4.86");
  }

  @Test
  void dampsAndSignsTheChangeAndAddsUpParallelPaths() {
    Projection p = diamond.whatIf(L1, 1, 0.5);

    // via P1: .9 * .3 * .5^2; via P2: .6 * -.6 * .5^2
    double c1 = 0.9 * 0.3 * 0.25 - 0.6 * 0.6 * 0.25;
    assertThat(p.changeOf(C1)).isCloseTo(c1, within(1e-12));
    assertThat(p.changeOf(F1)).isCloseTo(c1 * 0.9 * 0.5, within(1e-12));
    assertThat(p.changes().keySet()).containsExactly(P1, P2, C1, F1, F2);
  }

  @Test
  void refusesToPropagateAroundACycle() {
    ImpactAnalysis cyclic = ImpactAnalysis.of(Fixtures.crmBuilder().link("C1", "P1").build());

    assertThatThrownBy(() -> cyclic.whatIf(L1, 1, 0.5)).isInstanceOf(BscException.class)
        .hasMessageContaining("cycle C1 -> P1 -> C1");
  }

  @Test
  void propagatesDespiteACycleElsewhere() {
    Scorecard s = Fixtures.crmBuilder().objective("P2", "Audit", "internal-process")
        .objective("P3", "Re-audit", "internal-process").link("P2", "P3").link("P3", "P2").link("P3", "C1").build();

    assertThat(ImpactAnalysis.of(s).whatIf(L1, 1, 1).changes()).containsOnlyKeys(P1, C1, F1);
  }

  @Test
  void rejectsBadArgumentsNamingThem() {
    assertThatThrownBy(() -> crm.paths(L1, F1, 0)).isInstanceOf(BscException.class)
        .hasMessageContaining("limit: must be >= 1 but was 0");
    assertThatThrownBy(() -> crm.strongestPaths(L1, F1, 0)).hasMessageContaining("k: must be >= 1 but was 0");
    assertThatThrownBy(() -> crm.whatIf(L1, 1, 0)).hasMessageContaining("damping: must be in (0, 1] but was 0.0");
    assertThatThrownBy(() -> crm.whatIf(L1, 1, 1.5)).hasMessageContaining("damping: must be in (0, 1] but was 1.5");
    assertThatThrownBy(() -> crm.whatIf(L1, Double.NaN, 1)).hasMessageContaining("change: must be a finite number but was NaN");
    assertThatThrownBy(() -> crm.countPaths(L1, L1))
        .hasMessageContaining("to: must be an objective other than from (L1) but was L1");
    assertThatThrownBy(() -> crm.effects(F2)).hasMessage("no objective \"F2\" on the map of \"Acme Retail\"");
    assertThatThrownBy(() -> crm.drivers(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ImpactAnalysis.of((Scorecard) null)).isInstanceOf(NullPointerException.class);
  }
}
