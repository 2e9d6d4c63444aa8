package io.github.bsckit.okr.plan;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.ReportJson;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.calendar.FiscalQuarter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * Quarterly OKRs drawn from a scorecard: for every fiscal quarter, one {@link OkrObjective} per strategic
 * objective with something to do in it, each with one {@link KeyResult} per KPI. Made by {@link OkrPlanner}.
 * Immutable and thread-safe.
 */
public final class OkrPlan {
  private final FiscalCalendar calendar;
  private final Optional<LocalDate> asOf;
  private final List<OkrObjective> objectives;
  private final List<SkippedKpi> skipped;

  /** An objective in a quarter: a plan holds each at most once. */
  private record Placed(ObjectiveId objective, FiscalQuarter quarter) {}

  private OkrPlan(FiscalCalendar calendar, Optional<LocalDate> asOf, List<OkrObjective> objectives,
      List<SkippedKpi> skipped) {
    this.calendar = calendar;
    this.asOf = asOf;
    this.objectives = objectives;
    this.skipped = skipped;
  }

  /**
   * Returns a plan drawn from the baselines. The objectives are kept in the given order within a quarter and
   * sorted by quarter.
   *
   * @param calendar the fiscal calendar the quarters belong to
   * @param objectives the quarterly objectives, at most one per strategic objective and quarter
   * @param skipped the KPIs that have no key results, and why
   * @return the plan
   * @throws io.github.bsckit.core.ValidationException if an objective appears twice in the same quarter
   */
  public static OkrPlan of(FiscalCalendar calendar, List<OkrObjective> objectives, List<SkippedKpi> skipped) {
    return create(calendar, Optional.empty(), objectives, skipped);
  }

  /**
   * Returns a plan re-planned from the actuals as of a date. The objectives are kept in the given order within a
   * quarter and sorted by quarter.
   *
   * @param calendar the fiscal calendar the quarters belong to
   * @param asOf the date of the actuals the plan was re-planned from
   * @param objectives the quarterly objectives, at most one per strategic objective and quarter
   * @param skipped the KPIs that have no key results, and why
   * @return the plan
   * @throws io.github.bsckit.core.ValidationException if an objective appears twice in the same quarter
   */
  public static OkrPlan of(FiscalCalendar calendar, LocalDate asOf, List<OkrObjective> objectives,
      List<SkippedKpi> skipped) {
    return create(calendar, Optional.of(Objects.requireNonNull(asOf, "asOf")), objectives, skipped);
  }

  /**
   * A plan as {@link OkrPlanner} builds it, taken as it is: the planner makes one objective per strategic
   * objective and quarter, in quarter order, none null, so the checks and the sort of {@link #of} would only
   * repeat its work. Public entry points always check.
   *
   * @param asOf the as-of date of a re-plan, or null for a plan from the baselines
   */
  static OkrPlan planned(FiscalCalendar calendar, LocalDate asOf, List<OkrObjective> objectives,
      List<SkippedKpi> skipped) {
    return new OkrPlan(calendar, Optional.ofNullable(asOf), List.copyOf(objectives), List.copyOf(skipped));
  }

  private static OkrPlan create(FiscalCalendar calendar, Optional<LocalDate> asOf, List<OkrObjective> objectives,
      List<SkippedKpi> skipped) {
    Objects.requireNonNull(calendar, "calendar");
    Checks c = new Checks();
    Set<Placed> seen = new HashSet<>(Math.max(16, objectives.size() * 4 / 3 + 1));
    for (int i = 0; i < objectives.size(); i++) {
      OkrObjective o = Objects.requireNonNull(objectives.get(i), "objectives[" + i + "]");
      if (!seen.add(new Placed(o.objective(), o.quarter()))) {
        c.add("objectives[" + i + "]", "a second objective " + o.objective() + " in " + o.quarter());
      }
    }
    c.throwIfAny();
    // Sorted only once every element is known not to be null, so that a null is named by its position.
    List<OkrObjective> sorted = new ArrayList<>(objectives);
    sorted.sort(Comparator.comparing(OkrObjective::quarter)); // stable: keeps the order within a quarter
    return new OkrPlan(calendar, asOf, List.copyOf(sorted), List.copyOf(skipped));
  }

  /** {@return the fiscal calendar of the plan's quarters} */
  public FiscalCalendar calendar() {
    return calendar;
  }

  /** {@return the as-of date of the actuals the plan was re-planned from; empty for a plan from the baselines} */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /** {@return the quarters that have objectives, in order; unmodifiable} */
  public List<FiscalQuarter> quarters() {
    return objectives.stream().map(OkrObjective::quarter).distinct().toList();
  }

  /** {@return every quarterly objective, by quarter, then top perspective first; unmodifiable} */
  public List<OkrObjective> objectives() {
    return objectives;
  }

  /**
   * {@return the objectives of one quarter, top perspective first; empty when the plan has none then}
   *
   * @param quarter the fiscal quarter
   */
  public List<OkrObjective> objectives(FiscalQuarter quarter) {
    Objects.requireNonNull(quarter, "quarter");
    return objectives.stream().filter(o -> o.quarter().equals(quarter)).toList();
  }

  /**
   * Finds the quarterly objective drawn from a strategic objective.
   *
   * @param objective the strategic objective's id
   * @param quarter the fiscal quarter
   * @return the quarterly objective, or empty when that objective has no key results in that quarter
   */
  public Optional<OkrObjective> objective(ObjectiveId objective, FiscalQuarter quarter) {
    Objects.requireNonNull(objective, "objective");
    return objectives(quarter).stream().filter(o -> o.objective().equals(objective)).findFirst();
  }

  /** {@return every key result, by quarter; unmodifiable} */
  public List<KeyResult> keyResults() {
    return objectives.stream().flatMap(o -> o.keyResults().stream()).toList();
  }

  /**
   * {@return the key results of one KPI, by quarter; empty when it has none}
   *
   * @param kpi the KPI's id
   */
  public List<KeyResult> keyResults(KpiId kpi) {
    Objects.requireNonNull(kpi, "kpi");
    return keyResults().stream().filter(k -> k.kpi().equals(kpi)).toList();
  }

  /**
   * Finds the key result of a KPI in a quarter.
   *
   * @param kpi the KPI's id
   * @param quarter the fiscal quarter
   * @return the key result, or empty when there is none
   */
  public Optional<KeyResult> keyResult(KpiId kpi, FiscalQuarter quarter) {
    Objects.requireNonNull(quarter, "quarter");
    return keyResults(kpi).stream().filter(k -> k.quarter().equals(quarter)).findFirst();
  }

  /** {@return the KPIs the planner could not plan, and why, in scorecard order; unmodifiable} */
  public List<SkippedKpi> skipped() {
    return skipped;
  }

  /**
   * {@return this plan cut to the quarters of one fiscal year}
   *
   * @param fiscalYear the fiscal year's label
   */
  public OkrPlan inFiscalYear(int fiscalYear) {
    return new OkrPlan(calendar, asOf,
        objectives.stream().filter(o -> o.quarter().fiscalYear() == fiscalYear).toList(), skipped);
  }

  /**
   * {@return the plan as JSON, each key result worded by the given function} The shape, pretty-printed with
   * two-space indentation:
   *
   * <pre>{@code
   * {"quarters": [{"label": "FY2026 Q1", "start": "2026-01-01", "end": "2026-03-31",
   *   "objectives": [{"id": "C1", "name": "…", "keyResults": [{"kpi": "retention", "type": "increase",
   *     "start": 85, "target": 85.5, "startLevel": null, "targetLevel": null, "unit": "%",
   *     "text": "Increase Customer Retention from 85% to 85.5% …"}]}]}],
   *  "skipped": [{"kpi": "nps", "objective": "C2", "reason": "…"}]}
   * }</pre>
   *
   * <p>{@code quarters} in order, each with its first and last day; {@code type} a {@link KeyResultType}'s key ({@code increase}, {@code keep-at-least});
   * {@code start} and {@code target} numbers as {@link KeyResult} defines them (on an ordinal or milestone scale
   * the levels' positions, with {@code startLevel} and {@code targetLevel} their text, such as {@code "AA"} or
   * {@code "done"}; null for plain numbers); {@code text} what the function
   * makes of the key result; {@code skipped} the KPIs the planner could not plan, and why.
   *
   * <pre>{@code
   * String json = plan.toJson(KeyResultWording.of(Locale.US)::describe);
   * }</pre>
   *
   * @param wording words a key result, for example {@code KeyResultWording.of(Locale.US)::describe}
   */
  public String toJson(Function<? super KeyResult, String> wording) {
    Objects.requireNonNull(wording, "wording");
    return ReportJson.write(g -> write(g, wording));
  }

  /**
   * Writes {@link #toJson(Function)} to a writer.
   *
   * @param out where to write; flushed, not closed
   * @param wording words a key result
   * @throws java.io.UncheckedIOException if the writer fails
   */
  public void writeJson(Writer out, Function<? super KeyResult, String> wording) {
    Objects.requireNonNull(wording, "wording");
    ReportJson.write(out, g -> write(g, wording));
  }

  /** A value on an ordinal or milestone scale as the scale writes it; null for plain numbers. */
  private static String level(KeyResult kr, double value) {
    return kr.scale().isNumbers() ? null : kr.scale().format(value);
  }

  private void write(JsonGenerator g, Function<? super KeyResult, String> wording) {
    g.writeStartObject();
    g.writeArrayPropertyStart("quarters");
    for (FiscalQuarter q : quarters()) {
      g.writeStartObject();
      g.writeStringProperty("label", q.toString());
      g.writeStringProperty("start", calendar.firstDayOf(q).toString());
      g.writeStringProperty("end", calendar.lastDayOf(q).toString());
      g.writeArrayPropertyStart("objectives");
      for (OkrObjective o : objectives(q)) {
        g.writeStartObject();
        g.writeStringProperty("id", o.objective().value());
        g.writeStringProperty("name", o.name());
        g.writeArrayPropertyStart("keyResults");
        for (KeyResult kr : o.keyResults()) {
          g.writeStartObject();
          g.writeStringProperty("kpi", kr.kpi().value());
          g.writeStringProperty("type", kr.type().key());
          ReportJson.number(g, "start", kr.start());
          ReportJson.number(g, "target", kr.target());
          ReportJson.stringOrNull(g, "startLevel", level(kr, kr.start()));
          ReportJson.stringOrNull(g, "targetLevel", level(kr, kr.target()));
          g.writeStringProperty("unit", kr.unit());
          g.writeStringProperty("text", Objects.requireNonNull(wording.apply(kr), "wording of " + kr));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("skipped");
    for (SkippedKpi s : skipped) {
      g.writeStartObject();
      g.writeStringProperty("kpi", s.kpi().value());
      g.writeStringProperty("objective", s.objective().value());
      g.writeStringProperty("reason", s.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OkrPlan other && calendar.equals(other.calendar) && asOf.equals(other.asOf)
        && objectives.equals(other.objectives) && skipped.equals(other.skipped);
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendar, asOf, objectives, skipped);
  }

  /** {@return the plan quarter by quarter, one line per objective and key result, for reading in JShell} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("OkrPlan (").append(calendar);
    asOf.ifPresent(d -> sb.append(", re-planned as of ").append(d));
    sb.append(')');
    for (OkrObjective o : objectives) {
      sb.append("\n  ").append(o);
      o.keyResults().forEach(k -> sb.append("\n    ").append(k));
    }
    skipped.forEach(s -> sb.append("\n  skipped ").append(s));
    return sb.toString();
  }
}
