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
   * Validates and normalises the components.
   *
   * @param amount the amount, not negative
   * @param currency the ISO 4217 code, such as {@code USD}
   * @throws io.github.bsckit.core.ValidationException if the amount is negative or the currency unknown
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Checks c = new Checks();
    if (amount.signum() < 0) {
      c.add("amount", "must be >= 0 but was " + amount.toPlainString());
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

  /** {@return for example {@code USD 250000}} */
  @Override
  public String toString() {
    return currency + " " + amount.toPlainString();
  }
}
