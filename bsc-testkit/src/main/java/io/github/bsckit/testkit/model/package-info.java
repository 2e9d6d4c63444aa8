/**
 * Generators of bsc-kit's domain values: ids, names, KPIs, objectives, perspectives, themes, initiatives,
 * actuals, whole scorecards that pass every built-in rule ({@link io.github.bsckit.testkit.model.ScorecardGenerators}),
 * scorecards that reach every field and edge of the model ({@link io.github.bsckit.testkit.model.EdgeScorecards})
 * and strategy maps whose links all point upward ({@link io.github.bsckit.testkit.model.StrategyMapGenerators}).
 */
package io.github.bsckit.testkit.model;
