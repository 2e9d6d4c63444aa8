package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.ValidationReport;
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

/**
 * Validation against the core rules must not allocate per objective, KPI or rule: only its result. Run with
 * {@code -prof gc}: {@code gc.alloc.rate.norm} must be the same for every {@code perRow}, the 4-objective
 * scorecard being the baseline, and {@link #baselineNoRules} shows the framework's own fixed cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class ValidationBenchmark {
  /** Objectives per perspective: 1, 6 and 12 give scorecards of 4, 24 and 48 objectives (two KPIs each). */
  @Param({"1", "6", "12"})
  public int perRow;

  private Scorecard scorecard;
  private RuleSet rules;

  /** Builds the fixture and checks that it is clean, so the result is empty for every size. */
  @Setup
  public void setUp() {
    scorecard = Fixtures.layered(perRow);
    rules = RuleSet.core().without("too-many-objectives");
    if (!rules.validate(scorecard).isClean()) {
      throw new IllegalStateException("fixture should be clean: " + rules.validate(scorecard));
    }
  }

  /** {@return the core rules' verdict on the fixture} */
  @Benchmark
  public ValidationReport validateCore() {
    return rules.validate(scorecard);
  }

  /** {@return the verdict of no rules at all: what the framework costs without any rule} */
  @Benchmark
  public ValidationReport baselineNoRules() {
    return RuleSet.empty().validate(scorecard);
  }
}
