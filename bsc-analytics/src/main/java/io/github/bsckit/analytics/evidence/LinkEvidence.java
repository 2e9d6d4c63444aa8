package io.github.bsckit.analytics.evidence;

import io.github.bsckit.analytics.stats.Correlation;
import io.github.bsckit.analytics.stats.GrangerTest;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.KpiId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the actuals say about one empirical causal link: the two primary KPIs' aligned, transformed period series
 * correlated at the tested lag (Pearson, with Spearman beside it) and at every lag 0..K, the Granger test in
 * both directions, the p-value and its Benjamini–Hochberg q-value across all links tested together, the verdict
 * and, when the data cannot tell yet, how much more would be needed. Immutable and thread-safe.
 *
 * @param link the link
 * @param cause the cause objective's primary KPI (its first), if it has one
 * @param effect the effect objective's primary KPI, if it has one
 * @param frequency the period the series were aligned on
 * @param transform the transform actually applied
 * @param declaredLag the link's lag in periods, if it declares one
 * @param testedLag the lag tested: the declared one, else the most significant of 0..K
 * @param bestLag the lag with the largest |r| among 0..K, if any correlation was defined
 * @param pairs the aligned pairs at the tested lag
 * @param pearson Pearson's r at the tested lag, with p-value and Fisher-z interval
 * @param spearman Spearman's rank r at the tested lag
 * @param byLag Pearson's r at lags 0..K, in lag order
 * @param causeToEffect the Granger test of the cause's past predicting the effect
 * @param effectToCause the Granger test the other way round
 * @param p the p-value judged: Pearson's at the declared lag, or Bonferroni-adjusted over the lags searched;
 *     NaN when untested
 * @param q the Benjamini–Hochberg q-value across the links tested together; NaN when untested
 * @param verdict the verdict
 * @param dataNeeded how much more data a test would need, for insufficient data and inconclusive links
 * @param notes explanations in words (a missing KPI, a lag that differs from the declared one, a likely common
 *     cause)
 */
public record LinkEvidence(
    CausalLink link,
    Optional<KpiId> cause,
    Optional<KpiId> effect,
    Frequency frequency,
    Transform transform,
    OptionalInt declaredLag,
    int testedLag,
    OptionalInt bestLag,
    int pairs,
    Correlation pearson,
    Correlation spearman,
    List<Correlation> byLag,
    GrangerTest causeToEffect,
    GrangerTest effectToCause,
    double p,
    double q,
    Verdict verdict,
    Optional<DataNeeded> dataNeeded,
    List<String> notes) {

  /**
   * Copies the lists and checks for nulls.
   *
   * @param link the link
   * @param cause the cause's primary KPI, if any
   * @param effect the effect's primary KPI, if any
   * @param frequency the period
   * @param transform the transform applied
   * @param declaredLag the declared lag in periods, if any
   * @param testedLag the lag tested
   * @param bestLag the lag of the largest |r|, if any
   * @param pairs the pairs at the tested lag
   * @param pearson Pearson's r at the tested lag
   * @param spearman Spearman's r at the tested lag
   * @param byLag Pearson's r at lags 0..K
   * @param causeToEffect Granger, cause to effect
   * @param effectToCause Granger, effect to cause
   * @param p the p-value judged, or NaN
   * @param q the q-value, or NaN
   * @param verdict the verdict
   * @param dataNeeded how much more data a test would need, if that is the point
   * @param notes explanations in words
   */
  public LinkEvidence {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(transform, "transform");
    Objects.requireNonNull(declaredLag, "declaredLag");
    Objects.requireNonNull(bestLag, "bestLag");
    Objects.requireNonNull(pearson, "pearson");
    Objects.requireNonNull(spearman, "spearman");
    Objects.requireNonNull(causeToEffect, "causeToEffect");
    Objects.requireNonNull(effectToCause, "effectToCause");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(dataNeeded, "dataNeeded");
    byLag = List.copyOf(byLag);
    notes = List.copyOf(notes);
  }

  /** {@return true if r's sign at the tested lag agrees with the link's polarity} */
  public boolean signMatches() {
    return pearson.isDefined() && pearson.r() * link.polarity().sign() > 0;
  }

  /** {@return true if the link declares a lag and the lag of the largest |r| is that lag} */
  public boolean lagMatches() {
    return declaredLag.isPresent() && bestLag.isPresent() && declaredLag.getAsInt() == bestLag.getAsInt();
  }

  /**
   * {@return true if both Granger directions are significant at the level given: feedback or a common cause is
   * then as plausible as the link}
   *
   * @param alpha the level, such as 0.05
   */
  public boolean bothDirections(double alpha) {
    return causeToEffect.isDefined() && effectToCause.isDefined() && causeToEffect.p() < alpha
        && effectToCause.p() < alpha;
  }

  /** {@return for example {@code C1 -> F1: SUPPORTED r = 0.62 lag 3, p = 0.0002, q = 0.001, 32 pairs}} */
  @Override
  public String toString() {
    return link.from() + " -> " + link.to() + ": " + verdict + " " + figures();
  }

  /** {@return the figures: {@code r = 0.62 lag 3, p = 0.0002, q = 0.001, 32 pairs}, the data needed if any} */
  String figures() {
    StringBuilder sb = new StringBuilder();
    if (pearson.isDefined()) {
      sb.append(String.format(Locale.ROOT, "r = %.2f lag %d, ", pearson.r(), testedLag));
    }
    if (!Double.isNaN(p)) {
      sb.append(String.format(Locale.ROOT, "p = %.2g, q = %.2g, ", p, q));
    }
    sb.append(pairs).append(" pairs");
    dataNeeded.ifPresent(d -> sb.append("; ").append(d));
    return sb.toString();
  }
}
