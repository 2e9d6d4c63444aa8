/**
 * KPIs over time: {@link io.github.bsckit.core.period.PeriodSeries} gathers a KPI's actuals into months, fiscal
 * quarters, fiscal years or the KPI's own frequency ({@link io.github.bsckit.core.period.PeriodUnit}), with
 * year-, quarter-to-date and rolling twelve months, on the scorecard's one
 * {@linkplain io.github.bsckit.core.calendar.FiscalCalendar fiscal calendar}.
 */
package io.github.bsckit.core.period;
