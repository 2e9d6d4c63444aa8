package io.github.bsckit.core.io;

import io.github.bsckit.core.internal.Unicode;
import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.model.Scale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The parser's tokens as the direct read takes them: each value checked for the type the format wants and
 * against the {@link ReadLimits}, as the tree reader and the decoders check it, except that where they would
 * report a problem this gives up ({@link #giveUp}), leaving the document to them. It reports nothing itself.
 * Not thread-safe; one per read.
 */
final class DirectTokens {
  /** Thrown to give a document up to the tree reader; carries no stack trace, as it is never shown. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private GiveUp() {
      super("the direct read gives the document up to the tree reader", null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  private final JsonParser p;
  private final boolean yaml;
  private final ReadLimits limits;
  private final DateTexts dates = new DateTexts();
  private long nodes;
  private int depth;
  /** The number, in its list, of the key {@link #key(KeyList)} read last. */
  private int slot;

  DirectTokens(JsonParser p, Format format, ReadLimits limits) {
    this.p = p;
    this.yaml = format == Format.YAML;
    this.limits = limits;
  }

  /** {@return the exception that gives the document up; thrown by the caller} */
  static GiveUp giveUp() {
    return GIVE_UP;
  }

  /**
   * {@return the next token, a value or the end of a list}: a value is counted against the limits, a map or list
   * also against the nesting depth. Gives up at the end of the text, at a key (keys are read by
   * {@link #key(KeyList)} and {@link #name()}) and at any YAML alias, anchor or tag.
   */
  JsonToken next() {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw GIVE_UP;
    }
    switch (t) {
      case END_OBJECT, END_ARRAY -> {
        depth--;
        return t;
      }
      case PROPERTY_NAME -> throw GIVE_UP;
      case START_OBJECT, START_ARRAY -> {
        if (++depth > limits.maxNestingDepth()) {
          throw GIVE_UP;
        }
      }
      default -> { }
    }
    counted();
    return t;
  }

  /** Counts the value read against the limit on values; gives up at a YAML alias, anchor or tag on it. */
  private void counted() {
    if (++nodes > limits.maxNodes()
        || yaml && (Notations.isAlias(p) || Notations.anchor(p) != null || Notations.foreignTag(p) != null)) {
      throw GIVE_UP;
    }
  }

  /** {@return true when nothing follows the document's one value} */
  boolean atEnd() {
    return p.nextToken() == null;
  }

  /** Reads the start of a map. */
  void map() {
    map(next());
  }

  /** Checks that a token read starts a map. */
  static void map(JsonToken t) {
    if (t != JsonToken.START_OBJECT) {
      throw GIVE_UP;
    }
  }

  /** Reads the start of a list. */
  void list() {
    if (next() != JsonToken.START_ARRAY) {
      throw GIVE_UP;
    }
  }

  /** {@return the next key of the map being read, whatever it is, or null at the map's end} */
  String name() {
    String name = p.nextName();
    if (name != null) {
      return checked(name);
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw GIVE_UP; // the end of the text
    }
    depth--;
    return null;
  }

  /**
   * {@return the next key of the map being read, the very string of {@code keys} (so that it compares by
   * identity), or null at the map's end}; its number in {@code keys} is then {@link #slot()}. Gives up at a key
   * that {@code keys} does not hold. Jackson matches the key in the parser's input, making no string of it.
   */
  String key(KeyList keys) {
    int i = p.nextNameMatch(keys.matcher());
    if (i >= 0) {
      slot = i;
      return keys.get(i);
    }
    if (i != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw GIVE_UP; // a key the format does not allow here, or the end of the text
    }
    depth--;
    return null;
  }

  /** {@return the number of the key read last by {@link #key(KeyList)}} */
  int slot() {
    return slot;
  }

  /** {@return the keys of a map seen so far with the one read last}; gives up when the map gives it twice */
  long once(long seen) {
    return mark(seen, slot);
  }

  /** {@return the keys seen so far with one more, by number}; gives up when the map gives it twice. */
  static long mark(long seen, int slot) {
    if ((seen & 1L << slot) != 0) {
      throw GIVE_UP;
    }
    return seen | 1L << slot;
  }

  /** Gives up unless every key of {@code required} (by number in {@code keys}) is among {@code seen}. */
  static void require(long seen, long required) {
    if ((seen & required) != required) {
      throw GIVE_UP;
    }
  }

  /** The bits of the first two keys of a list, for {@link #require}: both keys of a two-key map; an id and a name. */
  static final long FIRST_TWO = 0b11;

  /** {@return the bits of some keys' numbers, for {@link #require}} */
  static long bits(KeyList keys, String... required) {
    long bits = 0;
    for (String k : required) {
      bits |= 1L << keys.slot(k);
    }
    return bits;
  }

  /** {@return a string value} */
  String string() {
    String s = p.nextStringValue();
    if (s == null) {
      throw GIVE_UP; // another kind of value, or the end of the text
    }
    counted();
    return checked(s);
  }

  /**
   * {@return an id value (an objective's, a KPI's, a link's end), its hash computed now}: the scorecard's structure
   * check hashes every id once the whole document is read, when a large document's strings are no longer in the
   * processor's cache; hashed here, while its characters are, the check finds the hash kept in the string.
   */
  String id() {
    String id = string();
    id.hashCode();
    return id;
  }

  /** Recent texts of the values {@link #repeated()} reads, round robin. */
  private final String[] repeats = new String[8];
  private int nextRepeat;

  /**
   * {@return a string value that a document repeats on many of its maps (an objective's perspective and themes, a
   * KPI's unit), the same string as the last time the same text was read}: matched in the parser's buffer, so a
   * repeat makes no string, and its hash, once computed, serves every map that names it.
   */
  String repeated() {
    return repeated(next());
  }

  /** {@return the text of a string token read, as {@link #repeated()} gives it} */
  String repeated(JsonToken t) {
    if (t == JsonToken.VALUE_STRING) {
      char[] chars = p.getStringCharacters();
      int offset = p.getStringOffset();
      int length = p.getStringLength();
      for (String r : repeats) {
        if (r != null && same(r, chars, offset, length)) {
          return r;
        }
      }
    }
    String s = text(t);
    repeats[nextRepeat] = s;
    nextRepeat = (nextRepeat + 1) % repeats.length;
    return s;
  }

  /** {@return the text of a string token read} */
  String text(JsonToken t) {
    if (t != JsonToken.VALUE_STRING) {
      throw GIVE_UP;
    }
    return checked(p.getString());
  }

  /** {@return a string value or free key read, if within the length limit and valid Unicode} */
  private String checked(String s) {
    if (s.length() > limits.maxStringLength() || Unicode.problem(s) != null) {
      throw GIVE_UP;
    }
    return s;
  }

  /** {@return a number value, possibly not finite} */
  double number() {
    return number(next());
  }

  /** {@return the number of a token read, possibly not finite} */
  double number(JsonToken t) {
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT
        || p.getStringLength() > limits.maxNumberLength()) {
      throw GIVE_UP;
    }
    return p.getDoubleValue();
  }

  /** {@return a finite number} */
  double finite() {
    double v = number();
    if (!Double.isFinite(v)) {
      throw GIVE_UP;
    }
    return v;
  }

  /** {@return the exact decimal of a finite number, as {@link Node.Scalar#decimal} makes it} */
  BigDecimal decimal() {
    double v = finite();
    try {
      return new BigDecimal(p.getString());
    } catch (NumberFormatException e) {
      return BigDecimal.valueOf(v);
    }
  }

  /** {@return a whole number in [min, max]} */
  int integer(int min, int max) {
    double v = number();
    if (v != Math.rint(v) || v < min || v > max) {
      throw GIVE_UP;
    }
    return (int) v;
  }

  /** {@return an ISO date, the same object as for the same text read before} */
  LocalDate date() {
    JsonToken t = next();
    if (t == JsonToken.VALUE_STRING) {
      // Most dates of a document repeat one of a few texts: matched in the parser's buffer, no string is made.
      LocalDate known = dates.known(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      if (known != null) {
        return known;
      }
    }
    String text = text(t);
    LocalDate date = Values.isDateText(text) ? dates.of(text) : null;
    if (date == null) {
      throw GIVE_UP;
    }
    return date;
  }

  /** {@return true when {@code length} characters of {@code chars} from {@code offset} are the text {@code s}} */
  static boolean same(String s, char[] chars, int offset, int length) {
    if (length != s.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[offset + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** {@return the constant of a closed set written as its key} */
  <E extends Enum<E> & Keyed> E choice(Class<E> type) {
    JsonToken t = next();
    if (t == JsonToken.VALUE_STRING) {
      Object[] byKey = Values.byKey(type);
      char[] chars = p.getStringCharacters();
      int offset = p.getStringOffset();
      int length = p.getStringLength();
      for (int i = 0; i < byKey.length; i += 2) {
        if (same((String) byKey[i], chars, offset, length)) {
          return type.cast(byKey[i + 1]);
        }
      }
    }
    throw GIVE_UP;
  }

  /** {@return a value on a scale: a finite number on a number scale, else a level's position} */
  double scaled(Scale scale) {
    if (scale.isNumbers()) {
      return finite();
    }
    OptionalInt i = scale.indexOf(string());
    if (i.isEmpty()) {
      throw GIVE_UP;
    }
    return i.getAsInt();
  }
}
