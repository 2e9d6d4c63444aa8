package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.DocumentWriter;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.ValidationReport;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import io.github.bsckit.graph.export.MapExport;
import io.github.bsckit.graph.impact.ImpactAnalysis;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.graph.rules.StrategyMapRules;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import io.github.bsckit.okr.wording.KeyResultWording;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The values and services are documented as immutable and thread-safe: this shares one of each across eight
 * threads and checks that every result equals the one computed alone. Anything lazily cached, statically
 * mutable or built on a non-thread-safe helper (a shared formatter, a shared JSON generator) shows up here as a
 * mismatch or an exception.
 */
class ConcurrencyTest {
  static final int THREADS = 8;
  static final int ITERATIONS = 10_000;
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** One operation on the shared objects, by name, so a mismatch says which. */
  private record Operation(String name, Supplier<Object> run) {}

  @Test
  void sharedScorecardMapScorerPlannerAndWritersGiveTheSingleThreadResultsOnEightThreads() throws Exception {
    ScorecardDocument doc = DocumentReader.of(Format.YAML).read(Path.of("documents", "city-of-riverton.yaml"));
    Scorecard scorecard = doc.scorecard();
    Actuals actuals = doc.actuals();
    StrategyMap map = StrategyMap.of(scorecard);
    ImpactAnalysis impact = ImpactAnalysis.of(map);
    Scorer scorer = Scorer.defaults();
    OkrPlanner planner = OkrPlanner.defaults();
    RuleSet rules = RuleSet.core().and(StrategyMapRules.all());
    DocumentWriter yaml = DocumentWriter.of(Format.YAML);
    DocumentWriter json = DocumentWriter.of(Format.JSON);
    KeyResultWording words = KeyResultWording.of(Locale.US);
    ObjectiveId driver = map.row(0).get(0);

    List<Operation> operations = List.of(
        new Operation("validate", () -> {
          ValidationReport report = rules.validate(scorecard);
          return List.of(report, report.toJson());
        }),
        new Operation("score", () -> {
          ScoreReport report = scorer.score(scorecard, actuals, AS_OF);
          return List.of(report, report.toJson());
        }),
        new Operation("impact", () -> List.of(impact.drivers(map.outcomes().get(0)), impact.effects(driver),
            impact.countPathsToOutcomes(driver), impact.pathsToOutcomes(driver, 20), impact.keystones(),
            impact.whatIf(driver, 0.1, 0.5), impact.pathReport(driver, 20).toJson())),
        new Operation("svg", () -> MapExport.svg(map)),
        new Operation("okr", () -> {
          OkrPlan plan = planner.plan(scorecard, actuals, AS_OF);
          return List.of(plan, plan.toJson(words::describe));
        }),
        new Operation("write", () -> yaml.write(doc) + json.write(doc)));
    List<Object> expected = operations.stream().map(o -> o.run().get()).toList();

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(pool.submit(() -> {
          start.await();
          List<String> mismatches = new ArrayList<>();
          for (int i = thread; i < ITERATIONS; i += THREADS) {
            int which = i % operations.size();
            Object actual = operations.get(which).run().get();
            if (!actual.equals(expected.get(which))) {
              mismatches.add("iteration " + i + " on thread " + thread + ": " + operations.get(which).name());
            }
          }
          return mismatches;
        }));
      }
      start.countDown();
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> w : workers) {
        mismatches.addAll(w.get());
      }
      assertThat(mismatches).as("results that differ from the single-thread run").isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }
}
