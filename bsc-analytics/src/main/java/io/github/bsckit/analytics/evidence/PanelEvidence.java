package io.github.bsckit.analytics.evidence;

import io.github.bsckit.analytics.stats.FixedEffects;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.KpiId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What several units' actuals say together about one link: a fixed-effects regression
 * {@code effect(i,t) = a_i + b·cause(i,t−L)} over the transformed series of every unit that has both KPIs, which
 * gives power one short series cannot. Immutable and thread-safe.
 *
 * @param link the link (as the first unit that has it declares it)
 * @param cause the cause's primary KPI id, shared by the units
 * @param effect the effect's primary KPI id
 * @param units the names of the units that contributed pairs
 * @param lag the lag in periods: the declared one, else the most significant of 0..K
 * @param fit the fixed-effects fit
 * @param p the slope's p-value (Bonferroni-adjusted when the lag was searched), NaN when untested
 * @param q the Benjamini–Hochberg q-value across the panel's links, NaN when untested
 * @param verdict the verdict, by the slope's sign against the link's polarity
 * @param dataNeeded how many more periods per unit would be enough, for insufficient data
 */
public record PanelEvidence(CausalLink link, KpiId cause, KpiId effect, List<String> units, int lag,
    FixedEffects fit, double p, double q, Verdict verdict, Optional<DataNeeded> dataNeeded) {

  /**
   * Copies the list and checks for nulls.
   *
   * @param link the link
   * @param cause the cause's KPI
   * @param effect the effect's KPI
   * @param units the contributing units
   * @param lag the lag
   * @param fit the fit
   * @param p the p-value, or NaN
   * @param q the q-value, or NaN
   * @param verdict the verdict
   * @param dataNeeded more data needed, if that is the point
   */
  public PanelEvidence {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(fit, "fit");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(dataNeeded, "dataNeeded");
    units = List.copyOf(units);
  }

  /** {@return for example {@code C1 -> F1: SUPPORTED b = 0.41 lag 1, q = 0.002, 5 units, 170 pairs}} */
  @Override
  public String toString() {
    return link.from() + " -> " + link.to() + ": " + verdict
        + (fit.isDefined() ? String.format(Locale.ROOT, " b = %.3g lag %d, q = %.2g", fit.slope(), lag, q) : "")
        + ", " + fit.units() + " units, " + fit.n() + " pairs" + dataNeeded.map(d -> "; " + d).orElse("");
  }
}
