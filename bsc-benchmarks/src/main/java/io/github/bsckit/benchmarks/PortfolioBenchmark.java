package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.portfolio.Aggregation;
import io.github.bsckit.core.portfolio.Consolidation;
import io.github.bsckit.core.portfolio.KpiRollUp;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.PortfolioReport;
import io.github.bsckit.core.portfolio.PortfolioRuleSet;
import io.github.bsckit.core.portfolio.PortfolioValidationReport;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitId;
import io.github.bsckit.core.portfolio.UnitKpi;
import io.github.bsckit.core.scoring.Scorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A portfolio of {@code units} units (a root, one business unit per 32 units, the rest teams), each with its own
 * 25-objective, 50-KPI scorecard and 24 monthly actuals per KPI; every objective supports its namesake one level
 * up, and every parent's first KPI of each row is the sum of its children's. {@code validateAndConsolidate}
 * runs the portfolio rules with every unit's core rules and consolidates; the baseline, in the same run, scores
 * the same scorecards one by one. Setup prints the heap the portfolio and its actuals retain per unit; {@code -prof
 * gc} gives the bytes each operation allocates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {Jvm.LARGE_MIN_HEAP, Jvm.LARGE_MAX_HEAP, Jvm.PRE_TOUCH})
public class PortfolioBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 31);
  private static final String[] ROWS = {"financial", "customer", "internal-process", "learning-growth"};
  private static final int[] PER_ROW = {7, 6, 6, 6};

  /** How many units. */
  @Param({"250", "1000"})
  public int units;

  private Portfolio portfolio;
  private Map<UnitId, Actuals> actuals;
  private Consolidation consolidation;
  private PortfolioRuleSet rules;

  /** One unit's scorecard: 25 objectives, two KPIs each, linked row to row upward. */
  static Scorecard scorecard(String name) {
    Scorecard.Builder b = Scorecard.builder(name);
    for (int r = ROWS.length - 1; r >= 0; r--) {
      for (int i = 0; i < PER_ROW[r]; i++) {
        String id = "O" + r + "-" + i;
        b.objective(id, "Objective " + id + " of " + name, ROWS[r], o -> o
            .kpi(id + "-lead", "Leading " + id, k -> k.leading().flow().unit("count").baseline(0, "2025-01-31")
                .target(240, "2026-12-31"))
            .kpi(id + "-lag", "Lagging " + id, k -> k.lagging().decrease().unit("days").baseline(9, "2025-01-31")
                .target(5, "2026-12-31")));
        if (r < ROWS.length - 1 && i < PER_ROW[r + 1]) {
          b.link("O" + (r + 1) + "-" + i, id);
        }
      }
    }
    return b.build();
  }

  /** Builds the portfolio and its actuals, and prints the heap they retain per unit. */
  @Setup
  public void setUp() {
    Runtime rt = Runtime.getRuntime();
    long before = used(rt);
    int businessUnits = Math.max(1, units / 32);
    Portfolio.Builder b = Portfolio.builder("Benchmark").unit(Unit.root("root", "Root", scorecard("Root")));
    List<List<UnitKpi>> children = new ArrayList<>();
    for (int i = 0; i <= businessUnits; i++) {
      children.add(new ArrayList<>());
    }
    for (int u = 1; u < units; u++) {
      boolean bu = u <= businessUnits;
      String id = bu ? "bu" + u : "team" + u;
      String parent = bu ? "root" : "bu" + (1 + u % businessUnits);
      b.unit(Unit.of(id, "Unit " + u, parent, scorecard("Unit " + u)));
      children.get(bu ? 0 : 1 + u % businessUnits).add(UnitKpi.of(id, "O0-0-lead"));
      for (int r = 0; r < ROWS.length; r++) {
        for (int i = 0; i < PER_ROW[r]; i++) {
          b.align(id, "O" + r + "-" + i, parent, "O" + r + "-" + i);
        }
      }
    }
    b.rollUp(KpiRollUp.of(UnitKpi.parse("root/O0-0-lead"), Aggregation.SUM, children.get(0)));
    for (int i = 1; i <= businessUnits; i++) {
      if (!children.get(i).isEmpty()) {
        b.rollUp(KpiRollUp.of(UnitKpi.of("bu" + i, "O0-0-lead"), Aggregation.SUM, children.get(i)));
      }
    }
    portfolio = b.build();
    actuals = new HashMap<>();
    int n = 0;
    for (Unit u : portfolio.units()) {
      Actuals.Builder a = Actuals.builder();
      for (Kpi k : u.scorecard().kpis()) {
        for (int m = 0; m < 24; m++) {
          double v = k.kind() == KpiKind.FLOW ? 9 + (n + m) % 5 : 9 - 4.0 * m / 24;
          a.add(k.id(), LocalDate.of(2025, 2, 1).plusMonths(m).minusDays(1), v);
        }
        n++;
      }
      actuals.put(u.id(), a.build());
    }
    consolidation = Consolidation.defaults();
    rules = PortfolioRuleSet.standard();
    long after = used(rt);
    System.out.printf("%n%d units: %,d bytes retained per unit (portfolio, scorecards and 1,200 actuals each)%n",
        units, (after - before) / units);
  }

  private static long used(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * Validates the portfolio (portfolio rules and every unit's core rules) and consolidates it.
   *
   * @param sink keeps the results
   */
  @Benchmark
  public void validateAndConsolidate(Blackhole sink) {
    PortfolioValidationReport v = rules.validate(portfolio);
    PortfolioReport r = consolidation.score(portfolio, actuals, AS_OF);
    sink.consume(v);
    sink.consume(r);
  }

  /**
   * Scores every unit's scorecard alone: the baseline.
   *
   * @param sink keeps the reports
   */
  @Benchmark
  public void baselineScoreOneByOne(Blackhole sink) {
    Scorer scorer = Scorer.defaults();
    for (Unit u : portfolio.units()) {
      sink.consume(scorer.score(u.scorecard(), actuals.get(u.id()), AS_OF));
    }
  }
}
