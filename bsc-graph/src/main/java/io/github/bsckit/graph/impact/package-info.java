/**
 * Impact analysis along the arrows of a strategy map: drivers and effects, bounded path enumeration, exact
 * path counts, strongest paths, keystone objectives and what-if propagation. Start with
 * {@link io.github.bsckit.graph.impact.ImpactAnalysis#of(io.github.bsckit.graph.map.StrategyMap)}.
 */
package io.github.bsckit.graph.impact;
