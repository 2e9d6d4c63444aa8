package io.github.bsckit.benchmarks;

import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import io.github.bsckit.testkit.model.ValidScorecards;
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
 * bsc-testkit must generate a 200-objective valid scorecard in well under a millisecond per objective.
 * Baseline, in the same run: building a fixed 200-objective scorecard through the builder, the cost every
 * scorecard pays whatever makes it. Divide the score by 200 for the time per objective.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {Jvm.MIN_HEAP, Jvm.MAX_HEAP, Jvm.PRE_TOUCH})
public class GenerationBenchmark {
  private ValidScorecards generator;
  private long seed;

  /** Prepares a generator of exactly 200 objectives. */
  @Setup
  public void setUp() {
    generator = ScorecardGenerators.valid().objectives(200, 200);
  }

  /** {@return a freshly generated 200-objective valid scorecard, a new seed each call} */
  @Benchmark
  public Scorecard generate200() {
    return generator.generate(Source.seeded(seed++));
  }

  /** {@return a 200-objective scorecard built directly (50 per perspective): the baseline} */
  @Benchmark
  public Scorecard baselineBuild200() {
    return Fixtures.layered(50);
  }
}
