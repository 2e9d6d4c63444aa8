package io.github.bsckit.cli.support;

import java.util.ArrayList;
import java.util.List;

/** Aligned columns for human output: each column as wide as its widest cell, two spaces apart. */
public final class Table {
  private final List<String[]> rows = new ArrayList<>();

  /**
   * Adds a row.
   *
   * @param cells the cells, left to right
   * @return this table
   */
  public Table row(String... cells) {
    rows.add(cells.clone());
    return this;
  }

  /** The narrowest the first column is cut to, however narrow the terminal. */
  static final int MIN_FIRST_COLUMN = 16;

  /** {@return the rows, aligned, each ending in a newline; trailing blanks trimmed} */
  @Override
  public String toString() {
    return render(widths());
  }

  /**
   * {@return the rows aligned as {@link #toString()} does, with the first column (names, as a rule) cut so
   * that no line is wider than {@code maxWidth}: a cut cell ends in "…"} The first column keeps at least
   * {@value #MIN_FIRST_COLUMN} characters, so a line may still be wider on a very narrow terminal.
   *
   * @param maxWidth the widest a line may be, in characters
   */
  public String fitted(int maxWidth) {
    int[] width = widths();
    if (width.length < 2) {
      return render(width);
    }
    int rest = 0;
    for (int i = 1; i < width.length - 1; i++) {
      rest += width[i] + 2;
    }
    int last = 0;
    for (String[] r : rows) {
      if (r.length == width.length) {
        last = Math.max(last, length(r[r.length - 1]));
      }
    }
    int room = Math.max(MIN_FIRST_COLUMN, maxWidth - rest - last - 2);
    if (width[0] > room) {
      width[0] = room;
    }
    return render(width);
  }

  private int[] widths() {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < r.length - 1; i++) {
        width[i] = Math.max(width[i], length(r[i]));
      }
    }
    return width;
  }

  private String render(int[] width) {
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        String cell = i < r.length - 1 ? cut(r[i], width[i]) : r[i];
        line.append(cell);
        if (i < r.length - 1) {
          line.append(" ".repeat(width[i] - length(cell) + 2));
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Cuts a cell to {@code width} characters, the last being "…", without splitting a surrogate pair. */
  private static String cut(String s, int width) {
    return length(s) <= width ? s : s.substring(0, s.offsetByCodePoints(0, width - 1)) + "\u2026";
  }
}
