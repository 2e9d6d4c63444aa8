package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.plan.ExpectedPath;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.okr.grading.GradeBand;
import io.github.bsckit.okr.grading.KeyResultGrade;
import io.github.bsckit.okr.grading.ObjectiveGrade;
import io.github.bsckit.okr.grading.OkrGrader;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's chain of README's quick start on 2026-06-30, every KPI exactly on its planned path: one plan, two
 * views. The scorecard says ON_TRACK where the same quarter's OKRs grade 1.0 green.
 */
class SeedChainMidYearTest {
  private static final LocalDate MID_YEAR = LocalDate.parse("2026-06-30");

  /** README's quick-start chain, as written there. */
  private static Scorecard chain() {
    return Scorecard.builder("Acme Retail")
        .objective("L1", "Train Staff on New CRM", "learning-growth", o -> o.kpi("crm-certified",
            "Staff CRM-certified", k -> k.leading().unit("%").baseline(20, "2026-01-01").target(90, "2026-12-31")))
        .objective("P1", "Improve Sales Conversion Process", "internal-process", o -> o.kpi("conversion",
            "Demo conversion", k -> k.leading().unit("%").baseline(18, "2026-01-01").target(25, "2026-12-31")))
        .objective("C1", "Increase Customer Retention", "customer", o -> o.kpi("retention", "Retention rate",
            k -> k.lagging().unit("%").baseline(85, "2026-01-01").target(90, "2026-12-31")))
        .objective("F1", "Grow Lifetime Customer Value", "financial", o -> o.kpi("clv", "Customer lifetime value",
            k -> k.lagging().unit("$").baseline(1200, "2026-01-01").target(1500, "2026-12-31")))
        .link("L1", "P1").link("P1", "C1").link("C1", "F1")
        .build();
  }

  /** Each KPI's actual on a date is exactly what its expected path expects then. */
  private static Actuals onPlan(Scorecard s, LocalDate on) {
    Actuals actuals = Actuals.empty();
    for (Kpi k : s.kpis()) {
      actuals = actuals.with(k.id(), on, ExpectedPath.of(s, k).orElseThrow().valueAt(on));
    }
    return actuals;
  }

  @Test
  void onItsPlannedPathAtMidYearTheChainIsOnTrackWhereItsOkrsAreGreen() {
    Scorecard chain = chain();
    Actuals actuals = onPlan(chain, MID_YEAR);

    ScoreReport report = Scorer.defaults().score(chain, actuals, MID_YEAR);
    assertThat(report.nodes()).extracting(ScoreNode::status).containsOnly(Status.ON_TRACK);

    OkrPlan plan = OkrPlanner.defaults().plan(chain);
    List<ObjectiveGrade> q2 = OkrGrader.grade(plan, FiscalQuarter.parse("FY2026 Q2"), actuals, MID_YEAR);
    assertThat(q2).hasSize(4).allSatisfy(o -> assertThat(o.keyResults()).singleElement().satisfies(kr -> {
      assertThat(kr.grade().reported()).isEqualTo(1.0);
      assertThat(kr.grade().band()).isEqualTo(GradeBand.GREEN);
      assertThat(kr.grade().status()).isEqualTo(Status.ON_TRACK);
    }));
    // the key result's target at the quarter's end is the path's value then, as scoring expects it
    assertThat(q2).flatExtracting(ObjectiveGrade::keyResults).extracting(KeyResultGrade::current)
        .containsExactlyElementsOf(q2.stream().map(o -> o.keyResults().get(0).keyResult().target()).toList());
  }

  @Test
  void theYearEndViewWouldCallTheSamePlanOffTrack() {
    Scorecard yearEnd = chain().withScoring(ScoringPolicy.DEFAULT.withMethod(ScoringSpec.of("progress")));
    ScoreReport report = Scorer.defaults().score(yearEnd, onPlan(yearEnd, MID_YEAR), MID_YEAR);
    // half-way through the year, half of the way done: 50% of the year-end target's progress
    assertThat(report.scorecard().score().getAsDouble()).isBetween(0.49, 0.51);
    assertThat(report.scorecard().status()).isEqualTo(Status.OFF_TRACK);
  }
}
