package io.github.bsckit.core.internal;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one id syntax of bsc-kit, shared by every scorecard element id and a portfolio's unit ids: a letter or
 * digit, then up to 63 letters, digits, {@code .}, {@code _} or {@code -}.
 */
public final class Ids {
  /** The syntax as a regular expression; {@link #check} tests it by hand, which is faster. */
  public static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Ids() {}

  /**
   * Checks an id.
   *
   * @param kind what the id names, for the messages ({@code objective id}, {@code unit id})
   * @param value the id
   * @return {@code value}
   * @throws NullPointerException naming {@code kind} if {@code value} is null
   * @throws ValidationException if {@code value} is not of the syntax
   */
  public static String check(String kind, String value) {
    Objects.requireNonNull(value, kind);
    if (!valid(value)) {
      throw new ValidationException(List.of(Problem.at("", problem(kind, value))));
    }
    return value;
  }

  /** {@link #SYNTAX} by hand: a scorecard checks an id per objective, KPI and link end, a regex match each. */
  private static boolean valid(String v) {
    int n = v.length();
    if (n == 0 || n > 64 || !alphanumeric(v.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = v.charAt(i);
      if (!alphanumeric(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean alphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * {@return the message for an id that is not of the syntax}
   *
   * @param kind what the id names
   * @param value the id
   */
  public static String problem(String kind, String value) {
    return kind + " must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, but was \""
        + value + "\"";
  }
}
