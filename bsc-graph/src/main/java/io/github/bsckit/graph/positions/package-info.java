/**
 * A strategy map's objectives and arrows by position, read by bsc-graph's rules instead of looking ids up. Not
 * exported: not part of the API. A package of its own, naming no other package of bsc-graph, so that the map
 * package can hand the arrays over without a cycle between packages.
 */
package io.github.bsckit.graph.positions;
