package io.github.bsckit.cli.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CLI's own {@code --json} output (the map's and the demo's envelopes); the reports write their JSON
 * themselves ({@code ValidationReport.toJson()} and its siblings).
 */
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
   * Reads JSON text (a library report's) into a tree, to nest it in a larger answer.
   *
   * @param json the JSON text
   * @return the tree
   */
  public static JsonNode parse(String json) {
    return MAPPER.readTree(json);
  }
}
