package io.github.bsckit.okr.grading;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.okr.plan.KeyResult;
import java.util.Objects;

/**
 * How far a key result has come. Immutable and thread-safe.
 *
 * @param keyResult the key result
 * @param current the value it was graded on: the latest level in the quarter, or the quarter's amount so far
 * @param grade the grade
 */
public record KeyResultGrade(KeyResult keyResult, double current, Grade grade) {

  /**
   * Validates the components.
   *
   * @param keyResult the key result
   * @param current the value it was graded on: the latest level in the quarter, or the quarter's amount so far
   * @param grade the grade
   */
  public KeyResultGrade {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(grade, "grade");
  }

  /** {@return for example {@code FY2026 Q2 retention: INCREASE 86.25% -> 87.5% at 87%: 0.6 (yellow)}} */
  @Override
  public String toString() {
    return keyResult + " at " + Numbers.withUnit(current, keyResult.unit()) + ": " + grade;
  }
}
