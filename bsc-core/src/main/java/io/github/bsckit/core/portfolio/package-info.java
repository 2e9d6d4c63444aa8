/**
 * Cascading: a {@link io.github.bsckit.core.portfolio.Portfolio} of aligned scorecards across an organisation
 * (corporate, business units, teams). Units sit in a tree, each with its own scorecard;
 * {@link io.github.bsckit.core.portfolio.Alignment}s say which unit objective supports which objective one level
 * up (many-to-many, weighted); {@link io.github.bsckit.core.portfolio.KpiRollUp}s define parent KPIs as aggregates
 * of unit KPIs (sum, mean, weighted mean by unit weight, min, max, ratio of sums) with a missing-data policy.
 *
 * <p>{@link io.github.bsckit.core.portfolio.PortfolioRuleSet} checks the portfolio and every unit's scorecard;
 * {@link io.github.bsckit.core.portfolio.Consolidation} scores every unit, computes the roll-ups, and rolls
 * objective scores up through alignment, with coverage at every level and an explanation of every number.
 *
 * <p>Aggregation here is across the unit tree at one date; aggregation over time is a separate step.
 */
package io.github.bsckit.core.portfolio;
