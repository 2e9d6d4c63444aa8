package io.github.bsckit.core.internal;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The one number, unit and plural formatter of bsc-kit's text: messages, {@code toString()}, reports and the
 * command line. Every form is locale-independent ({@link Locale#ROOT}), so that text reads the same whatever the
 * default locale; wording in a chosen locale (bsc-okr's key-result sentences) formats the digits itself and
 * places the unit with {@link Units}.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * {@return the number as people write it: {@code 90} not {@code 90.0}, {@code 0.25} not {@code 2.5E-1}, never
   * an exponent}; {@code NaN} and the infinities as Java writes them
   *
   * @param value the number
   */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * {@return exactly what {@link BigDecimal#valueOf(double)} gives, the same unscaled value and scale, without
   * its text round trip for whole numbers below 10^7, as baselines, targets and most actuals are: for those
   * {@link Double#toString} writes the digits and ".0", which {@code valueOf} reads as scale 1}
   *
   * @param value the number, finite
   */
  public static BigDecimal valueOf(double value) {
    if (value > -1e7 && value < 1e7 && value == (long) value) {
      return BigDecimal.valueOf((long) value * 10, 1);
    }
    return BigDecimal.valueOf(value);
  }

  /**
   * {@return the number as {@link #plain(double)} writes it, as an exact decimal (for JSON output)}
   *
   * @param value the number, finite
   */
  public static BigDecimal decimal(double value) {
    return new BigDecimal(plain(value));
  }

  /**
   * {@return the number with its unit, placed by {@link Units#place}: {@code $1200}, {@code 87.5%}, {@code 12
   * tickets}, {@code USD 250000}}
   *
   * @param value the number
   * @param unit the unit as the KPI states it, possibly empty
   */
  public static String withUnit(double value, String unit) {
    return Units.place(plain(Math.abs(value)), value < 0 || isNegativeZero(value), unit);
  }

  /**
   * {@return the number rounded half up to a KPI's decimals, its whole part grouped in thousands, and written
   * with its unit as {@link #withUnit} places it: how every command and the review pack show a KPI's values,
   * {@code $1,116} for 1115.7 at precision 0}
   *
   * @param value the number; a non-finite one is written {@linkplain #plain plainly}, without its unit
   * @param precision the decimals, 0 to 10
   * @param unit the unit as the KPI states it, possibly empty
   */
  public static String atPrecision(double value, int precision, String unit) {
    if (!Double.isFinite(value)) {
      return plain(value);
    }
    double rounded = BigDecimal.valueOf(value).setScale(precision, RoundingMode.HALF_UP).doubleValue();
    return Units.place(grouped(plain(Math.abs(rounded))), rounded < 0, unit);
  }

  /**
   * {@return a plain number's whole part in groups of three, as the key results' wording writes amounts:
   * {@code 686000} as {@code 686,000}, {@code 1234.5} as {@code 1,234.5}; below 1,000 unchanged}
   *
   * @param plain a number as {@link #plain(double)} or {@link BigDecimal#toPlainString()} writes it, unsigned
   */
  public static String grouped(String plain) {
    int point = plain.indexOf('.');
    int whole = point < 0 ? plain.length() : point;
    if (whole <= 3 || plain.indexOf('E') >= 0) {
      return plain;
    }
    StringBuilder sb = new StringBuilder(plain.length() + whole / 3);
    for (int i = 0; i < whole; i++) {
      if (i > 0 && (whole - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(plain.charAt(i));
    }
    return sb.append(plain, whole, plain.length()).toString();
  }

  /**
   * {@return the number as a scorecard document writes it: {@link #plain(double)} for everyday magnitudes, an
   * exponent ({@code 1.5e+300}) below 1e-7 and from 1e21 on, {@code -0.0} for negative zero}. The text reads back as
   * the same double, in JSON and in YAML's core schema alike.
   *
   * @param value the number, finite
   * @throws ValidationException if the value is not finite
   */
  public static String exact(double value) {
    if (!Double.isFinite(value)) {
      throw new ValidationException(List.of(Problem.at("value", "must be a finite number but was " + value)));
    }
    if (value == 0) {
      return isNegativeZero(value) ? "-0.0" : "0";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    // Double.toString gives digits that read back as the same double; BigDecimal lays them out.
    BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-7 && magnitude < 1e21) {
      return d.toPlainString();
    }
    String digits = d.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - d.scale();
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (value < 0) {
      sb.append('-');
    }
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    return sb.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent)).toString();
  }

  /**
   * {@return the number rounded to a number of significant digits, without an exponent: {@code 0.02222} for
   * 0.0222222 and 4 digits}; zero is {@code 0}, {@code NaN} and the infinities as Java writes them
   *
   * @param value the number
   * @param digits the significant digits to keep, at least 1
   */
  public static String significant(double value, int digits) {
    if (value == 0 || !Double.isFinite(value)) {
      return value == 0 ? "0" : Double.toString(value);
    }
    return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
  }

  /**
   * {@return the number as {@link #significant} writes it, with a {@code +} before a positive one: {@code +0.0222},
   * {@code -1.5}, {@code 0}}
   *
   * @param value the number
   * @param digits the significant digits to keep, at least 1
   */
  public static String signed(double value, int digits) {
    return (value > 0 ? "+" : "") + significant(value, digits);
  }

  /**
   * {@return a fraction as a percentage with one decimal: {@code 89.3%} for 0.893, {@code 100.0%} for 1}
   *
   * @param fraction the fraction, 1 being 100%
   */
  public static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /**
   * {@return a fraction as a percentage with at most one decimal: {@code 87.5%}, {@code 50%}}
   *
   * @param fraction the fraction, 1 being 100%
   */
  public static String share(double fraction) {
    String p = percent(fraction);
    return p.endsWith(".0%") ? p.substring(0, p.length() - 3) + "%" : p;
  }

  /**
   * {@return the count with its noun, plural unless the count is one: {@code 1 objective}, {@code 3 objectives}}
   *
   * @param count the count
   * @param noun the singular noun; its plural adds an {@code s}
   */
  public static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static boolean isNegativeZero(double value) {
    return value == 0 && Double.doubleToRawLongBits(value) < 0;
  }
}
