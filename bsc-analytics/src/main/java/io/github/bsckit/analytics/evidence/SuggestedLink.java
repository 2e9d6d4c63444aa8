package io.github.bsckit.analytics.evidence;

import io.github.bsckit.analytics.stats.Correlation;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Polarity;
import java.util.Locale;
import java.util.Objects;

/**
 * A link nobody drew: a cause lower in the map whose primary KPI's past correlates strongly with the primary KPI
 * of an objective above it that no path of the map connects it to, significant after false-discovery control
 * across all pairs screened. A candidate for a strategist to judge, never added to the map by the analysis.
 * Immutable and thread-safe.
 *
 * @param cause the candidate cause
 * @param effect the candidate effect, in a higher perspective
 * @param causeKpi the cause's primary KPI
 * @param effectKpi the effect's primary KPI
 * @param lag the lag of the strongest correlation, 1..K periods
 * @param pearson Pearson's r at that lag
 * @param p the p-value, Bonferroni-adjusted over the lags searched
 * @param q the Benjamini–Hochberg q-value across every pair screened
 * @param polarity direct for a positive r, inverse for a negative one
 */
public record SuggestedLink(ObjectiveId cause, ObjectiveId effect, KpiId causeKpi, KpiId effectKpi, int lag,
    Correlation pearson, double p, double q, Polarity polarity) {

  /**
   * Checks for nulls.
   *
   * @param cause the candidate cause
   * @param effect the candidate effect
   * @param causeKpi the cause's KPI
   * @param effectKpi the effect's KPI
   * @param lag the lag
   * @param pearson the correlation
   * @param p the adjusted p-value
   * @param q the q-value
   * @param polarity the sign
   */
  public SuggestedLink {
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(causeKpi, "causeKpi");
    Objects.requireNonNull(effectKpi, "effectKpi");
    Objects.requireNonNull(pearson, "pearson");
    Objects.requireNonNull(polarity, "polarity");
  }

  /** {@return for example {@code P4 -> C2 (inverse) r = -0.58 lag 2, q = 0.003}} */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s -> %s%s r = %.2f lag %d, q = %.2g", cause, effect,
        polarity == Polarity.INVERSE ? " (inverse)" : "", pearson.r(), lag, q);
  }
}
