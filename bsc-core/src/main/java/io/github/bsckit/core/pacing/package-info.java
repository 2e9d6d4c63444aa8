/**
 * Pacing: how a KPI's way from baseline to target is spread over the fiscal quarters between them
 * ({@link io.github.bsckit.core.pacing.Pacing}: linear, front-loaded, back-loaded, seasonal or custom weights),
 * and over the days within them ({@link io.github.bsckit.core.pacing.PacedSpan}). Scoring's expected path and
 * bsc-okr's quarterly key results both use this one implementation.
 */
package io.github.bsckit.core.pacing;
