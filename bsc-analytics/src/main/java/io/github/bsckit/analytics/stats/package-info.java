/**
 * The statistics link evidence and forecasts are built on, as small values over {@code double[]}: lagged
 * Pearson and Spearman correlation with a Fisher-z interval and p-value ({@link
 * io.github.bsckit.analytics.stats.Correlation}), the Granger F-test ({@link
 * io.github.bsckit.analytics.stats.GrangerTest}), Benjamini–Hochberg q-values ({@link
 * io.github.bsckit.analytics.stats.FalseDiscovery}), the pairs a correlation needs ({@link
 * io.github.bsckit.analytics.stats.SampleSize}), a fixed-effects panel slope ({@link
 * io.github.bsckit.analytics.stats.FixedEffects}) and an OLS trend with prediction intervals ({@link
 * io.github.bsckit.analytics.stats.TrendLine}). Distributions, correlation and least squares come from
 * Hipparchus; no Hipparchus type appears in a signature. Every result states when it is undefined (too few
 * points, a constant series) instead of throwing.
 */
package io.github.bsckit.analytics.stats;
