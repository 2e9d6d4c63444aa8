package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Keys;
import java.util.Locale;
import java.util.Objects;

/**
 * A closed set whose constants have a canonical text form, the one documents, messages and {@code toString()}s
 * use: the constant's name in lower-case kebab case ({@code WEIGHTED_MEAN} is {@code weighted-mean}), computed
 * in {@link Locale#ROOT} so that it reads the same under every default locale (a Turkish one lower-cases
 * {@code I} to a dotless {@code ı}). Every public enum of bsc-kit implements it; {@link #fromKey} reads a key back.
 *
 * <pre>{@code
 * RollUp.WEIGHTED_MEAN.key();                      // "weighted-mean"
 * Keyed.fromKey(RollUp.class, "weighted-mean");    // WEIGHTED_MEAN
 * }</pre>
 */
public interface Keyed {

  /** {@return the constant's name, as {@link Enum#name()} gives it} */
  String name();

  /** {@return the canonical text form: the name in lower-case kebab case, the same under every locale} */
  default String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the constant of {@code type} whose {@link #key()} is {@code key}}
   *
   * @param type the enum, such as {@code RollUp.class}
   * @param key the canonical text form, such as {@code weighted-mean}
   * @param <E> the enum
   * @throws io.github.bsckit.core.ValidationException if no constant has that key; the problem is at the enum's
   *     name ({@code rollUp}), lists the keys allowed and suggests the closest
   */
  static <E extends Enum<E> & Keyed> E fromKey(Class<E> type, String key) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    String simple = type.getSimpleName();
    String field = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    return Keys.parse(type, Keyed::key, field, key);
  }
}
