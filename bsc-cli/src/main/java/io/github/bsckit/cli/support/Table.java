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

  /** {@return the rows, aligned, each ending in a newline; trailing blanks trimmed} */
  @Override
  public String toString() {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < r.length - 1; i++) {
        width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        line.append(r[i]);
        if (i < r.length - 1) {
          line.append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()) + 2));
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }
}
