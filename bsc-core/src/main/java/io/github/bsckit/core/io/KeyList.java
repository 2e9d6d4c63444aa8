package io.github.bsckit.core.io;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The keys a map of the format allows, in the order the format lists them: a list, equal to any list of the same
 * keys, that also numbers them. Every key of every map read is looked up here once ({@link #slot}), so that
 * {@link Fields} can hold a map's values by number and answer the decoders' many questions (is {@code target}
 * given? its value?) by number: the decoders ask with the very string constants listed here, which
 * {@link #slotOf} finds by identity. Both lookups are open-addressing tables of a few times the keys' number, so
 * a lookup reads one or two cells rather than a {@code HashMap}'s node and a boxed number. Immutable.
 */
final class KeyList extends AbstractList<String> implements RandomAccess {
  private final String[] keys;
  /** Open addressing by the key's hash: each key, and its number beside it. */
  private final String[] byHash;
  private final int[] byHashSlot;
  /** Open addressing by identity, for the constants the decoders ask with. */
  private final String[] byIdentity;
  private final int[] byIdentitySlot;
  private final int mask;
  /** Jackson's matcher of these keys, which finds a key's number straight from a parser's input. */
  private final PropertyNameMatcher matcher;

  private KeyList(String[] keys) {
    this.keys = keys.clone();
    int size = Integer.highestOneBit(Math.max(keys.length, 1) * 4 - 1) << 1;
    this.mask = size - 1;
    this.byHash = new String[size];
    this.byHashSlot = new int[size];
    this.byIdentity = new String[size];
    this.byIdentitySlot = new int[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].isEmpty()) {
        throw new IllegalArgumentException("a key of the format is never empty"); // nor can Jackson's matcher hold one
      }
      if (slot(keys[i]) >= 0) {
        throw new IllegalArgumentException("key listed twice: " + keys[i]);
      }
      int h = spread(shape(keys[i]));
      while (byHash[h] != null) {
        h = (h + 1) & mask;
      }
      byHash[h] = keys[i];
      byHashSlot[h] = i;
      h = spread(System.identityHashCode(keys[i]));
      while (byIdentity[h] != null) {
        h = (h + 1) & mask;
      }
      byIdentity[h] = keys[i];
      byIdentitySlot[h] = i;
    }
    this.matcher = BinaryNameMatcher.construct(Arrays.asList(keys));
  }

  private int spread(int hash) {
    return (hash ^ (hash >>> 16)) * 0x9E3779B9 >>> 7 & mask;
  }

  /** {@return the list of these keys, in this order; no key twice} */
  static KeyList of(String... keys) {
    return new KeyList(keys);
  }

  /**
   * {@return a hash of a key's length and its first, middle and last characters}: the keys of one map differ there,
   * and a key read from YAML is a new string whose {@code hashCode} would read every character (JSON's keys are
   * shared strings whose hash is kept). Equal keys hash alike, so a lookup is still exact by {@code equals}.
   */
  private static int shape(String key) {
    int n = key.length();
    return n == 0 ? 0 : n * 0x9E3779B9 ^ key.charAt(0) ^ key.charAt(n >> 1) << 8 ^ key.charAt(n - 1) << 16;
  }

  /** {@return the number of a key read from a document, or -1 when it is not one of these} */
  int slot(String key) {
    for (int h = spread(shape(key)); byHash[h] != null; h = (h + 1) & mask) {
      if (byHash[h].equals(key)) {
        return byHashSlot[h];
      }
    }
    return -1;
  }

  /**
   * {@return the number of a key a decoder asks for, or -1 when it is not one of these}: found by identity
   * first, as the decoders name keys by the constants this list was made of.
   */
  int slotOf(String key) {
    for (int h = spread(System.identityHashCode(key)); byIdentity[h] != null; h = (h + 1) & mask) {
      if (byIdentity[h] == key) {
        return byIdentitySlot[h];
      }
    }
    return slot(key);
  }

  /**
   * {@return Jackson's matcher of these keys}: a parser's {@code nextNameMatch} answers a key's number in this
   * list (or one of the matcher's negative codes) without making the key's string, from a JSON document's bytes.
   */
  PropertyNameMatcher matcher() {
    return matcher;
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
    return o instanceof String s && slot(s) >= 0;
  }
}
