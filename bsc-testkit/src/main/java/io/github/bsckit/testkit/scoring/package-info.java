/**
 * Generators of scoring scenarios: KPI set-ups with every built-in scoring method
 * ({@link io.github.bsckit.testkit.scoring.KpiSetup}) and whole scorecards with actuals and an as-of date
 * ({@link io.github.bsckit.testkit.scoring.ScoringScenario}), reaching the edges a scorer must survive. Start
 * with {@link io.github.bsckit.testkit.scoring.ScoringScenarios}.
 */
package io.github.bsckit.testkit.scoring;
