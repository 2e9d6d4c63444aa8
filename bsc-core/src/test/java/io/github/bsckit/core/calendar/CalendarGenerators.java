package io.github.bsckit.core.calendar;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Month;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of the calendar's values: start months, dates, fiscal quarters. */
final class CalendarGenerators {
  private CalendarGenerators() {}

  /** Any month as the start of a fiscal year. */
  static Gen<Month> months() {
    return Generate.enumValues(Month.class);
  }

  /** Dates from 1900 to 2199, leap days included. */
  static Gen<LocalDate> dates() {
    return Generate.longRange(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2199, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Fiscal quarters from FY1 to FY9999. */
  static Gen<FiscalQuarter> fiscalQuarters() {
    return integers().between(FiscalQuarter.MIN_YEAR, FiscalQuarter.MAX_YEAR)
        .zip(integers().between(1, 4), FiscalQuarter::of);
  }
}
