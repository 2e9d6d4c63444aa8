package io.github.bsckit.core.io;

import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.internal.DidYouMean;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A map of the document being decoded: its keys checked against those the format allows, and typed access
 * to their values through {@link Values}. Absent keys read as null.
 */
final class Fields {
  private final Node.MapNode map;
  private final DocPath path;
  private final Values values;
  private final KeyList keys;
  /** The value of each allowed key, by its number in {@link #keys}; null where the key is absent. */
  private final Node[] bySlot;

  Fields(Node.MapNode map, DocPath path, KeyList keys, Values values) {
    this.map = map;
    this.path = path;
    this.values = values;
    this.keys = keys;
    this.bySlot = new Node[keys.size()];
    for (int i = 0; i < map.size(); i++) {
      int slot = keys.slot(map.key(i));
      if (slot >= 0) {
        bySlot[slot] = map.value(i);
        continue;
      }
      Node.Entry e = map.entry(i);
      String hint = e.key().equals("<<") ? "; YAML merge keys are not supported, write the keys out"
          : DidYouMean.keyHint(e.key(), keys);
      values.problems().addAside(path(e.key()), e.line(), e.column(), "unknown key `" + e.key() + "`"
          + (hint.isEmpty() ? "; the keys here are " + String.join(", ", keys) : hint));
    }
  }

  /** {@return the value of a key, or null when absent} */
  private Node value(String key) {
    int slot = keys.slotOf(key);
    if (slot >= 0) {
      return bySlot[slot];
    }
    int i = map.indexOf(key);
    return i < 0 ? null : map.value(i);
  }

  /** {@return the path of a key of this map} */
  DocPath path(String key) {
    return path.child(key);
  }

  /** {@return this map's own path} */
  DocPath path() {
    return path;
  }

  boolean has(String key) {
    return value(key) != null;
  }

  /** {@return the value of a key, or null when absent} */
  Node get(String key) {
    return value(key);
  }

  /** Reports each absent key among {@code keys}; {@return true if all are present} */
  boolean require(String... keys) {
    boolean all = true;
    for (String k : keys) {
      if (!has(k)) {
        values.problems().add(path(k), map, "missing required key `" + k + "`");
        all = false;
      }
    }
    return all;
  }

  // Each accessor builds the key's path only when the key is present: the absent ones read as null (or an
  // empty list) without a path, and most of a KPI's optional keys are absent.

  String string(String key) {
    Node n = get(key);
    return n == null ? null : values.string(n, path(key));
  }

  Double finite(String key) {
    Node n = get(key);
    return n == null ? null : values.finite(n, path(key));
  }

  Integer integer(String key, int min, int max) {
    Node n = get(key);
    return n == null ? null : values.integer(n, path(key), min, max);
  }

  LocalDate date(String key) {
    Node n = get(key);
    return n == null ? null : values.date(n, path(key));
  }

  <E extends Enum<E> & Keyed> E choice(String key, Class<E> type) {
    Node n = get(key);
    return n == null ? null : values.choice(n, path(key), type);
  }

  List<Node> list(String key) {
    return items(key).nodes();
  }

  Values.Items items(String key) {
    Node n = get(key);
    return n == null ? Values.Items.NONE : values.items(n, path(key));
  }

  Fields map(String key, KeyList keys) {
    Node n = get(key);
    return n == null ? null : values.map(n, path(key), keys);
  }

  /** {@return the entries of a map whose keys are names of the user's choosing, or empty (reported)} */
  List<Node.Entry> entries(String key) {
    Node n = get(key);
    if (n == null) {
      return List.of();
    }
    values.problems().locate(path(key), n);
    if (n instanceof Node.MapNode m) {
      return m.list();
    }
    values.problems().add(path(key), n, "must be a map but was " + n.describe());
    return List.of();
  }
}
