package io.github.bsckit.core.model;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Id syntax shared by every {@link ElementId}. */
final class Ids {
  static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Ids() {}

  static String check(String kind, String value) {
    Objects.requireNonNull(value, kind);
    if (!SYNTAX.matcher(value).matches()) {
      throw new ValidationException(List.of(Problem.at("", problem(kind, value))));
    }
    return value;
  }

  static String problem(String kind, String value) {
    return kind + " must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, but was \""
        + value + "\"";
  }
}
