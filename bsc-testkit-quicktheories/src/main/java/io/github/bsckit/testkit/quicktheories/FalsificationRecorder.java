package io.github.bsckit.testkit.quicktheories;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;

/**
 * A QuickTheories reporter that keeps the smallest falsifying value of a failing property as a value, then
 * reports the failure as QuickTheories always does, by throwing its usual {@link AssertionError}. It lets a test
 * check how far a counterexample shrank without reading it back from the message:
 *
 * <pre>{@code
 * FalsificationRecorder recorder = new FalsificationRecorder();
 * assertThatThrownBy(() -> qt().withReporter(recorder).forAll(gen(ScorecardGenerators.valid()))
 *     .check(s -> RuleSet.of(myRule).validate(s).isClean())).isInstanceOf(AssertionError.class);
 * assertThat(recorder.smallest(Scorecard.class).objectives()).hasSizeLessThanOrEqualTo(3);
 * }</pre>
 *
 * <p>For a property of one generator the value is that generator's value; for {@code forAll(a, b)} it is
 * QuickTheories' tuple of both. Not thread-safe, and meant for one property run: a second failure replaces the
 * first.
 */
public final class FalsificationRecorder extends ExceptionReporter {
  private Object smallest;

  /** Makes a recorder that has recorded nothing yet. */
  public FalsificationRecorder() {}

  /** Records the smallest value, then throws as {@link ExceptionReporter} does. */
  @Override
  public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause, List<Object> examples,
      AsString<Object> toString) {
    this.smallest = smallest;
    super.falisification(seed, examplesUsed, smallest, cause, examples, toString);
  }

  /** Records the smallest value, then throws as {@link ExceptionReporter} does. */
  @Override
  public void falisification(long seed, int examplesUsed, Object smallest, List<Object> examples,
      AsString<Object> toString) {
    this.smallest = smallest;
    super.falisification(seed, examplesUsed, smallest, examples, toString);
  }

  /** {@return the smallest falsifying value of the last failing run, or empty when no run failed} */
  public Optional<Object> smallest() {
    return Optional.ofNullable(smallest);
  }

  /**
   * {@return the smallest falsifying value of the last failing run, as the given type}
   *
   * @param type the type of the property's values
   * @param <T> that type
   * @throws AssertionError if no run failed, or the value is of another type
   */
  public <T> T smallest(Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (smallest == null) {
      throw new AssertionError("no property run with this recorder has failed, so there is no smallest value");
    }
    if (!type.isInstance(smallest)) {
      throw new AssertionError("the smallest falsifying value is a " + smallest.getClass().getName() + ", not a "
          + type.getName() + ": " + smallest);
    }
    return type.cast(smallest);
  }
}
