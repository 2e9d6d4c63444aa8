package io.github.bsckit.core.io;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one document holds: a scorecard and, optionally, measured values of its KPIs. Immutable and thread-safe.
 *
 * @param scorecard the scorecard
 * @param actuals the document's {@code actuals} section; {@linkplain Actuals#empty() empty} when it has none
 */
public record ScorecardDocument(Scorecard scorecard, Actuals actuals) {

  /**
   * Rejects nulls, and actuals of an ordinal or milestone KPI that are not a level of its scale (a document
   * writes such an actual as the level's text).
   *
   * @param scorecard the scorecard
   * @param actuals the document's {@code actuals} section; {@linkplain Actuals#empty() empty} when it has none
   * @throws io.github.bsckit.core.ValidationException naming each actual off its KPI's scale, at
   *     {@code actuals.<kpi>[<date>]}
   */
  public ScorecardDocument {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(actuals, "actuals");
    List<Problem> problems = new ArrayList<>();
    for (Objective o : scorecard.objectives()) {
      for (Kpi k : o.kpis()) {
        if (!k.scale().isNumbers()) {
          actuals.series(k.id()).forEach((date, value) -> {
            if (!k.scale().holds(value)) {
              problems.add(Problem.at("actuals." + k.id().value() + "[" + date + "]", "must be a level of the scale "
                  + k.scale() + " (a position from 0 to " + (k.scale().levels().size() - 1) + ") but was "
                  + io.github.bsckit.core.internal.Numbers.exact(value)));
            }
          });
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
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
