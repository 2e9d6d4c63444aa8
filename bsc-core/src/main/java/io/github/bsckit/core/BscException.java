package io.github.bsckit.core;

/**
 * The root of bsc-kit's unchecked exception family: every problem that bsc-kit reports about a scorecard,
 * a document or an argument value is a {@code BscException} or a subclass of it.
 *
 * <p>Null arguments are the one exception: they are rejected with {@link NullPointerException} naming the
 * parameter, as in the JDK.
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
