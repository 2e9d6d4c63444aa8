package io.github.bsckit.analytics.forecast;

import io.github.bsckit.core.model.Keyed;

/** How a {@link Forecaster} carries a KPI's actuals forward to its target date. */
public enum ForecastMethod implements Keyed {
  /**
   * An OLS straight line through the actuals by date; the prediction interval of a new observation from the t
   * distribution. The default: it suits KPIs that move steadily, and says nothing of a change of course.
   */
  LINEAR,
  /**
   * Gardner–McKenzie damped-trend exponential smoothing over the KPI's periods at its own frequency
   * ({@link io.github.bsckit.analytics.stats.DampedTrend}): recent periods weigh more, and the trend fades by φ a
   * period, so a long horizon does not run on in a straight line. The interval is ETS(A,Ad,N)'s analytic one.
   */
  DAMPED
}
