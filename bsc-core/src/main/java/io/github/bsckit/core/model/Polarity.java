package io.github.bsckit.core.model;

import io.github.bsckit.core.Keyed;
import io.github.bsckit.core.internal.Keys;
import java.util.Objects;

/** Whether a causal link moves its effect the same way as its cause or the opposite way. */
public enum Polarity implements Keyed {
  /** More of the cause gives more of the effect. */
  DIRECT(1),
  /** More of the cause gives less of the effect (more automation, fewer errors). */
  INVERSE(-1);

  private final int sign;

  Polarity(int sign) {
    this.sign = sign;
  }

  /** {@return +1 for DIRECT, -1 for INVERSE} */
  public int sign() {
    return sign;
  }

  /**
   * {@return the constant whose {@link #key()} is {@code key}, for example {@code inverse}}
   *
   * @param key the canonical text form
   * @throws io.github.bsckit.core.ValidationException if no constant has that key; the problem names the
   *     keys allowed
   */
  public static Polarity fromKey(String key) {
    return Keys.parse(Polarity.class, "polarity", Objects.requireNonNull(key, "key"));
  }
}
