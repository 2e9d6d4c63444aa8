package io.github.bsckit.core.formula;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.util.List;

/**
 * A formula that cannot be parsed: what is wrong and where, as a character position inside the formula text,
 * so that a document reader can point at the very character ({@code FILE:line:col}). Its one problem is at the
 * path {@code formula}.
 */
public final class FormulaException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** The 0-based index of the offending character in the formula text (its length at the end). */
  private final int position;
  /** What is wrong at {@link #position}, without the position. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param formula the formula text
   * @param position the 0-based index of the offending character in {@code formula} (its length at the end)
   * @param reason what is wrong there
   */
  public FormulaException(String formula, int position, String reason) {
    super(List.of(Problem.at("formula", "at character " + (position + 1) + " of \"" + formula + "\": " + reason)));
    this.position = position;
    this.reason = reason;
  }

  /** {@return the 0-based index of the offending character in the formula text} */
  public int position() {
    return position;
  }

  /** {@return what is wrong, without the position} */
  public String reason() {
    return reason;
  }
}
