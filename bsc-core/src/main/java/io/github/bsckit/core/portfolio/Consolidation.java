package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.scoring.Scorer;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a whole {@link Portfolio} as of a date. Immutable and thread-safe.
 *
 * <pre>{@code
 * PortfolioReport report = Consolidation.defaults().score(portfolio, actualsByUnit, LocalDate.parse("2026-06-30"));
 * }</pre>
 *
 * <p><b>1. Roll-ups.</b> Every {@link KpiRollUp} computes its target's values from its sources' values, date by
 * date (a date on or before the as-of date on which any source reported). Sources that are themselves rolled
 * up are computed first. The computed series replaces whatever the target unit reported for that KPI. What
 * each value came from is kept ({@link RolledUpValue#contributions()}).
 *
 * <p><b>2. Units.</b> Every unit's scorecard is scored alone by the {@link Scorer}, with those values: its
 * {@linkplain UnitScore#own() own report}.
 *
 * <p><b>3. Objectives, through alignment.</b> An objective nothing supports keeps its own score and coverage.
 * An objective with supporters blends two parts: its own KPIs' score, and its supporters' consolidated scores
 * combined by alignment weight (all alike when every weight is 0), computed bottom-up. With the portfolio's
 * {@linkplain Portfolio#supportShare() support share} {@code s}:
 * {@code consolidated = (1 − s)·own + s·supporters} when both parts have data, the part with data alone when
 * only one has (its coverage tells), NO_DATA when neither has. Coverage is
 * {@code (1 − s)·ownCoverage + s·supportersCoverage}, the supporters' coverage weighted like their scores. A
 * supporter on an alignment cycle is left out where it would count itself. {@code s = 0} ignores supporters;
 * {@code s = 1} ignores the objective's own KPIs once it has supporters.
 *
 * <p><b>4. Units, consolidated.</b> A unit's consolidated score rolls its objectives' consolidated scores up
 * through its scorecard exactly as the scorer rolls up their own scores (objective weights, the scorecard's
 * {@link io.github.bsckit.core.model.RollUp}, perspectives alike), judged by the scorecard's thresholds. So a
 * unit nothing feeds into, and a portfolio of one unit, consolidate to the unit's own score.
 *
 * <p><b>Tree, not time.</b> Everything here aggregates across units at one date. Aggregating a unit's values
 * over time (months into quarters) is a separate step, done on the actuals before scoring.
 *
 * <p><b>Cost.</b> Scoring every unit, plus O(R·s·d) for roll-ups with s sources over d dates, plus O(O + A) for
 * the objectives and alignments.
 */
public final class Consolidation {
  private static final Consolidation DEFAULTS = new Consolidation(Scorer.defaults());

  private final Scorer scorer;

  private Consolidation(Scorer scorer) {
    this.scorer = scorer;
  }

  /** {@return a consolidation scoring units with {@link Scorer#defaults()}} */
  public static Consolidation defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a consolidation scoring units with the given scorer}
   *
   * @param scorer the scorer, with its methods and trend points
   */
  public static Consolidation using(Scorer scorer) {
    return new Consolidation(Objects.requireNonNull(scorer, "scorer"));
  }

  /** {@return the scorer units are scored by} */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * Scores a portfolio.
   *
   * @param portfolio the portfolio
   * @param actuals each unit's actuals by unit id; a unit missing here has none
   * @param asOf the date to score as of
   * @return the report
   * @throws io.github.bsckit.core.ValidationException if {@code actuals} names a unit the portfolio does not
   *     have, or a unit's scorecard has a scoring configuration problem (named with its unit)
   */
  public PortfolioReport score(Portfolio portfolio, Map<UnitId, Actuals> actuals, LocalDate asOf) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(asOf, "asOf");
    requireUnitsOf(portfolio, actuals);
    return new ConsolidationRun(portfolio, actuals, asOf, scorer).report();
  }

  /** Checks that actuals by unit name only units of the portfolio (validation and scoring take the same map). */
  static void requireUnitsOf(Portfolio portfolio, Map<UnitId, Actuals> actuals) {
    for (UnitId id : actuals.keySet()) {
      if (portfolio.unit(Objects.requireNonNull(id, "actuals' unit id")).isEmpty()) {
        throw Checks.invalid("actuals", "must be keyed by units of portfolio \"" + portfolio.name() + "\" but names \""
            + id + "\"");
      }
    }
  }

  /** {@return for example {@code Consolidation[Scorer[…]]}} */
  @Override
  public String toString() {
    return "Consolidation[" + scorer + "]";
  }
}
