package io.github.bsckit.core.calendar;

/**
 * Which calendar year names a fiscal year. A fiscal year that starts in January starts and ends in the same
 * calendar year, so both conventions agree; for any other start month they differ by one.
 */
public enum FiscalYearLabel {
  /**
   * The calendar year in which the fiscal year starts: with an April start, FY2026 runs from 2026-04-01 to
   * 2027-03-31 (the convention in Japan, for example).
   */
  START_YEAR,
  /**
   * The calendar year in which the fiscal year ends: with an October start, FY2027 runs from 2026-10-01 to
   * 2027-09-30 (the US federal government, and most US companies with a non-calendar fiscal year).
   */
  END_YEAR;

  /** {@return the canonical text form, {@code start-year} or {@code end-year}} */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
