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

  /**
   * {@link #SYNTAX} by hand: a scorecard checks an id per objective, KPI and link end, a regex match each. The
   * characters allowed after the first are bits of two words (ASCII 0-63 and 64-127), so each character costs
   * one shift and one test.
   */
  static boolean valid(String v) {
    int n = v.length();
    if (n == 0 || n > 64 || !alphanumeric(v.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (!allowed(v.charAt(i), LATER_LOW, LATER_HIGH)) {
        return false;
      }
    }
    return true;
  }

  private static boolean alphanumeric(char c) {
    return allowed(c, FIRST_LOW, FIRST_HIGH);
  }

  private static boolean allowed(char c, long low, long high) {
    return c < 64 ? (low >>> c & 1) != 0 : c < 128 && (high >>> (c - 64) & 1) != 0;
  }

  private static final long FIRST_LOW = bits(0, "0123456789");
  private static final long FIRST_HIGH = bits(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
  private static final long LATER_LOW = FIRST_LOW | bits(0, ".-");
  private static final long LATER_HIGH = FIRST_HIGH | bits(64, "_");

  /** {@return the bits of the characters that fall in [base, base + 64)} */
  private static long bits(int base, String chars) {
    long bits = 0;
    for (char c : chars.toCharArray()) {
      if (c >= base && c < base + 64) {
        bits |= 1L << (c - base);
      }
    }
    return bits;
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
