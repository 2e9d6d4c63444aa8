package io.github.bsckit.core;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a value, a scorecard or a document: where it is and what is wrong.
 *
 * <p>The {@code path} uses the document format's notation ({@code objectives[3].kpis[0].target.value}), so a
 * problem found while building a scorecard in Java points at the same place as one found while reading a
 * document. {@code source}, {@code line} and {@code column} are known only for problems found in a document;
 * otherwise source is empty and line and column are 0. Immutable and thread-safe.
 *
 * @param source the file or resource name, or empty when not read from a document
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param path the path of the offending element, empty for the whole thing
 * @param message what is wrong, naming the value and the rule it breaks
 */
public record Problem(String source, int line, int column, String path, String message) {

  /**
   * Validates the components.
   *
   * @param source the file or resource name, or empty when not read from a document
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the path of the offending element, empty for the whole thing
   * @param message what is wrong, naming the value and the rule it breaks
   */
  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      // Built directly (not through the shared kernel, which depends on this package); the values are valid.
      throw new ValidationException(List.of(new Problem("", 0, 0, line < 0 ? "line" : "column",
          "must be >= 0 but was " + (line < 0 ? line : column))));
    }
  }

  /**
   * A problem at a path, with no document location.
   *
   * @param path the path of the offending element
   * @param message what is wrong
   * @return the problem
   */
  public static Problem at(String path, String message) {
    return new Problem("", 0, 0, path, message);
  }

  /**
   * Returns this problem with {@code prefix} put in front of its path, as a parent does for a child's problem.
   *
   * @param prefix a path such as {@code objectives[2]}
   * @return a problem whose path is {@code prefix.path} (or {@code prefix} when the path is empty)
   */
  public Problem under(String prefix) {
    String joined = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + (path.startsWith("[") ? "" : ".") + path;
    return new Problem(source, line, column, joined, message);
  }

  /**
   * Returns this problem located in a document.
   *
   * @param source the file or resource name
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the located problem
   */
  public Problem locatedAt(String source, int line, int column) {
    return new Problem(source, line, column, path, message);
  }

  /** {@return {@code FILE:line:col: path: message}, leaving out the parts that are unknown} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (!source.isEmpty() || line > 0) {
      sb.append(source.isEmpty() ? "<input>" : source);
      if (line > 0) {
        sb.append(':').append(line).append(':').append(column);
      }
      sb.append(": ");
    }
    if (!path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(message).toString();
  }
}
