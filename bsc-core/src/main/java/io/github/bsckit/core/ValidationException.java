package io.github.bsckit.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value, a scorecard or a document breaks one or more invariants. It lists <em>every</em>
 * problem found, not just the first, so a user can fix them all in one go.
 *
 * <pre>{@code
 * try {
 *   Scorecard.builder(" ").build();
 * } catch (ValidationException e) {
 *   e.problems().forEach(System.out::println);   // name: must not be blank but was " "
 * }
 * }</pre>
 */
public class ValidationException extends BscException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates an exception listing the given problems.
   *
   * @param problems the problems, at least one
   * @throws BscException if {@code problems} is empty
   */
  public ValidationException(List<Problem> problems) {
    this(summary(problems), problems);
  }

  /**
   * Creates an exception with a custom headline and the given problems.
   *
   * @param headline the first line of the message
   * @param problems the problems, at least one
   */
  protected ValidationException(String headline, List<Problem> problems) {
    super(headline + "\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new BscException("problems must name at least one problem but was empty");
    }
    return problems.size() == 1 ? "1 problem:" : problems.size() + " problems:";
  }

  /** {@return every problem found, in the order found; unmodifiable and never empty} */
  public List<Problem> problems() {
    return problems;
  }
}
