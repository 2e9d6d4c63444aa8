package io.github.bsckit.okr.internal;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of an argument or a configuration and throws them all at once as one
 * {@link ValidationException}. Internal to bsc-okr (this package is not exported). Not thread-safe.
 */
public final class Checks {
  private final List<Problem> problems = new ArrayList<>();

  /** Creates an empty collector. */
  public Checks() {}

  /**
   * Returns an exception with a single problem, for the caller to throw:
   * {@code throw Checks.invalid("quarter", "must be between 1 and 4 but was 5")}.
   *
   * @param path the offending field, such as {@code quarter}
   * @param message what is wrong with it, quoting the value
   * @return the exception
   */
  public static ValidationException invalid(String path, String message) {
    return new ValidationException(List.of(Problem.at(path, message)));
  }

  /**
   * Records a problem.
   *
   * @param path the offending field
   * @param message what is wrong with it, quoting the value
   * @return this collector
   */
  public Checks add(String path, String message) {
    problems.add(Problem.at(path, message));
    return this;
  }

  /**
   * Records a problem unless a condition holds.
   *
   * @param condition the rule that must hold
   * @param path the offending field
   * @param message what is wrong when it does not
   * @return this collector
   */
  public Checks check(boolean condition, String path, String message) {
    return condition ? this : add(path, message);
  }

  /** {@return true if no problem was recorded} */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * Throws every recorded problem at once.
   *
   * @throws ValidationException if any problem was recorded
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }
}
