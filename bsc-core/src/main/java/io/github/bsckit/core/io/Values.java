package io.github.bsckit.core.io;

import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.internal.DidYouMean;
import io.github.bsckit.core.model.DatedValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Converts document values to Java values, reporting each one of the wrong type or shape at its path and
 * returning null for it (or for an absent value, passed as a null node). Every value converted is remembered
 * by path, so that later problems about it can be placed.
 */
final class Values {
  /** The keys of a dated value, in the order written. */
  static final List<String> DATED = List.of("value", "date");

  /** ISO-8601 calendar dates; years past 9999 (or before 0) carry a sign, as {@link LocalDate#toString()} writes. */
  private static final Pattern ISO_DATE = Pattern.compile("[+-]?\\d{4,9}-\\d{2}-\\d{2}");

  private final Problems problems;

  Values(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  /** {@return the map as fields, or null (reported) when it is not a map} */
  Fields map(Node n, String path, List<String> keys) {
    if (n == null) {
      return null;
    }
    problems.locate(path, n);
    if (n instanceof Node.MapNode m) {
      return new Fields(m, path, keys, this);
    }
    wrong(n, path, "must be a map with the keys " + String.join(", ", keys));
    return null;
  }

  /** {@return the items, each located at {@code path[i]}; empty (reported) when it is not a list} */
  List<Node> list(Node n, String path) {
    if (n == null) {
      return List.of();
    }
    problems.locate(path, n);
    if (n instanceof Node.ListNode l) {
      for (int i = 0; i < l.items().size(); i++) {
        problems.locate(item(path, i), l.items().get(i));
      }
      return l.items();
    }
    wrong(n, path, "must be a list");
    return List.of();
  }

  String string(Node n, String path) {
    if (n == null) {
      return null;
    }
    problems.locate(path, n);
    if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
      return s.text();
    }
    boolean quotable = n instanceof Node.Scalar s && s.type() != Node.Type.NULL;
    wrong(n, path, "must be a string" + (quotable ? " (put it in quotes)" : ""));
    return null;
  }

  /** {@return the number; null (reported) when it is not a number or not finite} */
  Double finite(Node n, String path) {
    Node.Scalar s = number(n, path);
    if (s == null) {
      return null;
    }
    if (!Double.isFinite(s.number())) {
      problems.add(path, n, "must be a finite number but was " + s.text());
      return null;
    }
    return s.number();
  }

  /** {@return the number as written; null (reported) when it is not a number} */
  Node.Scalar number(Node n, String path) {
    if (n == null) {
      return null;
    }
    problems.locate(path, n);
    if (n instanceof Node.Scalar s && s.type() == Node.Type.NUMBER) {
      return s;
    }
    wrong(n, path, "must be a number");
    return null;
  }

  /** {@return the whole number in [min, max]; null (reported) otherwise} */
  Integer integer(Node n, String path, int min, int max) {
    Node.Scalar s = number(n, path);
    if (s == null) {
      return null;
    }
    double v = s.number();
    if (v != Math.rint(v) || v < min || v > max) {
      problems.add(path, n, "must be a whole number from " + min + " to " + max + " but was " + s.text());
      return null;
    }
    return (int) v;
  }

  LocalDate date(Node n, String path) {
    String text = n instanceof Node.Scalar s && s.type() == Node.Type.STRING ? s.text() : null;
    if (n == null) {
      return null;
    }
    problems.locate(path, n);
    if (text != null && ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problems.add(path, n, "must be an ISO date (yyyy-mm-dd) but was \"" + text + "\", which is not a day"
            + " of the calendar");
        return null;
      }
    }
    wrong(n, path, "must be an ISO date (yyyy-mm-dd)");
    return null;
  }

  /** {@return a {@code {value, date}} map as a dated value; null (reported) when either part is wrong} */
  DatedValue dated(Node n, String path) {
    Fields f = map(n, path, DATED);
    if (f == null) {
      return null;
    }
    f.require("value", "date");
    Double value = f.finite("value");
    LocalDate date = f.date("date");
    return value == null || date == null ? null : DatedValue.of(value, date);
  }

  /** {@return the option whose key is the string's text; null (reported, with a hint) otherwise} */
  <T> T choice(Node n, String path, List<T> options, Function<T, String> key) {
    String text = string(n, path);
    if (text == null) {
      return null;
    }
    for (T o : options) {
      if (key.apply(o).equals(text)) {
        return o;
      }
    }
    List<String> keys = options.stream().map(key).toList();
    problems.add(path, n, "must be one of " + String.join(", ", keys) + " but was \"" + text + "\""
        + DidYouMean.hint(text, keys));
    return null;
  }

  /** {@return the enum constant written in lower-case kebab case ({@code in-progress} for IN_PROGRESS)} */
  <E extends Enum<E> & Keyed> E choice(Node n, String path, Class<E> type) {
    return choice(n, path, List.of(type.getEnumConstants()), Keyed::key);
  }

  static String item(String listPath, int i) {
    return listPath + "[" + i + "]";
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private void wrong(Node n, String path, String expected) {
    problems.add(path, n, expected + " but was " + n.describe());
  }
}
