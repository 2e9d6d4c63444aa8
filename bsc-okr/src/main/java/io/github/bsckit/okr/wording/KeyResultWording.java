package io.github.bsckit.okr.wording;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Units;
import io.github.bsckit.okr.plan.KeyResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes key results the way people write them, with numbers in a locale's format and the unit where it
 * belongs. Immutable and thread-safe (it creates its formats per call, as {@link NumberFormat} is not).
 *
 * <pre>{@code
 * KeyResultWording.of(Locale.US).describe(keyResult);
 * // Increase Customer Retention Rate from 86.25% to 87.5% in FY2026 Q2
 * // Reduce Onboarding Time from 10 to 8 days in FY2026 Q4
 * // Keep Uptime between 99.5% and 100% in FY2026 Q1
 * // Book $2.5M of New ARR in FY2026 Q3
 * }</pre>
 *
 * <p>Units go where bsc-kit puts them everywhere, its {@code toString()}s included: {@code %} is written as the
 * locale writes percentages ({@code 87.5%}, in German {@code 87,5 %}); a currency symbol such as {@code $} or
 * {@code €} goes before the number, and an ISO currency code such as {@code USD} before it with a space; signs
 * such as {@code ‰} and magnitude units ({@code k}, {@code M}, {@code bn}) follow the number directly ("210k"),
 * a currency symbol with a magnitude ({@code $M}) wraps it ("$26.5M"); any other unit ({@code days}) goes after
 * the number with a space, once per phrase ("from 10 to 8 days"). Money of a million or more is written short ({@code $2.5M}) when the short
 * form loses nothing, and in full ({@code $3,333,334}) when it would. Numbers show at most the KPI's decimals,
 * rounded half up, and no trailing zeros.
 *
 * <p>The sentences are English; only the numbers follow the locale.
 */
public final class KeyResultWording {
  private static final double SHORT_FROM = 1_000_000;

  private final Locale locale;

  private KeyResultWording(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the wording for a locale.
   *
   * @param locale the locale whose number format to use
   * @return the wording
   */
  public static KeyResultWording of(Locale locale) {
    return new KeyResultWording(Objects.requireNonNull(locale, "locale"));
  }

  /** {@return the wording with US English numbers} */
  public static KeyResultWording english() {
    return of(Locale.US);
  }

  /** {@return the locale whose number format this wording uses} */
  public Locale locale() {
    return locale;
  }

  /**
   * Writes a key result as a sentence.
   *
   * @param keyResult the key result
   * @return for example {@code Increase Customer Retention Rate from 86.25% to 87.5% in FY2026 Q2}
   */
  public String describe(KeyResult keyResult) {
    Objects.requireNonNull(keyResult, "keyResult");
    String name = keyResult.name();
    String unit = keyResult.unit();
    int p = keyResult.precision();
    String when = " in " + keyResult.quarter();
    double s = keyResult.start();
    double t = keyResult.target();
    return switch (keyResult.type()) {
      case INCREASE -> "Increase " + name + " " + pair("from ", s, " to ", t, unit, p) + when;
      case REDUCE -> "Reduce " + name + " " + pair("from ", s, " to ", t, unit, p) + when;
      case KEEP_AT_LEAST -> "Keep " + name + " at or above " + value(t, unit, p) + when;
      case KEEP_AT_MOST -> "Keep " + name + " at or below " + value(t, unit, p) + when;
      case KEEP_BETWEEN -> "Keep " + name + " " + pair("between ", s, " and ", t, unit, p) + when;
      case DELIVER -> (Units.kind(unit).isMoney() ? "Book " : "Deliver ") + value(t, unit, p) + " of "
          + name + when;
      case LIMIT -> "Limit " + name + " to " + value(t, unit, p) + when;
    };
  }

  /**
   * Writes a number with its unit: {@code 85%}, {@code $1.2M}, {@code USD 250,000}, {@code 4.5 days}.
   *
   * @param value the number, finite
   * @param unit the unit as the KPI states it, possibly empty
   * @param precision the most decimals to show, 0 to 10
   * @return the number with its unit
   * @throws io.github.bsckit.core.ValidationException if the value is not finite or the precision out of range
   */
  public String value(double value, String unit, int precision) {
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(value)) {
      throw Checks.invalid("value", "must be a finite number but was " + value);
    }
    if (precision < 0 || precision > 10) {
      throw Checks.invalid("precision", "must be between 0 and 10 but was " + precision);
    }
    return withUnit(value, unit, precision);
  }

  /** Two numbers in one phrase; a word unit is written once, after the second ("from 10 to 8 days"). */
  private String pair(String before, double a, String between, double b, String unit, int precision) {
    if (Units.kind(unit) == Units.Kind.WORD) {
      return before + number(a, precision) + between + number(b, precision) + " " + unit;
    }
    return before + value(a, unit, precision) + between + value(b, unit, precision);
  }

  private String withUnit(double value, String unit, int precision) {
    Units.Kind kind = Units.kind(unit);
    return switch (kind) {
      case PERCENT -> percent(value, precision); // as the locale writes percentages: 87,5 % in German
      case CURRENCY_SYMBOL, CURRENCY_CODE -> Units.place(money(Math.abs(value), precision), value < 0, unit);
      case SCALED_CURRENCY -> Units.place(number(Math.abs(value), precision), value < 0, unit);
      case NONE, SCALE, SIGN, WORD -> Units.place(number(value, precision), false, unit);
    };
  }

  private String percent(double value, int precision) {
    NumberFormat f = NumberFormat.getPercentInstance(locale);
    f.setMaximumFractionDigits(precision);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(BigDecimal.valueOf(value).movePointLeft(2));
  }

  private String money(double amount, int precision) {
    if (amount >= SHORT_FROM) {
      NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
      compact.setMaximumFractionDigits(2);
      String shortForm = compact.format(amount); // a double: the JDK's compact format mishandles BigDecimal
      try {
        if (compact.parse(shortForm).doubleValue() == amount) {
          return shortForm;
        }
      } catch (ParseException e) {
        // the long form below is always right
      }
    }
    return number(amount, precision);
  }

  private String number(double value, int precision) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(precision);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(BigDecimal.valueOf(value));
  }

  /** {@return for example {@code KeyResultWording[en_US]}} */
  @Override
  public String toString() {
    return "KeyResultWording[" + locale + "]";
  }
}
