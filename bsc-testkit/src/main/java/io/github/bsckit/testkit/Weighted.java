package io.github.bsckit.testkit;

import io.github.bsckit.core.internal.Checks;
import java.util.Objects;

/**
 * An alternative of {@link Generators#frequency(Weighted...)}: a generator and how often to use it relative to
 * the others. Immutable and thread-safe.
 *
 * @param weight the relative weight, at least 1
 * @param generator the generator
 * @param <T> the type of the values made
 */
public record Weighted<T>(int weight, Generator<? extends T> generator) {

  /**
   * Validates the components.
   *
   * @param weight the relative weight, at least 1
   * @param generator the generator
   * @throws io.github.bsckit.core.BscException if the weight is below 1
   */
  public Weighted {
    Checks.requireAtLeast("weight", weight, 1);
    Objects.requireNonNull(generator, "generator");
  }

  /**
   * {@return an alternative}
   *
   * @param weight the relative weight, at least 1
   * @param generator the generator
   * @param <T> the type of the values made
   */
  public static <T> Weighted<T> of(int weight, Generator<? extends T> generator) {
    return new Weighted<>(weight, generator);
  }
}
