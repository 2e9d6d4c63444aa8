package io.github.bsckit.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published JSON Schema as a tree, read with this package's own parser, and the objects it describes:
 * for each, its JSON pointer, its keys and which of them are required. Test support.
 */
final class SchemaTree {
  /** An object the schema describes: its pointer ({@code #/$defs/kpi}), its keys and the required ones. */
  record Described(String pointer, List<String> keys, List<String> required) {}

  private SchemaTree() {}

  static Node.MapNode root() {
    return (Node.MapNode) TreeReader.read(DocumentSchema.text(), Format.JSON, ReadLimits.defaults(),
        new Problems("bsc-1.schema.json"));
  }

  static String text(Node.MapNode map, String key) {
    return ((Node.Scalar) map.entries().get(key).value()).text();
  }

  /** {@return every object with {@code properties}, from the document itself down, by pointer} */
  static Map<String, Described> objects() {
    Map<String, Described> found = new LinkedHashMap<>();
    collect("#", root(), found);
    return found;
  }

  private static void collect(String pointer, Node node, Map<String, Described> found) {
    if (node instanceof Node.ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        collect(pointer + "/" + i, list.items().get(i), found);
      }
    }
    if (!(node instanceof Node.MapNode map)) {
      return;
    }
    Node.Entry properties = map.entries().get("properties");
    if (properties != null && properties.value() instanceof Node.MapNode p && !pointer.contains("/if")
        && !pointer.contains("/then")) {
      List<String> required = new ArrayList<>();
      Node.Entry r = map.entries().get("required");
      if (r != null) {
        ((Node.ListNode) r.value()).items().forEach(n -> required.add(((Node.Scalar) n).text()));
      }
      found.put(pointer, new Described(pointer, List.copyOf(p.entries().keySet()), required));
    }
    map.entries().forEach((key, entry) -> collect(pointer + "/" + key, entry.value(), found));
  }
}
