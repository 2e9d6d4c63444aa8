package io.github.bsckit.core.model;

/** Whether a KPI predicts results (leading) or reports them (lagging). */
public enum Indicator implements Keyed {
  /** Input-oriented and predictive, such as "number of sales demos conducted". */
  LEADING,
  /** Output-oriented, telling whether the strategy succeeded, such as "revenue". */
  LAGGING;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
