package io.github.bsckit.core.io;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.util.List;

/**
 * Thrown when a document cannot be read: it lists every problem found, each located in the document as
 * {@code FILE:line:col: path: what is wrong}, for example
 * {@code acme.yaml:12:17: objectives[3].kpis[0].target.value: must be a number but was the string "ninety"}.
 *
 * <p>Reading never yields a partial scorecard: either the whole document is valid, or this exception names all
 * that is wrong with it (syntax errors stop the reading at the first one, because what follows cannot be
 * trusted).
 */
public class DocumentException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a document.
   *
   * @param source the document's name, as used in the problems
   * @param problems the problems, at least one, each located in the document
   * @throws io.github.bsckit.core.BscException if {@code problems} is empty
   */
  public DocumentException(String source, List<Problem> problems) {
    super(headline(source, problems), problems);
  }

  private static String headline(String source, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new BscException("problems must name at least one problem but was empty");
    }
    String name = source.isEmpty() ? "the document" : source;
    return "cannot read " + name + ": " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems");
  }
}
