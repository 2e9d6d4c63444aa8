package io.github.bsckit.core.internal;

import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Where a unit goes beside its number, the one rule for all of bsc-kit's text. A currency symbol goes before the
 * number ({@code $1200}, {@code -€5}), an ISO currency code before it with a space ({@code USD 250000}); a
 * percent sign and other signs that people write straight after a number ({@code %}, {@code ‰}, {@code °}), and
 * magnitude suffixes ({@code k}, {@code M}, {@code bn}), follow it directly ({@code 87.5%}, {@code 210k}); a
 * currency symbol with a magnitude wraps the number ({@code $26.5M}); every other unit follows it after a space
 * ({@code 12 tickets}, {@code 4.5 days}, {@code 3 #}).
 */
public final class Units {
  /** Magnitude suffixes people write straight after a number: 210k, 1.2M, 3bn. */
  private static final Pattern MAGNITUDE = Pattern.compile("[kKMB]|bn|mn");
  /** Signs written straight after a number. */
  private static final String ATTACHED_SIGNS = "%‰‱°×";

  private Units() {}

  /** The kinds of unit, by where they go. */
  public enum Kind {
    /** No unit. */
    NONE,
    /** {@code %}: straight after the number. */
    PERCENT,
    /** A currency symbol such as {@code $} or {@code €}: before the number. */
    CURRENCY_SYMBOL,
    /** An ISO 4217 code such as {@code USD}: before the number, with a space. */
    CURRENCY_CODE,
    /** A currency symbol with a magnitude, such as {@code $M}: around the number. */
    SCALED_CURRENCY,
    /** A magnitude such as {@code k} or {@code M}: straight after the number. */
    SCALE,
    /** A sign such as {@code ‰} or {@code °}: straight after the number. */
    SIGN,
    /** Anything else, such as {@code days}: after the number, with a space. */
    WORD;

    /** {@return true for the kinds that are money} */
    public boolean isMoney() {
      return this == CURRENCY_SYMBOL || this == CURRENCY_CODE || this == SCALED_CURRENCY;
    }
  }

  /**
   * {@return the kind of a unit}
   *
   * @param unit the unit as the KPI states it, possibly empty
   */
  public static Kind kind(String unit) {
    if (unit.isBlank()) {
      return Kind.NONE;
    }
    if (MAGNITUDE.matcher(unit).matches()) {
      return Kind.SCALE;
    }
    int first = unit.codePointAt(0);
    if (Character.getType(first) == Character.CURRENCY_SYMBOL
        && MAGNITUDE.matcher(unit.substring(Character.charCount(first))).matches()) {
      return Kind.SCALED_CURRENCY; // $M, €bn: the amount is already in millions or billions
    }
    if (unit.equals("%")) {
      return Kind.PERCENT;
    }
    if (unit.codePoints().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL) && unit.length() <= 3) {
      return Kind.CURRENCY_SYMBOL;
    }
    if (unit.matches("[A-Z]{3}") && isCurrencyCode(unit)) {
      return Kind.CURRENCY_CODE;
    }
    if (unit.codePoints().allMatch(c -> ATTACHED_SIGNS.indexOf(c) >= 0)) {
      return Kind.SIGN;
    }
    return Kind.WORD;
  }

  /**
   * {@return the unit placed beside a number already written out}
   *
   * @param magnitude the number's absolute value, as written (digits in any locale's format)
   * @param negative whether the number is negative; the minus sign goes first ({@code -$5})
   * @param unit the unit as the KPI states it, possibly empty
   */
  public static String place(String magnitude, boolean negative, String unit) {
    String sign = negative ? "-" : "";
    return switch (kind(unit)) {
      case NONE -> sign + magnitude;
      case PERCENT, SIGN, SCALE -> sign + magnitude + unit;
      case CURRENCY_SYMBOL -> sign + unit + magnitude;
      case CURRENCY_CODE -> sign + unit + " " + magnitude;
      case SCALED_CURRENCY -> {
        int cut = unit.offsetByCodePoints(0, 1);
        yield sign + unit.substring(0, cut) + magnitude + unit.substring(cut);
      }
      case WORD -> sign + magnitude + " " + unit;
    };
  }

  private static boolean isCurrencyCode(String code) {
    return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
  }
}
