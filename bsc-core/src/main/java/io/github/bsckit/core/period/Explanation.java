package io.github.bsckit.core.period;

import io.github.bsckit.core.formula.Formula;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.internal.ReportJson;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.KpiId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one value of a calculated KPI was computed: its formula, the period, and each input with its period
 * value and the actuals that value came from. Immutable and thread-safe; made by {@link CalculatedKpis#explain}.
 *
 * <p>Its text, for example:
 * <blockquote>revenue-per-customer 2026-09 (2026-09-01..2026-09-30) = revenue / customers = 30 @ 2026-09-30<br>
 * &nbsp;&nbsp;revenue = 1200: sum of 1200 @ 2026-09-30<br>
 * &nbsp;&nbsp;customers = 40: last of 38 @ 2026-09-15, 40 @ 2026-09-30</blockquote>
 *
 * @param kpi the calculated KPI
 * @param formula its formula
 * @param period the period computed
 * @param value the value, empty when the period has none (see {@code note})
 * @param date the date the value is dated at (the latest input actual used), when there is a value
 * @param inputs each input of the formula, in order of first appearance
 * @param note why there is no value, or empty
 */
public record Explanation(KpiId kpi, Formula formula, TimePeriod period, OptionalDouble value,
    Optional<java.time.LocalDate> date, List<Input> inputs, String note) {

  /**
   * Validates the components.
   *
   * @param kpi the calculated KPI
   * @param formula its formula
   * @param period the period computed
   * @param value the value, empty when the period has none
   * @param date the date of the value, when there is one
   * @param inputs each input, in order
   * @param note why there is no value, or empty
   */
  public Explanation {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(date, "date");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(note, "note");
  }

  /**
   * One input of a formula in one period.
   *
   * @param kpi the input KPI
   * @param value its value in the period; empty when it has none
   * @param how how the value was made: {@code sum}, {@code last}, {@code mean}, {@code carried}, {@code zero
   *     (empty period)}, {@code zero (missing)} or {@code missing}
   * @param actuals the actuals the value came from, oldest first (for a calculated input, its computed values)
   * @param calculated true if the input is itself a calculated KPI
   */
  public record Input(KpiId kpi, OptionalDouble value, String how, List<DatedValue> actuals, boolean calculated) {
    /**
     * Validates the components.
     *
     * @param kpi the input KPI
     * @param value its value, empty when it has none
     * @param how how the value was made
     * @param actuals the actuals it came from
     * @param calculated true if the input is itself calculated
     */
    public Input {
      Objects.requireNonNull(kpi, "kpi");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(how, "how");
      actuals = List.copyOf(actuals);
    }

    /** {@return for example {@code revenue = 1200: sum of 400 @ 2026-07-31, 800 @ 2026-08-31}} */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder().append(kpi).append(" = ")
          .append(value.isPresent() ? Numbers.plain(value.getAsDouble()) : "no value").append(": ").append(how);
      if (!actuals.isEmpty()) {
        sb.append(how.equals("carried") ? " from " : " of ");
        for (int i = 0; i < actuals.size(); i++) {
          sb.append(i == 0 ? "" : ", ").append(actuals.get(i));
        }
      }
      return sb.append(calculated ? " (calculated)" : "").toString();
    }
  }

  /**
   * Writes explanations as JSON: {@code {"explanations": [{"kpi", "formula", "period", "first", "last", "value",
   * "date", "note", "inputs": [{"kpi", "value", "how", "calculated", "actuals": [{"date", "value"}]}]}]}}; a
   * missing value, date or note is null.
   *
   * @param explanations the explanations, such as those of {@link CalculatedKpis#explain}
   * @return the JSON text
   */
  public static String toJson(List<Explanation> explanations) {
    Objects.requireNonNull(explanations, "explanations");
    return ReportJson.write(g -> {
      g.writeStartObject();
      g.writeArrayPropertyStart("explanations");
      for (Explanation e : explanations) {
        g.writeStartObject();
        g.writeStringProperty("kpi", e.kpi().value());
        g.writeStringProperty("formula", e.formula().text());
        g.writeStringProperty("period", e.period().label());
        g.writeStringProperty("first", e.period().first().toString());
        g.writeStringProperty("last", e.period().last().toString());
        value(g, "value", e.value());
        ReportJson.stringOrNull(g, "date", e.date().map(Object::toString).orElse(null));
        ReportJson.stringOrNull(g, "note", e.note().isEmpty() ? null : e.note());
        g.writeArrayPropertyStart("inputs");
        for (Input i : e.inputs()) {
          g.writeStartObject();
          g.writeStringProperty("kpi", i.kpi().value());
          value(g, "value", i.value());
          g.writeStringProperty("how", i.how());
          g.writeBooleanProperty("calculated", i.calculated());
          g.writeArrayPropertyStart("actuals");
          for (DatedValue v : i.actuals()) {
            g.writeStartObject();
            g.writeStringProperty("date", v.date().toString());
            ReportJson.number(g, "value", v.value());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void value(tools.jackson.core.JsonGenerator g, String name, OptionalDouble v) {
    if (v.isPresent()) {
      ReportJson.number(g, name, v.getAsDouble());
    } else {
      g.writeNullProperty(name);
    }
  }

  /** {@return the explanation over several lines: the value and its formula, then one line per input} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(kpi).append(' ').append(period).append(" = ").append(formula)
        .append(" = ").append(value.isPresent() ? Numbers.plain(value.getAsDouble()) : "no value");
    date.ifPresent(d -> sb.append(" @ ").append(d));
    if (!note.isEmpty()) {
      sb.append(" (").append(note).append(')');
    }
    inputs.forEach(i -> sb.append("\n  ").append(i));
    return sb.toString();
  }
}
