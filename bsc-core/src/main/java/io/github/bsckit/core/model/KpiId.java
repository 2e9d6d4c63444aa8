package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Ids;

/**
 * The id of a {@link Kpi}. Immutable and thread-safe; {@code toString()} is the bare id.
 *
 * @param value the id, see {@link ElementId} for its syntax
 */
public record KpiId(String value) implements ElementId, Comparable<KpiId> {

  /**
   * Validates the id.
   *
   * @param value the id, see {@link ElementId} for its syntax
   * @throws io.github.bsckit.core.ValidationException if the id is not of the {@link ElementId} syntax
   */
  public KpiId {
    Ids.check("KPI id", value);
  }

  /**
   * Returns the id for the given text.
   *
   * @param value the id text
   * @return the id
   * @throws io.github.bsckit.core.ValidationException if the text is not a valid id
   */
  public static KpiId of(String value) {
    return new KpiId(value);
  }

  @Override
  public int compareTo(KpiId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
