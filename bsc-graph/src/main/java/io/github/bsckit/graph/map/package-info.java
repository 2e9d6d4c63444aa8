/**
 * The strategy map: a scorecard's objectives and causal links as a read-only JGraphT graph, with each
 * objective's row (perspective rank counted from the bottom) and themes at hand, and the structural queries the
 * rules and analyses share: reach, topological order, cycles, and the links a longer chain implies.
 */
package io.github.bsckit.graph.map;
