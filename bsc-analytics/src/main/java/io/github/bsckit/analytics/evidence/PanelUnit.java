package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import java.util.Objects;

/**
 * One unit of a panel (a business unit, store or team): its scorecard and its actuals. Units share KPI ids, so
 * that the same link can be tested across them. Immutable and thread-safe.
 *
 * @param name the unit's name, as reports show it
 * @param scorecard the unit's scorecard
 * @param actuals the unit's actuals
 */
public record PanelUnit(String name, Scorecard scorecard, Actuals actuals) {

  /**
   * Checks for nulls and a blank name.
   *
   * @param name the unit's name, not blank
   * @param scorecard the scorecard
   * @param actuals the actuals
   * @throws io.github.bsckit.core.ValidationException if the name is blank
   */
  public PanelUnit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(actuals, "actuals");
    if (name.isBlank()) {
      throw Args.invalid("name", "must not be blank but was \"" + name + "\"");
    }
  }
}
