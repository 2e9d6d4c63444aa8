package io.github.bsckit.okr.grading;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.core.plan.ExpectedPath;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.Scorer;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import io.github.bsckit.okr.testing.Generators;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One plan, two views, over bsc-testkit's generated scorecards: on any date, for every KPI that has a key result
 * in that date's quarter, the scorecard's status (the default method, {@code expected-to-date}) and the status
 * its key result's grade to date maps to ({@link Grade#status(io.github.bsckit.core.model.Thresholds)}) never
 * contradict. RANGE KPIs keep a band and have no path; they are left out, and so are paths that turn back
 * (a FLOW whose milestones run above its total gives amounts back, which no key result plans).
 */
class PlanAndScoreAgreeTest {
  private static final int EXAMPLES = Integer.getInteger("okr.examples", 200);
  /** Each KPI is scored on its own date, a full report each time: a few KPIs per scorecard keep the run short. */
  private static final int KPIS_PER_SCORECARD = 6;

  /** A generated scorecard, each KPI paced by a generated pacing, with its fiscal year starting in some month. */
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
      if (path.isEmpty() || k.direction() == Direction.RANGE || !monotone(path.get())) {
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

  /** Whether the path runs from its start to its target without turning back (the law's condition). */
  private static boolean monotone(ExpectedPath path) {
    List<Double> v = path.points().stream().map(d -> d.value()).toList();
    boolean up = true;
    boolean down = true;
    for (int i = 1; i < v.size(); i++) {
      up &= v.get(i) >= v.get(i - 1);
      down &= v.get(i) <= v.get(i - 1);
    }
    return up || down;
  }

  private static ScoreNode scored(Case c, double actual) {
    Actuals actuals = Actuals.empty().with(c.kpi().id(), c.on(), actual);
    return Scorer.defaults().score(c.scorecard(), actuals, c.on()).kpi(c.kpi().id()).orElseThrow();
  }

  private static Grade gradeToDate(Case c, double actual) {
    return OkrGrader.gradeToDate(c.keyResult(), c.path(),
        Actuals.empty().with(c.kpi().id(), c.on(), actual), c.on()).orElseThrow();
  }

  @Test
  void aKpiExactlyOnItsExpectedPathIsOnTrackAndItsKeyResultGradesOneToDate() {
    qt().withExamples(EXAMPLES).forAll(gen(ScorecardGenerators.valid()), Generators.months(), Generators.pacings(),
        integers().between(0, 100_000)).checkAssert((s, start, pacing, pick) -> {
          for (Case c : cases(paced(s, start, pacing), pick)) {
            double expected = c.path().valueAt(c.on());
            assertThat(scored(c, expected).status()).as("%s on %s at %s", c.kpi(), c.on(), expected)
                .isEqualTo(Status.ON_TRACK);
            Grade g = gradeToDate(c, expected);
            assertThat(g.score()).as("%s on %s", c.keyResult(), c.on()).isEqualTo(1.0);
            assertThat(g.status()).isEqualTo(Status.ON_TRACK);
          }
        });
  }

  @Test
  void theGradeToDateNeverMapsToABetterStatusThanTheScore() {
    qt().withExamples(EXAMPLES).forAll(gen(ScorecardGenerators.valid()), Generators.months(), Generators.pacings(),
        integers().between(0, 100_000).zip(integers().between(-50, 150), (pick, pace) -> new int[] {pick, pace}))
        .checkAssert((s, start, pacing, pickAndPace) -> {
          int pace = pickAndPace[1];
          for (Case c : cases(paced(s, start, pacing), pickAndPace[0])) {
            double b = c.path().points().get(0).value();
            double actual = b + (c.path().valueAt(c.on()) - b) * pace / 100.0;
            ScoreNode score = scored(c, actual);
            Status byGrade = gradeToDate(c, actual).status(score.thresholds());
            assertThat(byGrade.compareTo(score.status())).as("%s on %s at %s: score %s %s, grade to date %s",
                c.kpi(), c.on(), actual, score.score(), score.status(), gradeToDate(c, actual))
                .isGreaterThanOrEqualTo(0);
          }
        });
  }
}
