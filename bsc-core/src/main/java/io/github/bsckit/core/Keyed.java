package io.github.bsckit.core;

import java.util.Locale;

/**
 * A closed set whose constants have a canonical text form, the one documents, messages and {@code toString()}s
 * use: the constant's name in lower-case kebab case ({@code WEIGHTED_MEAN} is {@code weighted-mean}), computed
 * in {@link Locale#ROOT} so that it reads the same under every default locale (a Turkish one lower-cases
 * {@code I} to a dotless {@code ı}). bsc-kit's enums implement it; those that documents or users name also have
 * a static {@code fromKey(String)}.
 */
public interface Keyed {

  /** {@return the constant's name, as {@link Enum#name()} gives it} */
  String name();

  /** {@return the canonical text form: the name in lower-case kebab case, the same under every locale} */
  default String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
