package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.model.ObjectiveId;
import java.util.Objects;

/**
 * An objective of one unit's scorecard, named across the portfolio: {@code retail/C1}. Immutable and
 * thread-safe.
 *
 * @param unit the unit
 * @param objective the objective of that unit's scorecard
 */
public record UnitObjective(UnitId unit, ObjectiveId objective) {

  /**
   * Rejects nulls.
   *
   * @param unit the unit
   * @param objective the objective of that unit's scorecard
   */
  public UnitObjective {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(objective, "objective");
  }

  /**
   * {@return the objective {@code objective} of unit {@code unit}}
   *
   * @param unit the unit's id
   * @param objective the objective's id
   * @throws io.github.bsckit.core.ValidationException if either is not a valid id
   */
  public static UnitObjective of(String unit, String objective) {
    return new UnitObjective(UnitId.of(unit), ObjectiveId.of(objective));
  }

  /**
   * Reads the text form {@code unit/objective}.
   *
   * @param text for example {@code retail/C1}
   * @return the qualified objective
   * @throws io.github.bsckit.core.ValidationException if the text has no {@code /} or either side is no id
   */
  public static UnitObjective parse(String text) {
    String[] parts = Qualified.split("an objective", "retail/C1", text);
    return of(parts[0], parts[1]);
  }

  /** {@return this objective as a violation subject} */
  public UnitElement asElement() {
    return UnitElement.of(unit, objective);
  }

  /** {@return {@code unit/objective}} */
  @Override
  public String toString() {
    return unit + "/" + objective;
  }
}
