package io.github.bsckit.testkit;

import io.github.bsckit.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Runs a generator with a fixed seed, for plain JUnit tests without a property-testing engine:
 *
 * <pre>{@code
 * static List<Scorecard> scorecards() {
 *   return Samples.of(ScorecardGenerators.valid(), 2026, 200);
 * }
 *
 * @ParameterizedTest
 * @MethodSource("scorecards")
 * void passesTheCoreRules(Scorecard s) {
 *   assertThat(RuleSet.core().validate(s).isClean()).isTrue();
 * }
 * }</pre>
 *
 * <p>Every sample has a source of its own, derived from the seed and the sample's index, so the i-th sample is
 * the same whatever the count and can be made alone with {@link #one(Generator, long, int)} (JUnit shows it as
 * {@code [i+1]}). Seeded sources use a fixed algorithm: the same seed gives the same samples on every run and
 * JDK. No shrinking: use an engine adapter for that.
 */
public final class Samples {
  private Samples() {}

  /**
   * Makes {@code count} samples.
   *
   * @param generator the generator
   * @param seed the seed
   * @param count how many, at least 0
   * @param <T> the type of the values
   * @return the samples, in index order; unmodifiable
   * @throws io.github.bsckit.core.BscException if {@code count < 0}
   */
  public static <T> List<T> of(Generator<T> generator, long seed, int count) {
    Objects.requireNonNull(generator, "generator");
    Checks.requireAtLeast("count", count, 0);
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(one(generator, seed, i));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Makes {@code count} samples lazily, one at a time, so that large counts need little memory.
   *
   * @param generator the generator
   * @param seed the seed
   * @param count how many, at least 0
   * @param <T> the type of the values
   * @return the samples, in index order
   * @throws io.github.bsckit.core.BscException if {@code count < 0}
   */
  public static <T> Stream<T> stream(Generator<T> generator, long seed, int count) {
    Objects.requireNonNull(generator, "generator");
    Checks.requireAtLeast("count", count, 0);
    return IntStream.range(0, count).mapToObj(i -> one(generator, seed, i));
  }

  /**
   * Makes the sample with the given index, the same as element {@code index} of {@link #of}.
   *
   * @param generator the generator
   * @param seed the seed
   * @param index the sample's index, at least 0
   * @param <T> the type of the value
   * @return the sample
   * @throws io.github.bsckit.core.BscException if {@code index < 0}
   */
  public static <T> T one(Generator<T> generator, long seed, int index) {
    Objects.requireNonNull(generator, "generator");
    Checks.requireAtLeast("index", index, 0);
    return generator.generate(Source.seeded(SplitMixSource.mix(seed + 0x9e3779b97f4a7c15L * (index + 1L))));
  }
}
