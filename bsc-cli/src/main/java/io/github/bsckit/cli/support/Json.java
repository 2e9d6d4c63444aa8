package io.github.bsckit.cli.support;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The CLI's {@code --json} output: trees built field by field, so the shapes are explicit and stable. */
public final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  /** {@return a new empty object} */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** {@return a new empty array} */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * Writes a tree as pretty-printed JSON.
   *
   * @param node the tree
   * @return the JSON text with a final newline
   */
  public static String write(Object node) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
  }

  /**
   * Puts a score (a number in [0, 1], rounded to 4 decimals) or null when there is none.
   *
   * @param o the object
   * @param field the field name
   * @param score the score, or empty
   */
  public static void score(ObjectNode o, String field, java.util.OptionalDouble score) {
    if (score.isPresent()) {
      o.put(field, Math.round(score.getAsDouble() * 10_000) / 10_000.0);
    } else {
      o.putNull(field);
    }
  }
}
