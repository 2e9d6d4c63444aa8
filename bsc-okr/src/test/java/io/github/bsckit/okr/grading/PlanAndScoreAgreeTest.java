package io.github.bsckit.okr.grading;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.core.plan.ExpectedPath;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.Scorer;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import io.github.bsckit.okr.testing.Generators;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.model.KpiGenerators;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One plan, two views, over bsc-testkit's generated scorecards, their KPIs written as people write targets
 * (targets to reach, floors and ceilings, ordinal scales, milestones, RANGE bands): on any date, for every KPI that
 * has a key result in that date's quarter, the scorecard's status and the status its key result's grade to date
 * maps to ({@link Grade#status(io.github.bsckit.core.model.Thresholds)}) are the same, in both directions: a
 * KPI without a score has no grade, and a graded one has the status of its score.
 */
class PlanAndScoreAgreeTest {
  private static final int EXAMPLES = Integer.getInteger("okr.examples", 200);
  /** Each KPI is scored on its own date, a full report each time: a few KPIs per scorecard keep the run short. */
  private static final int KPIS_PER_SCORECARD = 6;
  /** The scorecard-wide methods tried: the default, the year-end view, and one that jumps from 0 to 1. */
  private static final List<String> METHODS = List.of("expected-to-date", "progress", "binary");

  /**
   * Generated scorecards whose KPIs are rewritten, each by a KPI with a baseline that may be a floor, a ceiling,
   * an ordinal or a milestone KPI, under the same id.
   */
  private static final Generator<Scorecard> SCORECARDS = ScorecardGenerators.valid().flatMap(s -> source -> {
    Scorecard out = s;
    for (Objective o : s.objectives()) {
      Objective rewritten = o;
      for (Kpi k : o.kpis()) {
        rewritten = rewritten.withKpi(KpiGenerators.withId(k.id()).withBaseline().asWritten().generate(source));
      }
      out = out.withObjective(rewritten);
    }
    return out;
  });

  /** A scorecard, each KPI paced by a generated pacing, with its fiscal year starting in some month. */
  private static Scorecard paced(Scorecard s, Month start, Pacing pacing) {
    Scorecard out = s.withFiscalYearStart(start);
    for (Objective o : s.objectives()) {
      Objective paced = o;
      for (Kpi k : o.kpis()) {
        paced = paced.withKpi(k.withPacing(pacing));
      }
      out = out.withObjective(paced);
    }
    return out;
  }

  /** A KPI with a path, a day in its horizon, and the key result of that day's quarter. */
  private record Case(Scorecard scorecard, Kpi kpi, ExpectedPath path, LocalDate on, KeyResult keyResult) {}

  private static List<Case> cases(Scorecard s, int pick) {
    OkrPlan plan = OkrPlanner.defaults().plan(s);
    List<Case> out = new ArrayList<>();
    for (Kpi k : s.kpis()) {
      Optional<ExpectedPath> path = ExpectedPath.of(s, k);
      if (out.size() == KPIS_PER_SCORECARD) {
        break;
      }
      if (path.isEmpty()) {
        continue;
      }
      LocalDate from = k.baseline().orElseThrow().date();
      long days = ChronoUnit.DAYS.between(from, k.target().orElseThrow().date());
      LocalDate on = from.plusDays(1 + Math.floorMod(pick * 7919L + out.size() * 104729L, days));
      plan.keyResults(k.id()).stream().filter(kr -> !on.isBefore(kr.from()) && !on.isAfter(kr.due())).findFirst()
          .ifPresent(kr -> out.add(new Case(s, k, path.get(), on, kr)));
    }
    return out;
  }

  /** An actual a share of the way from the path's start to its expected value, on the KPI's scale. */
  private static double actual(Case c, int pace) {
    double b = c.path().points().get(0).value();
    double v = b + (c.path().valueAt(c.on()) - b) * pace / 100.0;
    return c.kpi().scale().isNumbers() ? v
        : Math.max(0, Math.min(c.kpi().scale().levels().size() - 1, Math.rint(v)));
  }

  private static Actuals actuals(Case c, double actual) {
    return Actuals.empty().with(c.kpi().id(), c.on(), actual);
  }

  private static ScoreNode scored(Case c, double actual) {
    return Scorer.defaults().score(c.scorecard(), actuals(c, actual), c.on()).kpi(c.kpi().id()).orElseThrow();
  }

  private static Optional<Grade> gradeToDate(Case c, double actual) {
    return OkrGrader.gradeToDate(c.keyResult(), c.path(), actuals(c, actual), c.on(), c.scorecard().scoring());
  }

  @Test
  void aKpiExactlyOnItsExpectedPathIsOnTrackAndItsKeyResultGradesOneToDate() {
    qt().withExamples(EXAMPLES).forAll(gen(SCORECARDS), Generators.months(), Generators.pacings(),
        integers().between(0, 100_000)).checkAssert((s, start, pacing, pick) -> {
          Scorecard plain = s.withScoring(s.scoring().withMethod(ScoringSpec.of("expected-to-date")));
          for (Case c : cases(paced(plain, start, pacing), pick)) {
            double expected = c.path().valueAt(c.on());
            assertThat(scored(c, expected).status()).as("%s on %s at %s", c.kpi(), c.on(), expected)
                .isEqualTo(Status.ON_TRACK);
            Grade g = gradeToDate(c, expected).orElseThrow();
            assertThat(g.score()).as("%s on %s", c.keyResult(), c.on()).isEqualTo(1.0);
            assertThat(g.status()).isEqualTo(Status.ON_TRACK);
          }
        });
  }

  @Test
  void theGradeToDateAndTheScoreNeverContradictInEitherDirection() {
    qt().withExamples(EXAMPLES).forAll(gen(SCORECARDS), Generators.months(), Generators.pacings(),
        integers().between(0, 100_000).zip(integers().between(-50, 150), (pick, pace) -> new int[] {pick, pace}))
        .checkAssert((s, start, pacing, pickAndPace) -> {
          int pick = pickAndPace[0];
          Scorecard withMethod = s.withScoring(s.scoring().withMethod(
              ScoringSpec.of(METHODS.get(Math.floorMod(pick, METHODS.size())))));
          for (Case c : cases(paced(withMethod, start, pacing), pick)) {
            double actual = actual(c, pickAndPace[1]);
            ScoreNode score = scored(c, actual);
            Optional<Grade> grade = gradeToDate(c, actual);
            String what = String.format("%s on %s at %s: score %s %s, grade to date %s", c.kpi(), c.on(), actual,
                score.score(), score.status(), grade);
            if (score.status() == Status.NO_DATA) {
              assertThat(grade).as(what).isEmpty();
              continue;
            }
            assertThat(grade).as(what).isPresent();
            assertThat(grade.get().status(score.thresholds())).as(what).isEqualTo(score.status());
            assertThat(grade.get().score()).as(what).isEqualTo(score.score().getAsDouble());
          }
        });
  }
}
