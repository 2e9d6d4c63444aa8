package io.github.bsckit.core.io;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The keys a map of the format allows, in the order the format lists them: a list, equal to any list of the same
 * keys, that also numbers them. Every key of every map read is looked up here once ({@link #slot}), so that
 * {@link Fields} can hold a map's values by number and answer the decoders' many questions (is {@code target}
 * given? its value?) without hashing: the decoders ask with the very string constants listed here, found by
 * {@link #slotOf} by identity. Immutable.
 */
final class KeyList extends AbstractList<String> implements RandomAccess {
  private final String[] keys;
  private final Map<String, Integer> slots = new HashMap<>();

  private KeyList(String[] keys) {
    this.keys = keys.clone();
    for (int i = 0; i < keys.length; i++) {
      if (slots.put(keys[i], i) != null) {
        throw new IllegalArgumentException("key listed twice: " + keys[i]);
      }
    }
  }

  /** {@return the list of these keys, in this order; no key twice} */
  static KeyList of(String... keys) {
    return new KeyList(keys);
  }

  /** {@return the number of a key read from a document, or -1 when it is not one of these} */
  int slot(String key) {
    Integer i = slots.get(key);
    return i == null ? -1 : i;
  }

  /**
   * {@return the number of a key a decoder asks for, or -1 when it is not one of these}: compared by identity
   * first, as the decoders name keys by the constants this list was made of.
   */
  int slotOf(String key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    return slot(key);
  }

  @Override
  public String get(int index) {
    return keys[index];
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof String s && slots.containsKey(s);
  }
}
