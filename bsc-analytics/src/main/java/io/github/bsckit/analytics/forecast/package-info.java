/**
 * KPI forecasts: a linear trend fitted to the actuals, or a damped trend over the KPI's periods
 * ({@link io.github.bsckit.analytics.forecast.ForecastMethod}); the 80% prediction interval at the target date,
 * the probability of reaching the target by then, and "on pace" or "will miss by X". Start with
 * {@link io.github.bsckit.analytics.forecast.Forecaster#defaults()}.
 */
package io.github.bsckit.analytics.forecast;
