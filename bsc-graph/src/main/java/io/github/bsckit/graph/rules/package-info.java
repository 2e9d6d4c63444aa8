/**
 * The causality rules of the strategy map ({@code cycle}, {@code downward-link}, {@code redundant-link}, …) as
 * bsc-core {@link io.github.bsckit.core.rules.Rule}s; see {@link io.github.bsckit.graph.rules.StrategyMapRules}.
 */
package io.github.bsckit.graph.rules;
