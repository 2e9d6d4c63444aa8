package io.github.bsckit.core.rules;

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
   * @throws IllegalArgumentException if it is not
   */
  static String check(String id) {
    Objects.requireNonNull(id, "id");
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must be kebab-case such as too-many-kpis but was \"" + id + "\"");
    }
    return id;
  }
}
