package io.github.bsckit.okr.plan;

import io.github.bsckit.core.model.Keyed;

/**
 * What a key result asks for. The planner picks the type from the KPI's kind and direction and from where the
 * quarter starts and ends; wording and grading follow from it.
 */
public enum KeyResultType implements Keyed {
  /** Move a level up, from {@code start} to {@code target} ({@code target > start}). */
  INCREASE,
  /** Move a level down, from {@code start} to {@code target} ({@code target < start}). */
  REDUCE,
  /** Keep a level at or above {@code target}: the quarter asks for no rise, or the target is already passed. */
  KEEP_AT_LEAST,
  /** Keep a level at or below {@code target}: the quarter asks for no fall, or the target is already passed. */
  KEEP_AT_MOST,
  /** Keep a RANGE KPI's value between {@code start} (the band's low end) and {@code target} (its high end). */
  KEEP_BETWEEN,
  /** Deliver an amount of a FLOW KPI in the quarter: {@code target}, counted from {@code start} = 0. */
  DELIVER,
  /** Keep the amount of a FLOW KPI that should fall (a cost) at or below {@code target} in the quarter. */
  LIMIT,
  /**
   * Complete a milestone KPI ("New ERP implementation") by the quarter's end or its due date: {@code start} 0
   * (not done) and {@code target} 1 (done).
   */
  COMPLETE;

  /**
   * {@return true for DELIVER and LIMIT, whose progress is the sum of the quarter's actuals rather than the
   * latest one}
   */
  public boolean isAmount() {
    return this == DELIVER || this == LIMIT;
  }

  /** {@return true for the types met by staying on the right side of a value: the KEEP types and LIMIT} */
  public boolean isThreshold() {
    return this == KEEP_AT_LEAST || this == KEEP_AT_MOST || this == KEEP_BETWEEN || this == LIMIT;
  }

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
