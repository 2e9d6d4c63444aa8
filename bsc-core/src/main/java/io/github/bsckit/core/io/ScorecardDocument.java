package io.github.bsckit.core.io;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import java.util.Objects;

/**
 * What one document holds: a scorecard and, optionally, measured values of its KPIs. Immutable and thread-safe.
 *
 * @param scorecard the scorecard
 * @param actuals the document's {@code actuals} section; {@linkplain Actuals#empty() empty} when it has none
 */
public record ScorecardDocument(Scorecard scorecard, Actuals actuals) {

  /**
   * Rejects nulls.
   *
   * @param scorecard the scorecard
   * @param actuals the document's {@code actuals} section; {@linkplain Actuals#empty() empty} when it has none
   */
  public ScorecardDocument {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(actuals, "actuals");
  }

  /**
   * A document holding a scorecard without actuals.
   *
   * @param scorecard the scorecard
   * @return the document
   */
  public static ScorecardDocument of(Scorecard scorecard) {
    return new ScorecardDocument(scorecard, Actuals.empty());
  }

  /**
   * A document holding a scorecard and actuals.
   *
   * @param scorecard the scorecard
   * @param actuals the actuals
   * @return the document
   */
  public static ScorecardDocument of(Scorecard scorecard, Actuals actuals) {
    return new ScorecardDocument(scorecard, actuals);
  }
}
