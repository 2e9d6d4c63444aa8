package io.github.bsckit.graph.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Strength;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11 §5: a link nobody weighed counts as moderate, never as certain, and the output says so. */
class UnstatedStrengthTest {
  private static final ObjectiveId L1 = ObjectiveId.of("L1");
  private static final ObjectiveId F1 = ObjectiveId.of("F1");

  /** Two chains of three links from L1 to F1: one unannotated, one marked strong throughout. */
  private static final Scorecard TWO_CHAINS = Scorecard.builder("Acme")
      .objective("F1", "Grow", "financial")
      .objective("C1", "Keep", "customer").objective("C2", "Delight", "customer")
      .objective("P1", "Run", "internal-process").objective("P2", "Improve", "internal-process")
      .objective("L1", "Train", "learning-growth")
      .link("L1", "P1").link("P1", "C1").link("C1", "F1")
      .link("L1", "P2", l -> l.strong()).link("P2", "C2", l -> l.strong()).link("C2", "F1", l -> l.strong())
      .build();

  @Test
  void anUnstatedStrengthCountsAsModerate() {
    assertThat(Strength.UNSTATED).isEqualTo(Strength.MODERATE);
    assertThat(CausalLink.of("L1", "P1").effectiveStrength()).isEqualTo(0.6);
    assertThat(CausalLink.of("L1", "P1").withStrength(Strength.STRONG).effectiveStrength()).isEqualTo(0.9);
  }

  @Test
  void aChainMarkedStrongOutranksAnUnannotatedOne() {
    List<ImpactPath> paths = ImpactAnalysis.of(TWO_CHAINS).strongestPaths(L1, F1, 2);

    assertThat(paths).extracting(Object::toString).containsExactly(
        "L1 -> P2 -> C2 -> F1 (strength 0.729)",
        "L1 -> P1 -> C1 -> F1 (strength 0.216, 3 links unstated, counted moderate)");
    assertThat(paths).extracting(ImpactPath::unstatedLinks).containsExactly(0, 3);
  }

  @Test
  void whatIfPassesOnOnlyAModerateShareAlongAnUnannotatedLink() {
    Projection p = ImpactAnalysis.of(TWO_CHAINS).whatIf(ObjectiveId.of("P1"), 10, 1);

    assertThat(p.changeOf(ObjectiveId.of("C1"))).isCloseTo(6, within(1e-12));
    assertThat(p.changeOf(F1)).isCloseTo(3.6, within(1e-12));
  }

  @Test
  void aPathReportShowsEachPathsStrengthAndWhatWasAssumed() {
    PathReport r = ImpactAnalysis.of(TWO_CHAINS).pathReport(L1, F1, 10);

    assertThat(r.toString()).contains("L1 -> P1 -> C1 -> F1  (strength 0.216, 3 links unstated, counted moderate)",
        "L1 -> P2 -> C2 -> F1  (strength 0.729)");
    assertThat(r.toJson()).contains("\"unstatedStrength\": 0.6", "\"unstatedLinks\": 3", "\"unstatedLinks\": 0");
  }
}
