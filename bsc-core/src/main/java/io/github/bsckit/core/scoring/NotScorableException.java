package io.github.bsckit.core.scoring;

import io.github.bsckit.core.BscException;

/**
 * Thrown by a {@link ScoringMethod} (or by {@link ScoringInput} on its behalf) when a KPI lacks something the
 * method needs, such as a baseline or a target date. The {@link Scorer} never lets it escape: it reports the
 * KPI as {@link Status#NO_DATA} with this exception's message as the node's
 * {@linkplain ScoreNode#note() note}, so one unfinished KPI does not stop a whole scorecard from scoring.
 */
public class NotScorableException extends BscException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing, naming the method and the KPI, for example
   *     {@code progress needs a baseline, but KPI retention has none}
   */
  public NotScorableException(String message) {
    super(message);
  }
}
