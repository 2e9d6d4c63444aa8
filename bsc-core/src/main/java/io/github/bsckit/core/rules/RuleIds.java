package io.github.bsckit.core.rules;

import io.github.bsckit.core.internal.Checks;
import java.util.Objects;
import java.util.regex.Pattern;

/** The form of rule ids: kebab-case, lower-case letters and digits in words joined by {@code -}. */
final class RuleIds {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private RuleIds() {}

  /**
   * Checks that a rule id is kebab-case.
   *
   * @param id the id
   * @return the id
   * @throws io.github.bsckit.core.ValidationException if it is not
   */
  static String check(String id) {
    Objects.requireNonNull(id, "id");
    if (!KEBAB.matcher(id).matches()) {
      throw Checks.invalid("id", "must be kebab-case such as too-many-kpis but was \"" + id + "\"");
    }
    return id;
  }
}
