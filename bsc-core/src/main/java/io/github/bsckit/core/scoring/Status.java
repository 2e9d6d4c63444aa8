package io.github.bsckit.core.scoring;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.Thresholds;
import java.util.Objects;

/**
 * The traffic light of a score.
 *
 * <p>{@link #of(double, Thresholds)} applies the thresholds as an ordered list of status rules, the first
 * matching rule winning, as ClearPoint evaluates its status rules: {@code score ≥ onTrack → ON_TRACK}, then
 * {@code score ≥ atRisk → AT_RISK}, then {@code otherwise → OFF_TRACK}. Because {@code atRisk ≤ onTrack} the
 * order never hides a rule. ClearPoint's rules are written on the measure's own scale ("actual ≥ target",
 * "actual ≥ 90% of target"); a scoring method first maps the actual to a score, so the same rules become
 * thresholds on the score: "actual at least 90% of the target" is {@code performance} with min 0 and max the
 * target, and {@code onTrack = 0.9}.
 */
public enum Status implements Keyed {
  /** At or above the on-track threshold. */
  ON_TRACK,
  /** Below on track, at or above the at-risk threshold. */
  AT_RISK,
  /** Below the at-risk threshold. */
  OFF_TRACK,
  /** Nothing to score: no actual on or before the as-of date, or not enough of the KPI defined to score it. */
  NO_DATA;

  /**
   * Classifies a score: the first of ON_TRACK ({@code score ≥ onTrack}), AT_RISK ({@code score ≥ atRisk}),
   * OFF_TRACK that matches.
   *
   * @param score a score in [0, 1]
   * @param thresholds the thresholds
   * @return ON_TRACK, AT_RISK or OFF_TRACK, never NO_DATA
   * @throws BscException if the score is outside [0, 1]
   */
  public static Status of(double score, Thresholds thresholds) {
    Objects.requireNonNull(thresholds, "thresholds");
    Checks.require(score >= 0 && score <= 1, "score", "must be between 0 and 1 but was " + score);
    return score >= thresholds.onTrack() ? ON_TRACK : score >= thresholds.atRisk() ? AT_RISK : OFF_TRACK;
  }

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
