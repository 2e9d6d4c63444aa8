package io.github.bsckit.core.io;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a parsed document, YAML or JSON alike, with the line and column where it starts. The tree is
 * built by {@link TreeReader} and interpreted by the decoders; it never leaves this package. A YAML alias is
 * the very node its anchor names, shared rather than copied.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

  /** {@return the 1-based line where the value starts} */
  int line();

  /** {@return the 1-based column where the value starts} */
  int column();

  /** {@return how the value reads in a message: "a map", "the number 42", "the string \"x\""} */
  String describe();

  /** A key of a map, with where the key itself is written. */
  record Entry(String key, int line, int column, Node value) {}

  /**
   * A map (a YAML mapping, a JSON object); entries in document order, keys unique. Held as parallel arrays of
   * keys, key places and values, with no object per entry (an {@link Entry} is made only when asked for), and
   * with a hash index only past {@link #INDEXED} entries: most maps of a document are a KPI's or a target's
   * handful of keys, which {@link Fields} files by number in one pass, and a hash map apiece cost more to build
   * than it saved.
   */
  final class MapNode implements Node {
    /** The number of entries past which a map is indexed by key. */
    static final int INDEXED = 8;

    private final int line;
    private final int column;
    private final String[] keys;
    /** Where each key is written: its line in the high half, its column in the low half. */
    private final long[] keyPlaces;
    private final Node[] values;
    /** The positions by key, for a map of more than {@link #INDEXED} entries; null for a smaller one. */
    private final Map<String, Integer> index;

    /**
     * @param keys the keys in document order, unique; not copied
     * @param keyPlaces where each key is written, as {@link #place} packs it; not copied
     * @param values each key's value; not copied
     * @param index the positions by key when there are more than {@link #INDEXED}, else null; not copied
     */
    MapNode(int line, int column, String[] keys, long[] keyPlaces, Node[] values, Map<String, Integer> index) {
      this.line = line;
      this.column = column;
      this.keys = keys;
      this.keyPlaces = keyPlaces;
      this.values = values;
      this.index = index;
    }

    /** {@return a line and column packed in one long, as a map keeps where its keys are written} */
    static long place(int line, int column) {
      return (long) line << 32 | (column & 0xFFFFFFFFL);
    }

    /** {@return the line of a place packed by {@link #place}} */
    static int lineOf(long place) {
      return (int) (place >> 32);
    }

    /** {@return the column of a place packed by {@link #place}} */
    static int columnOf(long place) {
      return (int) place;
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }

    /** {@return the number of entries} */
    int size() {
      return keys.length;
    }

    /** {@return the key at a position in document order} */
    String key(int i) {
      return keys[i];
    }

    /** {@return the value at a position in document order} */
    Node value(int i) {
      return values[i];
    }

    /** {@return the entry at a position in document order, made on each call} */
    Entry entry(int i) {
      return new Entry(keys[i], lineOf(keyPlaces[i]), columnOf(keyPlaces[i]), values[i]);
    }

    /** {@return the position of a key, or -1 when there is none} */
    int indexOf(String key) {
      if (index != null) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    /** {@return the entry of a key, or null when there is none} */
    Entry get(String key) {
      int i = indexOf(key);
      return i < 0 ? null : entry(i);
    }

    /** {@return the entries in document order} */
    List<Entry> list() {
      Entry[] entries = new Entry[keys.length];
      for (int i = 0; i < keys.length; i++) {
        entries[i] = entry(i);
      }
      return Collections.unmodifiableList(Arrays.asList(entries));
    }

    /** {@return the entries by key, in document order; a new map on each call} */
    Map<String, Entry> entries() {
      Map<String, Entry> byKey = new LinkedHashMap<>();
      for (int i = 0; i < keys.length; i++) {
        byKey.put(keys[i], entry(i));
      }
      return Collections.unmodifiableMap(byKey);
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** A list (a YAML sequence, a JSON array). */
  record ListNode(int line, int column, List<Node> items) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** The kinds of scalar a document can hold. */
  enum Type { STRING, NUMBER, BOOLEAN, NULL }

  /**
   * A scalar: a string, a number, true/false or null.
   *
   * @param text the text as written (for numbers, the digits; for strings, the string)
   * @param number the numeric value when {@code type} is NUMBER (possibly NaN or infinite), else 0
   */
  record Scalar(int line, int column, Type type, String text, double number) implements Node {
    @Override
    public String describe() {
      return switch (type) {
        case STRING -> "the string \"" + abbreviate(text) + "\"";
        case NUMBER -> "the number " + abbreviate(text);
        case BOOLEAN -> text;
        case NULL -> "null";
      };
    }

    /** {@return the exact decimal value of a finite number, as written when possible} */
    BigDecimal decimal() {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        // YAML writes some numbers in forms BigDecimal does not parse (0x1F, 0o17); their double is exact.
        return BigDecimal.valueOf(number);
      }
    }

    /** Shortens long text for a message, without splitting a surrogate pair, and shows line breaks as \\n. */
    private static String abbreviate(String s) {
      String shown = s.codePointCount(0, s.length()) <= 40 ? s : s.substring(0, s.offsetByCodePoints(0, 37)) + "...";
      return shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
  }
}
