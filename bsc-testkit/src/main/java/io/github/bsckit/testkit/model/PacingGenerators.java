package io.github.bsckit.testkit.model;

import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Source;
import java.util.List;

/**
 * Generators of pacings, the way a KPI's path from baseline to target is spread over quarters.
 *
 * <pre>{@code
 * List<Pacing> pacings = Samples.of(PacingGenerators.any(), 42, 100);
 * }</pre>
 */
public final class PacingGenerators {
  private static final List<Pacing> SHAPES = List.of(Pacing.linear(), Pacing.frontLoaded(), Pacing.backLoaded());

  private PacingGenerators() {}

  /**
   * {@return a generator of every kind of pacing: the three fixed shapes (linear, front-loaded, back-loaded),
   * seasonal weights for the four quarters, and custom weights for 1 to 9 quarters} Weights run from 0 to 10 in
   * steps of 0.25; some are zero, never all: one drawn weight is made positive, so every pacing is valid by
   * construction and no property has to filter (QuickTheories gives up a run whose assumptions fail too often).
   */
  public static Generator<Pacing> any() {
    return source -> switch (source.between(0, 2)) {
      case 0 -> SHAPES.get(source.between(0, SHAPES.size() - 1));
      case 1 -> {
        double[] w = weights(source, 4);
        yield Pacing.seasonal(w[0], w[1], w[2], w[3]);
      }
      default -> Pacing.custom(weights(source, source.between(1, 9)));
    };
  }

  /** {@return {@code n} weights from 0 to 10 in steps of 0.25, a drawn one of them positive} */
  private static double[] weights(Source source, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = source.between(0, 40) / 4.0;
    }
    out[source.between(0, n - 1)] = source.between(1, 40) / 4.0;
    return out;
  }
}
