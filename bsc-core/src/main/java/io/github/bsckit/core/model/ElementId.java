package io.github.bsckit.core.model;

/**
 * The typed identity of a scorecard element. Ids are short, case-sensitive tokens: a letter or digit, then
 * up to 63 letters, digits, {@code .}, {@code _} or {@code -} (for example {@code F1}, {@code crm-certified}).
 *
 * <p>Every implementation is an immutable, thread-safe record whose {@code toString()} is the bare id.
 */
public sealed interface ElementId permits PerspectiveId, ThemeId, ObjectiveId, KpiId, InitiativeId {

  /** {@return the id as written in a document} */
  String value();
}
