package io.github.bsckit.core.io;

import java.math.BigDecimal;
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

  /** A map (a YAML mapping, a JSON object); entries in document order, keys unique. */
  record MapNode(int line, int column, Map<String, Entry> entries) implements Node {
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
