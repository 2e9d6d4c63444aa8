package io.github.bsckit.core.internal;

import io.github.bsckit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the canonical text form of bsc-kit's closed sets back: the other half of {@code Keyed.key()} (which lives
 * in the model package; this kernel depends on no package of bsc-core but the exception family's).
 */
public final class Keys {
  private Keys() {}

  /**
   * {@return the constant of {@code type} whose key is {@code text}}
   *
   * @param type the enum
   * @param key how a constant's key is written, such as {@code Keyed::key}
   * @param field the field the key was given for, named in the problem
   * @param text the key, such as {@code weighted-mean}
   * @param <E> the enum
   * @throws ValidationException naming the field, the value, the keys allowed and the closest one
   */
  public static <E extends Enum<E>> E parse(Class<E> type, Function<? super E, String> key, String field,
      String text) {
    List<String> keys = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String k = key.apply(e);
      if (k.equals(text)) {
        return e;
      }
      keys.add(k);
    }
    throw Checks.invalid(field, "must be one of " + String.join(", ", keys) + " but was \"" + text + "\""
        + DidYouMean.hint(text, keys));
  }
}
