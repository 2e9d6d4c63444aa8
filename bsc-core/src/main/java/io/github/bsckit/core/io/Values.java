package io.github.bsckit.core.io;

import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.DidYouMean;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Scale;
import java.time.DateTimeException;
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
  static final KeyList DATED = KeyList.of("value", "date");

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
  Fields map(Node n, DocPath path, KeyList keys) {
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
  List<Node> list(Node n, DocPath path) {
    return items(n, path).nodes();
  }

  /**
   * The items of a list with the paths they were located at, for a decoder to read each item under the very path
   * object located for it rather than a second one of the same text.
   */
  record Items(List<Node> nodes, DocPath[] paths) {
    static final Items NONE = new Items(List.of(), new DocPath[0]);

    int size() {
      return paths.length;
    }

    Node get(int i) {
      return nodes.get(i);
    }

    DocPath path(int i) {
      return paths[i];
    }
  }

  /** {@return the items, each located at {@code path[i]}; none (reported) when it is not a list} */
  Items items(Node n, DocPath path) {
    if (n == null) {
      return Items.NONE;
    }
    problems.locate(path, n);
    if (n instanceof Node.ListNode l) {
      DocPath[] paths = new DocPath[l.items().size()];
      for (int i = 0; i < paths.length; i++) {
        paths[i] = path.item(i);
        problems.locate(paths[i], l.items().get(i));
      }
      return new Items(l.items(), paths);
    }
    wrong(n, path, "must be a list");
    return Items.NONE;
  }

  String string(Node n, DocPath path) {
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
  Double finite(Node n, DocPath path) {
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
  Node.Scalar number(Node n, DocPath path) {
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
  Integer integer(Node n, DocPath path, int min, int max) {
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

  LocalDate date(Node n, DocPath path) {
    String text = n instanceof Node.Scalar s && s.type() == Node.Type.STRING ? s.text() : null;
    if (n == null) {
      return null;
    }
    problems.locate(path, n);
    if (text != null && isDateText(text)) {
      LocalDate date = dates.of(text);
      if (date == null) {
        problems.add(path, n, Checks.notADate(text));
      }
      return date;
    }
    wrong(n, path, "must be an ISO date (yyyy-mm-dd)");
    return null;
  }

  /** The dates read so far, shared by text. */
  private final DateTexts dates = new DateTexts();

  /** {@return true when the text has the shape of an ISO date, whether or not it names a day} */
  static boolean isDateText(String text) {
    return isPlainDate(text) || ISO_DATE.matcher(text).matches();
  }

  /**
   * {@return the day an ISO date names, as {@link LocalDate#parse} reads it, or null when it names none}. The
   * common form, four digits of year and no sign, is read by hand: {@code LocalDate.parse} goes through a
   * general formatter and its resolver, which made it the largest single cost of reading a document's targets.
   * Any other form goes to {@code LocalDate.parse}; both accept and reject the same texts.
   */
  static LocalDate isoDate(String text) {
    if (isPlainDate(text)) {
      try {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      } catch (DateTimeException e) {
        return null;
      }
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@return true for {@code dddd-dd-dd}, ASCII digits only, as {@code \\d} and the ISO formatter read them} */
  private static boolean isPlainDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** {@return a {@code {value, date}} map as a dated value; null (reported) when either part is wrong} */
  DatedValue dated(Node n, DocPath path) {
    Fields f = map(n, path, DATED);
    if (f == null) {
      return null;
    }
    f.require("value", "date");
    Double value = f.finite("value");
    LocalDate date = f.date("date");
    return value == null || date == null ? null : DatedValue.of(value, date);
  }

  /**
   * {@return a value on a KPI's scale: a finite number on a number scale, else a level given as its text,
   * converted to its position; null (reported) otherwise}
   */
  Double scaled(Node n, DocPath path, Scale scale) {
    if (scale.isNumbers() || n == null) {
      return finite(n, path);
    }
    problems.locate(path, n);
    if (!(n instanceof Node.Scalar s && s.type() == Node.Type.STRING)) {
      wrong(n, path, "must be a level of the scale " + scale + " (as text)");
      return null;
    }
    java.util.OptionalInt i = scale.indexOf(s.text());
    if (i.isEmpty()) {
      problems.add(path, n, "must be a level of the scale " + scale + " but was \"" + s.text() + "\""
          + io.github.bsckit.core.internal.DidYouMean.hint(s.text(), scale.levels()));
      return null;
    }
    return (double) i.getAsInt();
  }

  /** {@return the option whose key is the string's text; null (reported, with a hint) otherwise} */
  <T> T choice(Node n, DocPath path, List<T> options, Function<T, String> key) {
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
  <E extends Enum<E> & Keyed> E choice(Node n, DocPath path, Class<E> type) {
    if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING) {
      E e = keyed(s.text(), type);
      if (e != null) {
        problems.locate(path, n);
        return e;
      }
    }
    return choice(n, path, List.of(type.getEnumConstants()), Keyed::key);
  }

  /** {@return the constant of a closed set whose key is the text, or null when none is} */
  static <E extends Enum<E> & Keyed> E keyed(String text, Class<E> type) {
    Object[] byKey = byKey(type);
    for (int i = 0; i < byKey.length; i += 2) {
      if (byKey[i].equals(text)) {
        return type.cast(byKey[i + 1]);
      }
    }
    return null;
  }

  /** {@return the keys and constants of a closed set, alternating in declaration order; not to be changed} */
  static Object[] byKey(Class<? extends Keyed> type) {
    return BY_KEY.get(type);
  }

  /**
   * The keys and constants of each closed set, alternating in declaration order, made once per enum: the keys are
   * computed ({@link Keyed#key()} lower-cases the name), and a document names one on most KPIs. A closed set has
   * a handful of constants, so comparing the text with each key costs less than hashing it, which a text read
   * from a document has not yet done. A text that is no key takes the general way, which reports it.
   */
  private static final ClassValue<Object[]> BY_KEY = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      Object[] byKey = new Object[constants.length * 2];
      for (int i = 0; i < constants.length; i++) {
        byKey[2 * i] = ((Keyed) constants[i]).key();
        byKey[2 * i + 1] = constants[i];
      }
      return byKey;
    }
  };

  static String item(String listPath, int i) {
    return listPath + "[" + i + "]";
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private void wrong(Node n, DocPath path, String expected) {
    problems.add(path, n, expected + " but was " + n.describe());
  }
}
