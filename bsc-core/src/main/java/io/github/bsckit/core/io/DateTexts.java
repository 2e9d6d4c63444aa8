package io.github.bsckit.core.io;

import java.time.LocalDate;

/**
 * The dates one read has met, by their text: a scorecard names the same few dates on thousands of KPIs (every
 * baseline's and target's), and a read gives each KPI the same {@code LocalDate} for the same text rather than a
 * copy per KPI. Round robin over a few, compared by text: cheaper than hashing, and per read, so that nothing is
 * kept between reads. Not thread-safe; one per read.
 */
final class DateTexts {
  private final String[] texts = new String[4];
  private final LocalDate[] dates = new LocalDate[4];
  private int next;

  /**
   * {@return the day of a text met before, given as characters (a parser's buffer), or null when it was not}
   *
   * @param chars holds the text
   * @param offset where the text starts in {@code chars}
   * @param length the text's length
   */
  LocalDate known(char[] chars, int offset, int length) {
    for (int i = 0; i < texts.length && texts[i] != null; i++) {
      if (DirectTokens.same(texts[i], chars, offset, length)) {
        return dates[i];
      }
    }
    return null;
  }

  /**
   * {@return the day a text of a date's shape names ({@link Values#isDateText}), the same object as for the same
   * text met before; null when it names no day of the calendar}
   */
  LocalDate of(String text) {
    for (int i = 0; i < texts.length; i++) {
      if (text.equals(texts[i])) {
        return dates[i];
      }
    }
    LocalDate date = Values.isoDate(text);
    if (date != null) {
      texts[next] = text;
      dates[next] = date;
      next = (next + 1) % texts.length;
    }
    return date;
  }
}
