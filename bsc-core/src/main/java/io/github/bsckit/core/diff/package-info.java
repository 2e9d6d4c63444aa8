/**
 * What changed between two versions of a scorecard: {@link io.github.bsckit.core.diff.ScorecardDiff}, a list of
 * {@link io.github.bsckit.core.diff.Change}s in a stable order, readable and as JSON.
 */
package io.github.bsckit.core.diff;
