package io.github.bsckit.testkit;

import io.github.bsckit.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Makes values of type {@code T} from the choices of a {@link Source}. A generator is a pure function of its
 * source: the same choices give an equal value, which is what lets a seeded source reproduce a case and a
 * shrinking engine simplify one. Generators are immutable and thread-safe; build them with {@link Generators}
 * and the combinators below.
 *
 * <pre>{@code
 * Generator<List<Integer>> evens = Generators.integers(0, 50).map(i -> 2 * i).list(1, 10);
 * List<Integer> sample = evens.generate(Source.seeded(42));
 * }</pre>
 *
 * <p>Named {@code Generator} rather than {@code Gen} so that it never clashes with an engine's own type.
 *
 * @param <T> the type of the values made
 */
@FunctionalInterface
public interface Generator<T> {

  /** How many values {@link #filter(Predicate)} tries before giving up. */
  int DEFAULT_TRIES = 100;

  /**
   * Makes one value. Never returns null.
   *
   * @param source where the choices come from
   * @return the value
   * @throws GenerationException if the value cannot be made, for example because a filter rejected every try
   */
  T generate(Source source);

  /**
   * {@return a generator of {@code f} applied to this one's values}
   *
   * @param f the function; must not return null
   * @param <R> the type of the results
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return source -> Objects.requireNonNull(f.apply(generate(source)), "map function returned null");
  }

  /**
   * {@return a generator that makes a value, then makes the result with the generator that {@code f} picks for
   * it} Use it when what comes next depends on what came before: a KPI's target depends on its baseline.
   *
   * @param f picks the next generator
   * @param <R> the type of the results
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return source -> {
      Generator<? extends R> next = Objects.requireNonNull(f.apply(generate(source)), "flatMap function returned null");
      return next.generate(source);
    };
  }

  /**
   * Keeps only values that pass a test, trying {@value #DEFAULT_TRIES} times.
   *
   * @param test the test
   * @return a generator of values that pass
   * @see #filter(int, Predicate)
   */
  default Generator<T> filter(Predicate<? super T> test) {
    return filter(DEFAULT_TRIES, test);
  }

  /**
   * Keeps only values that pass a test. Each rejected value costs another generation, so prefer generating
   * valid values directly and filter only what is rarely rejected.
   *
   * @param maxTries how many values to try before giving up, at least 1
   * @param test the test
   * @return a generator of values that pass
   * @throws io.github.bsckit.core.BscException if {@code maxTries < 1}
   */
  default Generator<T> filter(int maxTries, Predicate<? super T> test) {
    Checks.requireAtLeast("maxTries", maxTries, 1);
    Objects.requireNonNull(test, "test");
    return source -> {
      T last = null;
      for (int i = 0; i < maxTries; i++) {
        last = generate(source);
        if (test.test(last)) {
          return last;
        }
      }
      throw new GenerationException("filter rejected " + maxTries + " values in a row, the last one "
          + GenerationException.abbreviate(last) + "; generate such values directly or loosen the filter");
    };
  }

  /**
   * {@return a generator of lists of this one's values, of a size in [min, max]; shorter lists are simpler}
   *
   * @param min the fewest elements, at least 0
   * @param max the most elements, at least {@code min}
   * @throws io.github.bsckit.core.BscException if the bounds are wrong
   */
  default Generator<List<T>> list(int min, int max) {
    return Generators.lists(this, min, max);
  }

  /**
   * {@return a generator of this one's values that are present about {@code percent} percent of the time;
   * absent is simpler}
   *
   * @param percent how often a value is present, 0 to 100
   * @throws io.github.bsckit.core.BscException if {@code percent} is outside 0 to 100
   */
  default Generator<Optional<T>> optional(int percent) {
    Checks.requireBetween("percent", percent, 0, 100);
    return source -> source.chance(percent) ? Optional.of(generate(source)) : Optional.empty();
  }
}
