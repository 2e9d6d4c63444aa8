package io.github.bsckit.testkit.internal;

import io.github.bsckit.core.BscException;

/**
 * Argument checks shared by bsc-testkit's packages, with messages that name the argument and its value. Not
 * exported: not part of the API.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks that {@code lo <= hi}.
   *
   * @param name the name of the lower bound's argument
   * @param lo the lower bound
   * @param hi the upper bound
   * @throws BscException if {@code lo > hi}
   */
  public static void range(String name, long lo, long hi) {
    if (lo > hi) {
      throw new BscException(name + " must be <= " + hi + " but was " + lo);
    }
  }

  /**
   * Checks that a value lies in {@code [min, max]}.
   *
   * @param name the argument's name
   * @param value its value
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the value
   * @throws BscException if it does not
   */
  public static int between(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new BscException(name + " must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /**
   * Checks that a value is at least {@code min}.
   *
   * @param name the argument's name
   * @param value its value
   * @param min the smallest allowed value
   * @return the value
   * @throws BscException if it is smaller
   */
  public static int atLeast(String name, int value, int min) {
    if (value < min) {
      throw new BscException(name + " must be >= " + min + " but was " + value);
    }
    return value;
  }
}
