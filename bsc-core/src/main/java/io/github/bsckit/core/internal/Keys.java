package io.github.bsckit.core.internal;

import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Reads the canonical text form of bsc-kit's closed sets back: the other half of {@link Keyed#key()}. */
public final class Keys {
  private Keys() {}

  /**
   * {@return the constant of {@code type} whose key is {@code key}}
   *
   * @param type the enum
   * @param field the field the key was given for, named in the problem
   * @param key the key, such as {@code weighted-mean}
   * @param <E> the enum
   * @throws ValidationException naming the field, the value, the keys allowed and the closest one
   */
  public static <E extends Enum<E> & Keyed> E parse(Class<E> type, String field, String key) {
    List<String> keys = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.key().equals(key)) {
        return e;
      }
      keys.add(e.key());
    }
    throw Checks.invalid(field, "must be one of " + String.join(", ", keys) + " but was \"" + key + "\""
        + DidYouMean.hint(key, keys));
  }
}
