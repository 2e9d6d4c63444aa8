package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in an ISO 4217 currency, such as an initiative's budget. Immutable and thread-safe. The
 * amount is kept without trailing zeros, so {@code 250000} and {@code 250000.00} are equal.
 *
 * @param amount the amount, not negative
 * @param currency the ISO 4217 code, such as {@code USD}
 */
public record Money(BigDecimal amount, String currency) {
  /**
   * Amounts are below 10^30: a million times the world's yearly output in any currency, and short enough
   * that the plain digits a document holds stay short. A {@code BigDecimal} such as {@code 1e999999999} is 12
   * characters of text but a billion digits when written out.
   */
  public static final BigDecimal MAX_AMOUNT_EXCLUSIVE = BigDecimal.TEN.pow(30);
  /** Amounts have at most 18 decimal places; ISO 4217 currencies use at most 4. */
  public static final int MAX_DECIMAL_PLACES = 18;

  /**
   * Validates and normalises the components.
   *
   * @param amount the amount, not negative
   * @param currency the ISO 4217 code, such as {@code USD}
   * @throws io.github.bsckit.core.ValidationException if the amount is negative, not below
   *     {@link #MAX_AMOUNT_EXCLUSIVE}, has more than {@link #MAX_DECIMAL_PLACES} decimal places, or the
   *     currency is unknown
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Checks c = new Checks();
    if (amount.signum() < 0) {
      c.add("amount", "must be >= 0 but was " + shown(amount));
    } else if (amount.compareTo(MAX_AMOUNT_EXCLUSIVE) >= 0) {
      c.add("amount", "must be below 1e30 but was " + shown(amount));
    } else if (amount.signum() != 0 && amount.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
      c.add("amount", "must have at most " + MAX_DECIMAL_PLACES + " decimal places but was " + shown(amount));
    }
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      c.add("currency", "must be an ISO 4217 currency code such as USD but was \"" + currency + "\"");
    }
    c.throwIfAny();
    amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    if (amount.scale() < 0) {
      amount = amount.setScale(0);
    }
  }

  /**
   * Returns an amount of money.
   *
   * @param amount the amount, not negative
   * @param currency the ISO 4217 code
   * @return the money
   */
  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount, currency);
  }

  /**
   * Returns an amount of money.
   *
   * @param amount the amount, not negative and finite
   * @param currency the ISO 4217 code
   * @return the money
   */
  public static Money of(double amount, String currency) {
    Checks c = new Checks();
    c.finite("amount", amount);
    c.throwIfAny();
    return new Money(BigDecimal.valueOf(amount), currency);
  }

  /** Scientific notation, never the plain digits: those may run to a billion characters (issue 18). */
  private static String shown(BigDecimal amount) {
    return amount.toString();
  }

  /** {@return for example {@code USD 250000}} */
  @Override
  public String toString() {
    return currency + " " + amount.toPlainString();
  }
}
