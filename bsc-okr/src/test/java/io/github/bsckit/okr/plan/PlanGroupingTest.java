package io.github.bsckit.okr.plan;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.okr.testing.Generators;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.model.KpiGenerators;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the planner groups key results, over bsc-testkit's generated scorecards with KPIs written as people write
 * targets (floors, ceilings, ordinal scales, milestones, RANGE bands, some without a horizon of their own): the
 * objectives are those of one stable sort of each objective's key results by quarter, objectives by perspective
 * (top first) and then as declared; and the plan the planner hands out unchecked is the plan
 * {@link OkrPlan#of}'s checks and sort would make of the same parts.
 */
class PlanGroupingTest {
  private static final int EXAMPLES = Integer.getInteger("okr.examples", 200);

  private static final Generator<Scorecard> SCORECARDS = ScorecardGenerators.valid().flatMap(s -> source -> {
    Scorecard out = s;
    for (Objective o : s.objectives()) {
      Objective rewritten = o;
      for (Kpi k : o.kpis()) {
        rewritten = rewritten.withKpi(KpiGenerators.withId(k.id()).asWritten().generate(source));
      }
      out = out.withObjective(rewritten);
    }
    return out;
  });

  /** An OKR objective as the reference grouping sees it. */
  private record Group(String objective, FiscalQuarter quarter, List<KeyResult> keyResults) {}

  /** The grouping as the planner defines it, by sorting: each objective's key results stably by quarter. */
  private static List<Group> expected(Scorecard s, OkrPlan plan) {
    List<Group> out = new ArrayList<>();
    for (Perspective p : s.perspectives()) {
      for (Objective o : s.objectivesIn(p.id())) {
        List<KeyResult> mine = new ArrayList<>();
        o.kpis().forEach(k -> mine.addAll(plan.keyResults(k.id())));
        mine.sort(Comparator.comparing(KeyResult::quarter));
        for (int from = 0, to; from < mine.size(); from = to) {
          FiscalQuarter q = mine.get(from).quarter();
          for (to = from + 1; to < mine.size() && mine.get(to).quarter().equals(q); to++) {
            // the run of quarter q
          }
          out.add(new Group(o.id().value(), q, List.copyOf(mine.subList(from, to))));
        }
      }
    }
    out.sort(Comparator.comparing(Group::quarter)); // stable: perspective and declared order kept in a quarter
    return out;
  }

  @Test
  void objectivesAreEachObjectivesKeyResultsSortedStablyByQuarter() {
    qt().withExamples(EXAMPLES).forAll(gen(SCORECARDS), Generators.months(), Generators.pacings())
        .checkAssert((s, month, pacing) -> {
          Scorecard scorecard = s.withFiscalYearStart(month);
          for (OkrPlanner planner : List.of(OkrPlanner.defaults(), OkrPlanner.builder().pacing(pacing).build())) {
            OkrPlan plan = planner.plan(scorecard);
            assertThat(plan.objectives()).extracting(o -> new Group(o.objective().value(), o.quarter(),
                o.keyResults())).containsExactlyElementsOf(expected(scorecard, plan));
            assertThat(OkrPlan.of(plan.calendar(), plan.objectives(), plan.skipped())).isEqualTo(plan);
          }
        });
  }

  @Test
  void aPlannedPlanIsThePlanOfItsCheckedParts() {
    Pacing pacing = Pacing.frontLoaded();
    qt().withExamples(EXAMPLES).forAll(gen(SCORECARDS)).checkAssert(s -> {
      OkrPlan plan = OkrPlanner.builder().pacing(pacing).build().plan(s);
      OkrPlan checked = OkrPlan.of(plan.calendar(), plan.objectives(), plan.skipped());
      assertThat(checked).isEqualTo(plan);
      assertThat(checked.toString()).isEqualTo(plan.toString());
      assertThat(plan.objectives().stream().mapToInt(o -> o.keyResults().size()).sum())
          .isEqualTo(plan.keyResults().size());
      assertThat(plan.skipped().size() + s.kpis().stream().filter(k -> !plan.keyResults(k.id()).isEmpty()).count())
          .isEqualTo(s.kpis().size());
    });
  }
}
