package io.github.bsckit.benchmarks;

import io.github.bsckit.core.diff.ScorecardDiff;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The diff of two versions of a 500-objective scorecard (1,000 KPIs, 375 links): the later one renames every
 * tenth objective, moves every seventh KPI's target and drops every fiftieth link. Baseline, in the same run:
 * {@code equals} of the earlier version and an equal copy built apart from it, which walks every element once
 * without stopping early, the least a comparison must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class DiffBenchmark {
  private Scorecard before;
  private Scorecard copy;
  private Scorecard after;

  /** Builds the two versions and the copy. */
  @Setup
  public void setUp() {
    before = Fixtures.layered(125);
    copy = Fixtures.layered(125);
    Scorecard s = Fixtures.layered(125);
    List<Objective> objectives = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < s.objectives().size(); i++) {
      Objective o = s.objectives().get(i);
      if (i % 10 == 0) {
        o = o.withName(o.name() + " (renamed)");
      }
      List<Kpi> kpis = new ArrayList<>();
      for (Kpi kpi : o.kpis()) {
        DatedValue t = kpi.target().orElseThrow();
        kpis.add(k++ % 7 == 0 ? kpi.withTarget(DatedValue.of(t.value() + 1, t.date())) : kpi);
      }
      objectives.add(o.withKpis(kpis));
    }
    List<CausalLink> links = new ArrayList<>();
    for (int i = 0; i < s.links().size(); i++) {
      if (i % 50 != 0) {
        links.add(s.links().get(i));
      }
    }
    after = s.withObjectives(objectives).withLinks(links);
    if (ScorecardDiff.between(before, after).changes().size() < 100 || !before.equals(copy)) {
      throw new IllegalStateException("the fixture does not differ as described");
    }
  }

  /** {@return every difference between the two versions} */
  @Benchmark
  public ScorecardDiff diff() {
    return ScorecardDiff.between(before, after);
  }

  /** {@return whether the earlier version equals its copy (it does): the baseline} */
  @Benchmark
  public boolean baselineEquals() {
    return before.equals(copy);
  }
}
