package io.github.bsckit.report;

import io.github.bsckit.core.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A further section of the report, given as plain text in a table: how modules the report does not depend on
 * (link evidence, forecasts) or a caller's own code add to the review pack. The report escapes every string, so
 * a section can never inject markup. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportSection evidence = ReportSection.of("Link evidence", "Does each hypothesis hold in the data?",
 *     List.of("Link", "Correlation", "Verdict"), List.of(List.of("L1 → P1", "0.62", "supported")));
 * String html = ScorecardReport.builder(scorecard).asOf(asOf).section(evidence).build().html();
 * }</pre>
 *
 * @param heading the section's heading, not blank
 * @param description one paragraph under the heading saying what the table shows; may be empty
 * @param columns the table's column headers, at least one
 * @param rows the table's rows, each with exactly one cell per column; may be empty
 */
public record ReportSection(String heading, String description, List<String> columns, List<List<String>> rows) {

  /**
   * Validates the components and copies the lists.
   *
   * @param heading the section's heading, not blank
   * @param description one paragraph under the heading; may be empty
   * @param columns the column headers, at least one
   * @param rows the rows, each with one cell per column
   * @throws io.github.bsckit.core.ValidationException naming the field and value that is wrong
   */
  public ReportSection {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(description, "description");
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    Checks c = new Checks();
    c.text("heading", heading);
    c.check(!columns.isEmpty(), "columns", "must name at least one column but was empty");
    for (int i = 0; i < rows.size(); i++) {
      c.check(rows.get(i).size() == columns.size(), "rows[" + i + "]",
          "must have " + columns.size() + " cells, one per column, but had " + rows.get(i).size());
    }
    c.throwIfAny();
  }

  /**
   * {@return a section with a table}
   *
   * @param heading the section's heading, not blank
   * @param description one paragraph under the heading; may be empty
   * @param columns the column headers, at least one
   * @param rows the rows, each with one cell per column
   * @throws io.github.bsckit.core.ValidationException naming the field and value that is wrong
   */
  public static ReportSection of(String heading, String description, List<String> columns,
      List<List<String>> rows) {
    return new ReportSection(heading, description, columns, rows);
  }
}
