package io.github.bsckit.testkit.quicktheories;

import io.github.bsckit.core.BscException;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Source;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Drives bsc-testkit generators from QuickTheories, shrinking included.
 *
 * <pre>{@code
 * import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
 * import static org.quicktheories.QuickTheory.qt;
 *
 * qt().forAll(gen(ScorecardGenerators.valid()))
 *     .check(s -> !myRules.validate(s).hasErrors());   // myRules: your RuleSet
 * }</pre>
 *
 * <p>Every choice a generator makes becomes one QuickTheories draw with the range's low end as its shrink
 * point. QuickTheories records the draws of a failing case and replays them with values moved toward their
 * shrink points, so a failing scorecard shrinks toward fewer objectives, themes, KPIs and links without any
 * shrinking code of its own (see {@link Source} for the convention that makes this work).
 *
 * <p><b>Filter with {@link Generator#filter}, not with QuickTheories' {@code assuming}.</b> QuickTheories gives
 * up the whole run ("Gave up after finding only 0 example(s) matching the assumptions") when one value is
 * rejected ten times in a row. Before it draws at random it replays choices recorded from another value (each at
 * its minimum, its maximum, its shrink point), and a bsc-testkit generator, whose later choices depend on earlier
 * ones, reads such a replay as a different value: the rejections pile up. In bsc-kit's own tests an
 * {@code assuming} on a generated map gave up about one run in 27; {@code filter} retries with fresh choices and
 * never did in 300 seeded runs. The same goes for a QuickTheories generator that uses {@code assuming} and is
 * drawn after a bsc-testkit one: put it first, or make its values valid directly.
 */
public final class QuickTheoriesGenerators {
  private QuickTheoriesGenerators() {}

  /**
   * {@return a QuickTheories generator of a bsc-testkit generator's values}
   *
   * @param generator the generator
   * @param <T> the type of the values
   */
  public static <T> Gen<T> gen(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return in -> generator.generate(source(in));
  }

  /**
   * {@return a bsc-testkit source that draws from QuickTheories, each range shrinking toward its low end}
   *
   * @param in QuickTheories' source of randomness
   */
  public static Source source(RandomnessSource in) {
    Objects.requireNonNull(in, "in");
    return (lo, hi) -> {
      if (lo > hi) {
        throw new BscException("lo must be <= " + hi + " but was " + lo);
      }
      return in.next(Constraint.between(lo, hi).withShrinkPoint(lo));
    };
  }
}
