package io.github.bsckit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringSpec;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18: arithmetic at the extremes never lets NaN or an infinity into a report. */
class ScoringExtremesTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");
  private static final ScoringSpec PROGRESS = ScoringSpec.of("progress");

  private static void assertFiniteEverywhere(ScoreReport report) {
    for (ScoreNode n : report.nodes()) {
      assertThat(n.overshoot()).as(n.name() + " overshoot").isFinite();
      assertThat(n.coverage()).as(n.name() + " coverage").isFinite();
      n.score().ifPresent(s -> assertThat(s).as(n.name() + " score").isBetween(0.0, 1.0));
      assertThat(n.trend().slopePerDay()).isFinite();
    }
  }

  @Test
  void weightsAreBoundedSoThatNoRollUpOverflows() {
    assertThatThrownBy(() -> Scorecard.builder("Acme").objective("F1", "Grow", "financial", o -> o
        .kpi("a", "A", k -> k.weight(1e308).baseline(0, "2026-01-01").target(1, "2026-12-31"))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("objectives[0].kpis[0].weight: must be a number from 0 to 1000000 but was 1.0E308");
  }

  @Test
  void twoKpisOfTheLargestWeightRollUpToTheirMeanWithFullCoverage() {
    Scorecard s = Scorecard.builder("Acme").objective("F1", "Grow", "financial", o -> o
        .kpi("a", "A", k -> k.weight(1_000_000).scoring(PROGRESS).baseline(0, "2026-01-01").target(1, "2026-12-31"))
        .kpi("b", "B", k -> k.weight(1_000_000).scoring(PROGRESS).baseline(0, "2026-01-01").target(1, "2026-12-31")))
        .build();
    ScoreReport r = Scorer.defaults().score(s, Actuals.builder().add("a", "2026-06-01", 1).add("b", "2026-06-01", 1)
        .build(), AS_OF);
    ScoreNode f1 = r.objective(io.github.bsckit.core.model.ObjectiveId.of("F1")).orElseThrow();
    assertThat(f1.coverage()).isEqualTo(1.0);
    assertThat(f1.status()).isEqualTo(Status.ON_TRACK);
    assertFiniteEverywhere(r);
  }

  @Test
  void rollUpsOfHugeWeightsAndOvershootsStayFinite() {
    Evaluation e = RollUps.combine(RollUp.WEIGHTED_MEAN, List.of(Evaluation.ofRaw(Double.MAX_VALUE),
        Evaluation.ofRaw(0.5)), new double[] {1e308, 1e308}, "none");
    assertThat(e.score()).isCloseTo(0.75, within(1e-12));
    assertThat(e.coverage()).isEqualTo(1.0);
    assertThat(e.overshoot()).isFinite().isGreaterThan(1e307);
  }

  @Test
  void aTargetAHairFromAHugeBaselineGivesAFiniteOvershoot() {
    double baseline = -1e308;
    double target = Math.nextUp(baseline);
    Scorecard s = Scorecard.builder("Acme").objective("F1", "Grow", "financial", o -> o
        .kpi("a", "A", k -> k.scoring(PROGRESS).baseline(baseline, "2026-01-01").target(target, "2026-12-31")))
        .build();
    for (double actual : new double[] {0, 1e308, -1e308, target}) {
      ScoreReport r = Scorer.defaults().score(s, Actuals.builder().add("a", "2026-06-01", actual).build(), AS_OF);
      assertFiniteEverywhere(r);
    }
    ScoreReport far = Scorer.defaults().score(s, Actuals.builder().add("a", "2026-06-01", 1e308).build(), AS_OF);
    assertThat(far.kpi(KpiId.of("a")).orElseThrow().score()).hasValue(1.0);
  }

  @Test
  void aUserMethodReturningAnInfinityIsRefusedByName() {
    Scorecard s = Scorecard.builder("Acme").objective("F1", "Grow", "financial", o -> o
        .kpi("a", "A", k -> k.scoring(ScoringSpec.of("boundless")).baseline(0, "2026-01-01").target(1, "2026-12-31")))
        .build();
    Scorer scorer = Scorer.defaults().withMethod("boundless", in -> Double.POSITIVE_INFINITY);
    assertThatThrownBy(() -> scorer.score(s, Actuals.builder().add("a", "2026-06-01", 1).build(), AS_OF))
        .isInstanceOf(BscException.class)
        .hasMessageContaining("scoring method boundless returned Infinity for KPI a")
        .hasMessageContaining("a score must be a finite number");
  }
}
