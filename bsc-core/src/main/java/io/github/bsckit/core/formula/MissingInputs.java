package io.github.bsckit.core.formula;

/** What a calculated KPI does in a period where one of its inputs has no value. */
public enum MissingInputs {
  /** The period gets no value (the default): a ratio over half its inputs would mislead. */
  SKIP,
  /** The missing input counts as zero, for sums of parts that may each be absent. */
  ZERO;

  /** {@return the canonical text form, {@code skip} or {@code zero}} */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
