/**
 * The fiscal calendar: {@link io.github.bsckit.core.calendar.FiscalCalendar} turns dates into
 * {@link io.github.bsckit.core.calendar.FiscalQuarter fiscal quarters} such as {@code FY2027 Q1}, for a fiscal
 * year starting in any month and {@linkplain io.github.bsckit.core.calendar.FiscalYearLabel labelled} by the
 * year in which it starts or ends.
 */
package io.github.bsckit.core.calendar;
