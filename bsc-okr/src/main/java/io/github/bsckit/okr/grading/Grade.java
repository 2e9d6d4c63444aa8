package io.github.bsckit.okr.grading;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.Thresholds;
import io.github.bsckit.core.scoring.Status;
import io.github.bsckit.okr.plan.Commitment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A grade on Google's OKR scale: a score from 0.0 (no progress) to 1.0 (done), reported to one decimal.
 * Immutable and thread-safe.
 *
 * <p><b>Grades and score statuses, both ways.</b> A grade maps to the {@link Status} a scorecard shows
 * ({@link #status()}), on the same points where Google's reporting turns: the default scoring method's
 * thresholds (on track from 0.95, at risk from 0.65) are exactly where a grade reports as 1.0 and as green. The
 * mapping is the same in both directions: a grade maps to one status, and a status admits exactly the grades of
 * its row.
 *
 * <table>
 *   <caption>Grade, band, status and success</caption>
 *   <tr><th>reported grade</th><th>band</th><th>status</th><th>committed</th><th>aspirational</th></tr>
 *   <tr><td>1.0</td><td>green</td><td>ON_TRACK</td><td>success</td><td>success</td></tr>
 *   <tr><td>0.7 – 0.9</td><td>green</td><td>AT_RISK</td><td>short</td><td>success</td></tr>
 *   <tr><td>0.4 – 0.6</td><td>yellow</td><td>OFF_TRACK</td><td>short</td><td>short</td></tr>
 *   <tr><td>0.0 – 0.3</td><td>red</td><td>OFF_TRACK</td><td>short</td><td>short</td></tr>
 *   <tr><td>no grade</td><td></td><td>NO_DATA</td><td></td><td></td></tr>
 * </table>
 *
 * <p>So ON_TRACK is a committed key result met, AT_RISK is green but short of a commitment (an aspirational
 * success), OFF_TRACK misses both. A KPI with thresholds of its own moves the rows' edges to them
 * ({@link #status(Thresholds)}): ON_TRACK is a grade at or above its on-track threshold, AT_RISK one at or above
 * its at-risk threshold. The grade of a key result to date ({@link OkrGrader#gradeToDate}) is its KPI's score on
 * that date against the same expected path, capped into [0, 1]; so on the same KPI and date the two views never
 * contradict in either direction: the grade's status under the KPI's thresholds is the score's status, a KPI
 * exactly on its expected path is ON_TRACK with a grade to date of 1.0, and a KPI without a score has no grade.
 *
 * @param score the unrounded score, 0 to 1
 */
public record Grade(double score) {
  /** Where the default scoring method's statuses turn: a grade reported as 1.0, and one reported green. */
  private static final Thresholds DEFAULT_THRESHOLDS = Thresholds.of(0.95, 0.65);

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

  /**
   * {@return the score status this grade maps to: ON_TRACK when it reports as 1.0, AT_RISK when it reports
   * green (0.7 to 0.9), OFF_TRACK when yellow or red; see the table above}
   */
  public Status status() {
    return status(DEFAULT_THRESHOLDS);
  }

  /**
   * The score status this grade maps to under a KPI's own thresholds, as the scorer would judge a score equal
   * to this grade.
   *
   * @param thresholds the thresholds, such as a KPI's or a scorecard's
   * @return ON_TRACK, AT_RISK or OFF_TRACK
   */
  public Status status(Thresholds thresholds) {
    return Status.of(score, Objects.requireNonNull(thresholds, "thresholds"));
  }

  /** {@return for example {@code 0.6 (yellow)}} */
  @Override
  public String toString() {
    return reported() + " (" + band().key() + ")";
  }
}
