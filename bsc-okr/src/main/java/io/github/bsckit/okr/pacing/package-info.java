/**
 * Pacing: how much of a KPI's way from baseline to target falls in each quarter of its horizon
 * ({@link io.github.bsckit.okr.pacing.Pacing}: linear, front-loaded, back-loaded, seasonal or custom weights).
 */
package io.github.bsckit.okr.pacing;
