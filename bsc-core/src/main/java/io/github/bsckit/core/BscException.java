package io.github.bsckit.core;

/**
 * The root of bsc-kit's unchecked exception family: every problem that bsc-kit reports about a scorecard,
 * a document or an argument value is a {@code BscException} or a subclass of it. A bad argument value (a
 * negative count, an empty id, a malformed date, NaN, an unknown name) is a {@link ValidationException} whose
 * problems name the field and quote the value; a document that cannot be read is an
 * {@code DocumentException} (in {@code core.io}). No public entry point lets an
 * {@link IllegalArgumentException} or a {@link java.time.format.DateTimeParseException} escape.
 *
 * <p>Null arguments are the one exception: they are rejected with {@link NullPointerException} naming the
 * parameter, as in the JDK and Guava.
 */
public class BscException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with the given message.
   *
   * @param message what went wrong, naming the field and the value
   */
  public BscException(String message) {
    super(message);
  }

  /**
   * Creates an exception with the given message and cause.
   *
   * @param message what went wrong
   * @param cause the underlying cause, may be null
   */
  public BscException(String message, Throwable cause) {
    super(message, cause);
  }
}
