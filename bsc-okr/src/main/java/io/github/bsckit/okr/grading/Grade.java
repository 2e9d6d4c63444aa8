package io.github.bsckit.okr.grading;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.okr.plan.Commitment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A grade on Google's OKR scale: a score from 0.0 (no progress) to 1.0 (done), reported to one decimal.
 * Immutable and thread-safe.
 *
 * @param score the unrounded score, 0 to 1
 */
public record Grade(double score) {

  /**
   * Validates the score.
   *
   * @param score the unrounded score, 0 to 1
   * @throws io.github.bsckit.core.ValidationException if the score is not in [0, 1]
   */
  public Grade {
    if (!(score >= 0 && score <= 1)) {
      throw Checks.invalid("score", "must be between 0 and 1 but was " + score);
    }
  }

  /**
   * Returns a grade.
   *
   * @param score the unrounded score, 0 to 1
   * @return the grade
   */
  public static Grade of(double score) {
    return new Grade(score);
  }

  /** {@return the score rounded half up to one decimal, as Google reports it: 0.6, 0.7, 1.0} */
  public double reported() {
    return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  /** {@return the colour band of the reported grade} */
  public GradeBand band() {
    return GradeBand.of(reported());
  }

  /**
   * Tells whether this grade counts as a success.
   *
   * @param commitment committed (succeeds at 1.0) or aspirational (succeeds at 0.7)
   * @return true if the reported grade reaches the commitment's mark
   */
  public boolean meets(Commitment commitment) {
    Objects.requireNonNull(commitment, "commitment");
    return reported() >= commitment.successAt();
  }

  /** {@return for example {@code 0.6 (yellow)}} */
  @Override
  public String toString() {
    return reported() + " (" + band().key() + ")";
  }
}
