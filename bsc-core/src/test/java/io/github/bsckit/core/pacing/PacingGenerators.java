package io.github.bsckit.core.pacing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of pacings: the three fixed shapes, seasonal and custom weights. bsc-core's own tests
 * cannot use bsc-testkit's {@code PacingGenerators.any()} (bsc-testkit depends on bsc-core), so this is its
 * counterpart here, with the same distribution; the other modules' tests use bsc-testkit's.
 */
public final class PacingGenerators {
  private PacingGenerators() {}

  /** Every kind of pacing: the three fixed shapes, seasonal and custom weights (some of them zero, never all). */
  public static Gen<Pacing> pacings() {
    Gen<Pacing> seasonal = weights(4, 4).map(w -> Pacing.seasonal(w[0], w[1], w[2], w[3]));
    Gen<Pacing> custom = weights(1, 9).map(w -> Pacing.custom(w));
    return Generate.oneOf(Generate.pick(List.of(Pacing.linear(), Pacing.frontLoaded(), Pacing.backLoaded())),
        seasonal, custom);
  }

  /** Between {@code min} and {@code max} weights from 0 to 10 in steps of 0.25, a drawn one of them positive. */
  private static Gen<double[]> weights(int min, int max) {
    Gen<Double> weight = integers().between(0, 40).map(i -> i / 4.0);
    Gen<Double> positive = integers().between(1, 40).map(i -> i / 4.0);
    return integers().between(min, max).flatMap(n -> lists().of(weight).ofSize(n).zip(integers().between(0, n - 1),
        positive, (w, at, p) -> {
          double[] out = w.stream().mapToDouble(Double::doubleValue).toArray();
          out[at] = p;
          return out;
        }));
  }
}
