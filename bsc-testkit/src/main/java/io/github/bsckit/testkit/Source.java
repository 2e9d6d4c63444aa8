package io.github.bsckit.testkit;

import io.github.bsckit.core.internal.Checks;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Where a {@link Generator} takes its choices from: "give me a number in [lo, hi]". It is the only thing a
 * generator asks of a test engine, so any engine can drive bsc-testkit's generators.
 *
 * <p><b>Shrinking convention.</b> Every generator in bsc-testkit arranges its choices so that the lowest
 * value of each range is the simplest one: the shortest list, the first alternative, no optional field, the
 * smallest scorecard. An engine that shrinks a failing case by replaying it with smaller choices (QuickTheories
 * does) therefore shrinks bsc-kit values without knowing anything about them.
 *
 * <p>Implementations need not be thread-safe: one source serves one generation. A lambda is enough to adapt
 * an engine, for example QuickTheories' {@code RandomnessSource in}:
 *
 * <pre>{@code
 * Source source = (lo, hi) -> in.next(Constraint.between(lo, hi).withShrinkPoint(lo));
 * }</pre>
 */
@FunctionalInterface
public interface Source {

  /**
   * Makes one choice. Callers guarantee {@code lo <= hi}; an implementation must return a value in
   * {@code [lo, hi]}, both ends included, and should treat {@code lo} as the simplest choice.
   *
   * @param lo the smallest allowed value, the simplest choice
   * @param hi the largest allowed value, not below {@code lo}
   * @return a value in {@code [lo, hi]}
   */
  long between(long lo, long hi);

  /**
   * Makes one choice among ints.
   *
   * @param lo the smallest allowed value, the simplest choice
   * @param hi the largest allowed value
   * @return a value in {@code [lo, hi]}
   * @throws io.github.bsckit.core.BscException if {@code lo > hi}
   */
  default int between(int lo, int hi) {
    Checks.requireAtMost("lo", lo, hi);
    return (int) between((long) lo, (long) hi);
  }

  /**
   * Makes a yes/no choice that comes out yes with roughly the given percentage. "No" is the simpler choice.
   *
   * @param percent how often the answer is yes, 0 to 100
   * @return true with about that probability
   * @throws io.github.bsckit.core.BscException if {@code percent} is outside 0 to 100
   */
  default boolean chance(int percent) {
    Checks.requireBetween("percent", percent, 0, 100);
    // Lower draws mean "no", so that shrinking turns optional things off.
    return between(0, 99) >= 100 - percent;
  }

  /**
   * A source that draws from a fixed algorithm (SplitMix64) seeded with {@code seed}: the same seed gives the
   * same choices on every run, machine and JDK, which {@link java.util.Random} and the JDK's named algorithms
   * do not promise for their bounded methods across releases.
   *
   * @param seed the seed
   * @return a new source; not thread-safe
   */
  static Source seeded(long seed) {
    return new SplitMixSource(seed);
  }

  /**
   * Adapts any {@link RandomGenerator}. Reproducibility is then the generator's own.
   *
   * @param random the random generator
   * @return a source drawing from it; thread-safe if {@code random} is
   */
  static Source of(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return (lo, hi) -> {
      Checks.requireAtMost("lo", lo, hi);
      if (hi == Long.MAX_VALUE) {
        return lo == Long.MIN_VALUE ? random.nextLong() : random.nextLong(lo - 1, hi) + 1;
      }
      return random.nextLong(lo, hi + 1);
    };
  }
}
