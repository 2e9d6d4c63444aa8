/**
 * What bsc-graph's pictures share: the palette of theme and status colours, status marks and labels, so that the
 * strategy map and the cascade's alignment picture speak with one voice. Not exported: not part of the API.
 */
package io.github.bsckit.graph.internal;
