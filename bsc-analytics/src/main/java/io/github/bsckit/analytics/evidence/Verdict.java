package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.model.Keyed;

/**
 * What the actuals say about one causal link, after false-discovery control across all links tested together.
 * A verdict is about prediction in the data, not proof of causation: a supported link may share a common cause,
 * and a link without evidence may still be true but too weak or too slow for the data at hand.
 */
public enum Verdict implements Keyed {
  /** The cause's past predicts the effect with the declared sign, significant after false-discovery control. */
  SUPPORTED,
  /** Significant after false-discovery control, but with the opposite sign to the link's polarity. */
  CONTRADICTED,
  /** Enough data to test, but no significant association (or a series that never changed). */
  INCONCLUSIVE,
  /** Too few aligned periods to tell; the evidence says how many more are needed and until when. */
  INSUFFICIENT_DATA;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
