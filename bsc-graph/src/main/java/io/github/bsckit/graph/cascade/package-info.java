/**
 * Impact across the cascade: the combined strategy map of a portfolio ({@link
 * io.github.bsckit.graph.cascade.CascadeMap}: every unit's objectives and links plus the alignment edges, as one
 * JGraphT graph), the paths and exact path counts from a team objective to the corporate outcomes and the
 * organisation's keystones ({@link io.github.bsckit.graph.cascade.CascadeImpact}), and a picture of the alignment
 * ({@link io.github.bsckit.graph.cascade.CascadeSvg}).
 */
package io.github.bsckit.graph.cascade;
