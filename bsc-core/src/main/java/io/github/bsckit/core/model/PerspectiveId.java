package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Ids;

/**
 * The id of a {@link Perspective}. Immutable and thread-safe; {@code toString()} is the bare id.
 *
 * @param value the id, see {@link ElementId} for its syntax
 */
public record PerspectiveId(String value) implements ElementId, Comparable<PerspectiveId> {
  /** {@code financial}, the id of {@link Perspective#FINANCIAL}. */
  public static final PerspectiveId FINANCIAL = new PerspectiveId("financial");
  /** {@code customer}, the id of {@link Perspective#CUSTOMER}. */
  public static final PerspectiveId CUSTOMER = new PerspectiveId("customer");
  /** {@code internal-process}, the id of {@link Perspective#INTERNAL_PROCESS}. */
  public static final PerspectiveId INTERNAL_PROCESS = new PerspectiveId("internal-process");
  /** {@code learning-growth}, the id of {@link Perspective#LEARNING_GROWTH}. */
  public static final PerspectiveId LEARNING_GROWTH = new PerspectiveId("learning-growth");

  /**
   * Validates the id.
   *
   * @param value the id, see {@link ElementId} for its syntax
   * @throws io.github.bsckit.core.ValidationException if the id is not of the {@link ElementId} syntax
   */
  public PerspectiveId {
    Ids.check("perspective id", value);
  }

  /**
   * Returns the id for the given text.
   *
   * @param value the id text
   * @return the id
   * @throws io.github.bsckit.core.ValidationException if the text is not a valid id
   */
  public static PerspectiveId of(String value) {
    return new PerspectiveId(value);
  }

  @Override
  public int compareTo(PerspectiveId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
