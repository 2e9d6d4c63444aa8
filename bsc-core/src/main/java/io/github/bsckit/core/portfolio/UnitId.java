package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.Ids;

/**
 * The id of a {@link Unit} of a portfolio: a corporate, business-unit or team scorecard's owner. The same
 * syntax as every scorecard element id: a letter or digit, then up to 63 letters, digits, {@code .}, {@code _}
 * or {@code -} (for example {@code corp}, {@code bu-retail}). Immutable and thread-safe; {@code toString()} is
 * the bare id.
 *
 * @param value the id
 */
public record UnitId(String value) implements Comparable<UnitId> {
  /**
   * Validates the id.
   *
   * @param value the id
   * @throws ValidationException if the id is not of the element-id syntax
   */
  public UnitId {
    Ids.check("unit id", value); // the one id syntax, shared with every scorecard element id
  }

  /**
   * {@return the id for the given text}
   *
   * @param value the id text
   * @throws ValidationException if the text is not a valid id
   */
  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public int compareTo(UnitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
