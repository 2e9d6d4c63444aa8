package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The reader's hand-made date reading accepts and rejects exactly what {@code LocalDate.parse} does. */
class IsoDateTest {

  /** What the reader did before: {@code LocalDate.parse}, null when it throws. */
  private static LocalDate parsed(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void readsEveryMonthAndDayNumberAsLocalDateParseDoes() {
    for (int year : new int[] {0, 4, 1900, 2000, 2023, 2024, 9999}) {
      for (int month = 0; month < 100; month++) {
        for (int day = 0; day < 100; day++) {
          String text = String.format("%04d-%02d-%02d", year, month, day);
          assertThat(Values.isoDate(text)).as(text).isEqualTo(parsed(text));
        }
      }
    }
  }

  @Test
  void readsAnyYearMonthAndDayAsLocalDateParseDoes() {
    qt().forAll(integers().between(0, 9999), integers().between(0, 99), integers().between(0, 99))
        .check((y, m, d) -> {
          String text = String.format("%04d-%02d-%02d", y, m, d);
          return java.util.Objects.equals(Values.isoDate(text), parsed(text));
        });
  }

  @Test
  void readsOtherFormsAsLocalDateParseDoes() {
    for (String text : new String[] {"+2026-01-31", "-0001-12-31", "+12026-01-31", "12026-01-31", "2026-1-31",
        "2026-01-3", "2026/01/31", "２０２６-01-31", "2026-01-31 ", "", "+0000-01-01", "-2026-02-29"}) {
      assertThat(Values.isoDate(text)).as(text).isEqualTo(parsed(text));
    }
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 12))
        .check(text -> java.util.Objects.equals(Values.isoDate(text), parsed(text)));
  }
}
