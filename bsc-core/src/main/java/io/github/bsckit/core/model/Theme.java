package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A strategic theme: a vertical slice of objectives across perspectives, such as "Operational excellence".
 * Immutable and thread-safe.
 *
 * @param id the id
 * @param name the display name, not blank
 * @param description an optional description, not blank when present
 */
public record Theme(ThemeId id, String name, Optional<String> description) {

  /**
   * Validates the components.
   *
   * @param id the id
   * @param name the display name, not blank
   * @param description an optional description, not blank when present
   * @throws io.github.bsckit.core.ValidationException if the name or the description is blank
   */
  public Theme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Checks c = new Checks();
    c.text("name", name);
    c.text("description", description);
    c.throwIfAny();
  }

  /**
   * Returns a theme without description.
   *
   * @param id the id
   * @param name the display name
   * @return the theme
   */
  public static Theme of(String id, String name) {
    return new Theme(ThemeId.of(id), name, Optional.empty());
  }

  /**
   * {@return this theme with a description}
   *
   * @param description the description
   */
  public Theme withDescription(String description) {
    return new Theme(id, name, Optional.of(description));
  }

  /** {@return for example {@code T1 "Operational excellence"}} */
  @Override
  public String toString() {
    return id + " \"" + name + "\"";
  }
}
