package io.github.bsckit.core.model;

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

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
