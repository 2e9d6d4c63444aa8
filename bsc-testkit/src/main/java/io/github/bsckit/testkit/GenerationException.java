package io.github.bsckit.testkit;

import io.github.bsckit.core.BscException;

/**
 * Thrown when a generator cannot make a value, for example because a filter rejected every value it tried.
 * The message says what was tried and how to fix the generator.
 */
public class GenerationException extends BscException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what could not be generated and why
   */
  public GenerationException(String message) {
    super(message);
  }

  static String abbreviate(Object value) {
    String s = String.valueOf(value).replace('\n', ' ');
    return s.length() <= 160 ? "was " + s : "began " + s.substring(0, 160) + "…";
  }
}
