package io.github.bsckit.core.io;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.DidYouMean;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Gathers actuals from a document's {@code actuals} section or a CSV file, reporting what {@link Actuals}
 * would reject and more: malformed KPI ids, KPIs the scorecard does not declare, and a second value for the
 * same KPI and date, naming where the first one was.
 */
final class ActualsCollector {
  private final Problems problems;
  private final Collection<String> known;
  private final Map<String, Boolean> checked = new HashMap<>();
  private final Map<String, String> firstAt = new HashMap<>();
  private final Actuals.Builder values = Actuals.builder();

  /**
   * @param known the KPI ids values may be given for, or null to accept any well-formed id
   */
  ActualsCollector(Problems problems, Collection<String> known) {
    this.problems = problems;
    this.known = known;
  }

  /**
   * Checks a KPI id once, reporting it at its first use.
   *
   * @return true if values for it can be taken
   */
  boolean kpi(String id, DocPath path, int line, int column) {
    Boolean ok = checked.get(id);
    if (ok != null) {
      return ok;
    }
    try {
      KpiId.of(id);
      ok = true;
    } catch (ValidationException e) {
      // Placed here directly: in a CSV file the same path (the column) recurs on every line.
      e.problems().forEach(p -> problems.add(path, line, column, p.message()));
      ok = false;
    }
    if (ok && known != null && !known.contains(id)) {
      String hint = DidYouMean.hint(id, known);
      problems.add(path, line, column, "unknown KPI \"" + id + "\"" + (hint.isEmpty()
          ? (known.isEmpty() ? "; the scorecard declares no KPIs" : "") : hint));
      ok = false;
    }
    checked.put(id, ok);
    return ok;
  }

  /** Adds a value of a KPI that {@link #kpi} accepted; a second one for the same date is reported. */
  void add(String kpi, LocalDate date, double value, DocPath path, int line, int column) {
    String key = kpi + "@" + date;
    String first = firstAt.putIfAbsent(key, line + ":" + column);
    if (first != null) {
      problems.add(path, line, column, "a second value for " + kpi + " at " + date + " (the first is at " + first
          + ")");
      return;
    }
    values.add(KpiId.of(kpi), date, value);
  }

  /** {@return the actuals gathered; meaningful only when no problem was reported} */
  Actuals build() {
    return values.build();
  }
}
