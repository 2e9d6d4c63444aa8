package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.model.ElementId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a portfolio finding is about: a unit, or an element (objective, KPI, …) of that unit's scorecard.
 * Immutable and thread-safe; {@code toString()} is {@code unit} or {@code unit/element}.
 *
 * @param unit the unit
 * @param element the element of the unit's scorecard, or empty for the unit itself
 */
public record UnitElement(UnitId unit, Optional<ElementId> element) {

  /**
   * Rejects nulls.
   *
   * @param unit the unit
   * @param element the element of the unit's scorecard, or empty for the unit itself
   */
  public UnitElement {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(element, "element");
  }

  /**
   * {@return the unit itself as a subject}
   *
   * @param unit the unit
   */
  public static UnitElement of(UnitId unit) {
    return new UnitElement(unit, Optional.empty());
  }

  /**
   * {@return an element of a unit as a subject}
   *
   * @param unit the unit
   * @param element the element of its scorecard
   */
  public static UnitElement of(UnitId unit, ElementId element) {
    return new UnitElement(unit, Optional.of(Objects.requireNonNull(element, "element")));
  }

  /** {@return {@code unit} or {@code unit/element}} */
  @Override
  public String toString() {
    return element.map(e -> unit + "/" + e.value()).orElse(unit.value());
  }
}
