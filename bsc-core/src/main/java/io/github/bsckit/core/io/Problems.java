package io.github.bsckit.core.io;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects the problems of one document, each located at a line and column. It also remembers where every
 * path read so far was written, so that the model's own problems, which know only their path
 * ({@code objectives[3].kpis[0].target.value}), can be placed at the value they are about, or else at the
 * nearest enclosing value that was written. The shared collector, with locations; not thread-safe, one per read.
 *
 * <p>Locations are only threaded through the paths as they are read (no hashing, nothing allocated per
 * value); the index by path is built the first time the model reports a problem, as a valid
 * document never needs it.
 */
final class Problems extends Checks {
  private final String source;
  /**
   * The paths located so far, first and last, threaded through {@link DocPath#nextLocated}: no list grows with
   * the document. {@link DocPath#ROOT}, shared by every read, is located as this read's own {@link #root}.
   */
  private final DocPath root = DocPath.root();
  private DocPath firstLocated;
  private DocPath lastLocated;
  /** Line and column by path, the first recorded for each; built on first need from what was read until then. */
  private Map<String, Node> locations;
  /** The last located path put in {@link #locations}; null when none is. */
  private DocPath indexed;
  private final Set<String> reported = new HashSet<>();
  /** The document's text, to place a position inside a string value (a formula's); null when not known. */
  private String text;

  Problems(String source) {
    this.source = source;
  }

  /** Keeps the document's text, so that {@link #inside} can see whether a string was quoted. */
  void text(String documentText) {
    this.text = documentText;
  }

  /**
   * Places a character of a string value: the value's line, and its column plus the offset, plus one when the
   * value is quoted. A value written over several lines (a block scalar) is placed at its start.
   *
   * @return {line, column}
   */
  int[] inside(Node node, int offset) {
    int line = node.line();
    int column = node.column();
    if (text == null || line < 1 || column < 1) {
      return new int[] {line, column};
    }
    int start = 0;
    for (int l = 1; l < line && start >= 0; l++) {
      start = text.indexOf('\n', start) + 1;
      if (start == 0) {
        return new int[] {line, column};
      }
    }
    int at = start + column - 1;
    if (at >= text.length()) {
      return new int[] {line, column};
    }
    char c = text.charAt(at);
    if (c == '|' || c == '>') {
      return new int[] {line, column};
    }
    return new int[] {line, column + offset + (c == '"' || c == '\'' ? 1 : 0)};
  }

  /** Remembers where the value at {@code path} was written; the path's text is made only if a problem needs it. */
  void locate(DocPath path, Node node) {
    // A path object located again, or a null value, adds nothing: the index keeps the first value per path.
    DocPath at = path == DocPath.ROOT ? root : path;
    if (node == null || at.located != null) {
      return;
    }
    at.located = node;
    if (lastLocated == null) {
      firstLocated = at;
    } else {
      lastLocated.nextLocated = at;
    }
    lastLocated = at;
  }

  /** Reports a value that was replaced by a stand-in or left out; the model's echoes of it are dropped. */
  void add(DocPath path, Node at, String message) {
    add(path.toString(), at.line(), at.column(), message);
  }

  /** Reports a value that was replaced by a stand-in or left out; the model's echoes of it are dropped. */
  void add(DocPath path, int line, int column, String message) {
    add(path.toString(), line, column, message);
  }

  /** Reports a problem beside the values read (an unknown or repeated key); the model's problems stay. */
  void addAside(DocPath path, int line, int column, String message) {
    addAside(path.toString(), line, column, message);
  }

  /**
   * Runs a construction as {@link #attempt(String, Supplier)} does, making the path's text
   * only when the construction reports problems.
   */
  <T> T attempt(DocPath prefix, Supplier<T> construction) {
    try {
      return construction.get();
    } catch (ValidationException e) {
      addAll(prefix.toString(), e.problems());
      return null;
    }
  }

  /** Reports a value that was replaced by a stand-in or left out; the model's echoes of it are dropped. */
  void add(String path, int line, int column, String message) {
    addAside(path, line, column, message);
    reported.add(path);
  }

  /** Reports a problem beside the values read (an unknown or repeated key); the model's problems stay. */
  void addAside(String path, int line, int column, String message) {
    add(new Problem(source, Math.max(line, 0), Math.max(column, 0), path, message));
  }

  /**
   * Adds problems that the model reported by path (as {@link #attempt} does with a construction's problems),
   * each placed at the value it is about. A problem at or below a path this reader already reported is left
   * out: it is the model's echo of a stand-in value put in place of the reported one.
   */
  @Override
  public void addAll(String prefix, List<Problem> problems) {
    for (Problem p : problems) {
      Problem under = p.under(prefix);
      if (isAtOrBelowReported(under.path())) {
        continue;
      }
      int[] at = nearestLocation(under.path());
      add(under.locatedAt(source, at[0], at[1]));
    }
  }

  private boolean isAtOrBelowReported(String path) {
    for (String p = path; ; p = parent(p)) {
      if (reported.contains(p)) {
        return true;
      }
      if (p.isEmpty()) {
        return false;
      }
    }
  }

  private int[] nearestLocation(String path) {
    if (locations == null) {
      locations = new HashMap<>();
    }
    for (DocPath p = indexed == null ? firstLocated : indexed.nextLocated; p != null; p = p.nextLocated) {
      locations.putIfAbsent(p.toString(), p.located);
      indexed = p;
    }
    for (String p = path; ; p = parent(p)) {
      Node at = locations.get(p);
      if (at != null) {
        return new int[] {at.line(), at.column()};
      }
      if (p.isEmpty()) {
        return new int[] {1, 1};
      }
    }
  }

  /** {@return the path one step up: {@code a.b[2]} for {@code a.b[2].c}, {@code a.b} for {@code a.b[2]}} */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  /** {@return every problem found, ordered by where it is in the document (a stable sort)} */
  DocumentException exception() {
    List<Problem> all = new ArrayList<>(problems());
    all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return new DocumentException(source, all);
  }

  @Override
  public void throwIfAny() {
    if (!isEmpty()) {
      throw exception();
    }
  }

  /** Stops reading at a problem that makes the rest of the document untrustworthy. */
  DocumentException fatal(String path, int line, int column, String message) {
    add(path, line, column, message);
    return exception();
  }
}
