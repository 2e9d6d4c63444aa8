package io.github.bsckit.core.scoring;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.internal.ReportJson;
import io.github.bsckit.core.model.ElementId;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.period.TimePeriod;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * A scorecard's score reports at the end of every period of a range: the scorecard over time. Immutable and
 * thread-safe; made by {@link Scorer#history}.
 *
 * <pre>{@code
 * ScoreHistory h = Scorer.defaults().history(scorecard, actuals, LocalDate.parse("2026-01-01"),
 *     LocalDate.parse("2026-12-31"), PeriodUnit.QUARTER);
 * h.reports().get(0).scorecard().status();           // the first quarter's status
 * h.series(KpiId.of("retention"));                   // the KPI's node in each period, oldest first
 * System.out.println(h.table());                     // a KPI × period table of scores and statuses
 * }</pre>
 */
public final class ScoreHistory {
  private final PeriodUnit unit;
  private final List<TimePeriod> periods;
  private final List<ScoreReport> reports;

  ScoreHistory(PeriodUnit unit, List<TimePeriod> periods, List<ScoreReport> reports) {
    this.unit = unit;
    this.periods = List.copyOf(periods);
    this.reports = List.copyOf(reports);
  }

  /** {@return the periods' length} */
  public PeriodUnit unit() {
    return unit;
  }

  /** {@return the periods, oldest first; unmodifiable} */
  public List<TimePeriod> periods() {
    return periods;
  }

  /**
   * {@return one report per period, in the order of {@link #periods()}, each as of the period's last day (or
   * of the range's end, for a last period the range ends inside); unmodifiable}
   */
  public List<ScoreReport> reports() {
    return reports;
  }

  /**
   * One element's node in every period.
   *
   * @param id a perspective, objective or KPI id
   * @return its node in each report, in the order of {@link #periods()}; empty when the scorecard has no such
   *     element; unmodifiable
   */
  public List<ScoreNode> series(ElementId id) {
    Objects.requireNonNull(id, "id");
    List<ScoreNode> out = new ArrayList<>(reports.size());
    for (ScoreReport r : reports) {
      Optional<ScoreNode> n = r.find(id);
      if (n.isEmpty()) {
        return List.of();
      }
      out.add(n.get());
    }
    return List.copyOf(out);
  }

  /** {@return the scorecard's own node in every period, oldest first; unmodifiable} */
  public List<ScoreNode> scorecardSeries() {
    return reports.stream().map(ScoreReport::scorecard).toList();
  }

  /**
   * The history as a table: one row per node of the tree (the scorecard, each perspective, objective and KPI,
   * indented by depth), one column per period, each cell the score and status ({@code 82% on}, {@code 40% off},
   * {@code 55% risk}, {@code -} for no data).
   *
   * @return the table, lines separated by {@code \n}
   */
  public String table() {
    List<String[]> rows = new ArrayList<>();
    String[] head = new String[periods.size() + 1];
    head[0] = "";
    for (int i = 0; i < periods.size(); i++) {
      head[i + 1] = periods.get(i).label();
    }
    rows.add(head);
    if (!reports.isEmpty()) {
      addRows(rows, reports.get(0).scorecard(), 0, new ArrayList<>());
    }
    int[] width = new int[head.length];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < r.length; c++) {
        line.append(c == 0 ? r[c] + " ".repeat(width[0] - r[0].length()) : "  " + " ".repeat(width[c] - r[c].length())
            + r[c]);
      }
      sb.append(line.toString().stripTrailing());
    }
    return sb.toString();
  }

  /** Adds the row of the node at {@code path} (child indexes from the root) and of its subtree. */
  private void addRows(List<String[]> rows, ScoreNode shape, int depth, List<Integer> path) {
    String[] row = new String[periods.size() + 1];
    row[0] = "  ".repeat(depth) + shape.id().map(ElementId::value).orElse(shape.name());
    for (int i = 0; i < reports.size(); i++) {
      ScoreNode n = reports.get(i).scorecard();
      for (int step : path) {
        n = n.children().get(step);
      }
      row[i + 1] = cell(n);
    }
    rows.add(row);
    for (int c = 0; c < shape.children().size(); c++) {
      path.add(c);
      addRows(rows, shape.children().get(c), depth + 1, path);
      path.remove(path.size() - 1);
    }
  }

  private static String cell(ScoreNode n) {
    return switch (n.status()) {
      case NO_DATA -> "-";
      case ON_TRACK -> Numbers.percent(n.score().getAsDouble()) + " on";
      case AT_RISK -> Numbers.percent(n.score().getAsDouble()) + " risk";
      case OFF_TRACK -> Numbers.percent(n.score().getAsDouble()) + " off";
    };
  }

  /**
   * The history as JSON: {@code {"name", "unit", "periods": [{"label", "first", "last", "asOf"}], "series":
   * [{"level", "id", "name", "points": [{"period", "score", "status", "actual", "date"}]}]}}, one series per
   * node of the tree in report order, one point per period. Scores are rounded to four decimals, null without
   * data; {@code actual} and {@code date} are a KPI's scored actual (null for other nodes or without one).
   *
   * @return the JSON text
   */
  public String toJson() {
    return ReportJson.write(this::write);
  }

  /**
   * Writes {@link #toJson()} to a writer.
   *
   * @param out where to write; flushed, not closed
   * @throws java.io.UncheckedIOException if the writer fails
   */
  public void writeJson(Writer out) {
    ReportJson.write(out, this::write);
  }

  private void write(JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("name", reports.isEmpty() ? "" : reports.get(0).scorecard().name());
    g.writeStringProperty("unit", unit.key());
    g.writeArrayPropertyStart("periods");
    for (int i = 0; i < periods.size(); i++) {
      g.writeStartObject();
      g.writeStringProperty("label", periods.get(i).label());
      g.writeStringProperty("first", periods.get(i).first().toString());
      g.writeStringProperty("last", periods.get(i).last().toString());
      g.writeStringProperty("asOf", reports.get(i).asOf().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("series");
    if (!reports.isEmpty()) {
      List<ScoreNode> shape = reports.get(0).nodes();
      for (int j = 0; j < shape.size(); j++) {
        ScoreNode s = shape.get(j);
        g.writeStartObject();
        g.writeStringProperty("level", s.level().key());
        g.writeStringProperty("id", s.id().map(ElementId::value).orElse(""));
        g.writeStringProperty("name", s.name());
        g.writeArrayPropertyStart("points");
        for (int i = 0; i < reports.size(); i++) {
          ScoreNode n = reports.get(i).nodes().get(j);
          g.writeStartObject();
          g.writeStringProperty("period", periods.get(i).label());
          ReportJson.fraction(g, "score", n.score());
          g.writeStringProperty("status", n.status().key());
          g.writeName("actual");
          if (n.actual().isPresent()) {
            ReportJson.number(g, n.actual().get().value());
          } else {
            g.writeNull();
          }
          ReportJson.stringOrNull(g, "date", n.actual().map(a -> a.date().toString()).orElse(null));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreHistory h && unit == h.unit && periods.equals(h.periods) && reports.equals(h.reports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, periods, reports);
  }

  /** {@return a headline and {@link #table()}} */
  @Override
  public String toString() {
    LocalDate from = periods.isEmpty() ? null : periods.get(0).first();
    return "Score history by " + unit.key() + (from == null ? "" : " from " + from + " to "
        + reports.get(reports.size() - 1).asOf()) + "\n" + table();
  }
}
