package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a {@link Unit} of a portfolio: a corporate, business-unit or team scorecard's owner. The same
 * syntax as every scorecard element id: a letter or digit, then up to 63 letters, digits, {@code .}, {@code _}
 * or {@code -} (for example {@code corp}, {@code bu-retail}). Immutable and thread-safe; {@code toString()} is
 * the bare id.
 *
 * @param value the id
 */
public record UnitId(String value) implements Comparable<UnitId> {
  // The syntax of io.github.bsckit.core.model.ElementId, whose checker is private to that package.
  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /**
   * Validates the id.
   *
   * @param value the id
   * @throws ValidationException if the id is not of the element-id syntax
   */
  public UnitId {
    Objects.requireNonNull(value, "unit id");
    if (!SYNTAX.matcher(value).matches()) {
      throw new ValidationException(List.of(Problem.at("", "unit id must be 1-64 letters, digits, '.', '_' or '-',"
          + " starting with a letter or digit, but was \"" + value + "\"")));
    }
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
