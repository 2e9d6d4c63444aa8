package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.ReportJson;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * A portfolio's consolidated scores as of a date: every unit's {@link UnitScore}, every rolled-up KPI's computed
 * values, and an explanation of any number. Immutable and thread-safe; made by {@link Consolidation#score}.
 *
 * <pre>{@code
 * PortfolioReport report = Consolidation.defaults().score(portfolio, actualsByUnit, LocalDate.parse("2026-06-30"));
 * report.unit(UnitId.of("corp")).orElseThrow().score();
 * System.out.println(report.explain(UnitObjective.parse("corp/F1")));
 * }</pre>
 */
public final class PortfolioReport {
  private final Portfolio portfolio;
  private final LocalDate asOf;
  private final Map<UnitId, UnitScore> units;
  private final Map<UnitKpi, RolledUpKpi> rolledUp;

  PortfolioReport(Portfolio portfolio, LocalDate asOf, Map<UnitId, UnitScore> units, Map<UnitKpi, RolledUpKpi> rolledUp) {
    this.portfolio = portfolio;
    this.asOf = asOf;
    this.units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
    this.rolledUp = Collections.unmodifiableMap(new LinkedHashMap<>(rolledUp));
  }

  /** {@return the portfolio scored} */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** {@return the date the scores are for} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return every unit's scores, in the portfolio's unit order; unmodifiable} */
  public Map<UnitId, UnitScore> units() {
    return units;
  }

  /** {@return the root unit's scores: the organisation's consolidated score} */
  public UnitScore root() {
    return units.get(portfolio.root().id());
  }

  /**
   * Finds a unit's scores.
   *
   * @param id the unit's id
   * @return its scores, or empty when the portfolio has no such unit
   */
  public Optional<UnitScore> unit(UnitId id) {
    return Optional.ofNullable(units.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Finds an objective's consolidated score.
   *
   * @param id the qualified objective
   * @return its score, or empty when there is no such objective
   */
  public Optional<ConsolidatedScore> objective(UnitObjective id) {
    return unit(id.unit()).flatMap(u -> u.objective(id.objective()));
  }

  /** {@return every rolled-up KPI's computed values, in roll-up order; unmodifiable} */
  public Map<UnitKpi, RolledUpKpi> rolledUp() {
    return rolledUp;
  }

  /**
   * Finds a rolled-up KPI's computed values.
   *
   * @param target the KPI
   * @return its values, or empty when no roll-up computes it
   */
  public Optional<RolledUpKpi> rolledUp(UnitKpi target) {
    return Optional.ofNullable(rolledUp.get(Objects.requireNonNull(target, "target")));
  }

  /**
   * Explains an objective's consolidated score: its own KPIs' score, each supporter's, and the shares.
   *
   * @param id the qualified objective
   * @return the explanation, several lines
   * @throws io.github.bsckit.core.ValidationException if there is no such objective
   */
  public String explain(UnitObjective id) {
    return objective(id).map(ConsolidatedScore::explain).orElseThrow(() -> Checks.invalid(
        "id", "must name an objective of the portfolio but was " + id));
  }

  /**
   * Explains a rolled-up KPI's latest value: the aggregation, each source's value at that date, and coverage.
   *
   * @param target the KPI
   * @return the explanation, several lines
   * @throws io.github.bsckit.core.ValidationException if no roll-up computes that KPI
   */
  public String explain(UnitKpi target) {
    RolledUpKpi r = rolledUp(target).orElseThrow(() -> Checks.invalid("target",
        "must name a rolled-up KPI but was " + target + "; rolled up: " + rolledUp.keySet()));
    StringBuilder sb = new StringBuilder(r.rollUp().toString());
    Optional<RolledUpValue> latest = r.latest();
    if (latest.isEmpty()) {
      return sb.append("\n  no source reported on or before ").append(asOf).toString();
    }
    sb.append("\n  = ").append(latest.get());
    latest.get().contributions().forEach(c -> sb.append("\n  ").append(c));
    return sb.toString();
  }

  /**
   * {@return the report as JSON}, pretty-printed:
   *
   * <pre>{@code
   * {"name": "Acme Group", "asOf": "2026-06-30",
   *  "units": [{"id": "corp", "name": "…", "parent": null, "weight": 1, "score": 0.71, "status": "at-risk",
   *    "coverage": 0.9, "own": 0.75,
   *    "objectives": [{"id": "F1", "name": "…", "score": 0.7, "status": "at-risk", "coverage": 1, "own": 0.8,
   *      "supportShare": 0.5, "supporters": [{"objective": "retail/F1", "score": 0.6, "weight": 1}]}]}],
   *  "rollUps": [{"kpi": "corp/revenue", "aggregation": "sum", "date": "2026-06-30", "value": 12400,
   *    "coverage": 1, "sources": [{"kpi": "retail/revenue", "role": "source", "value": 7000, "weight": 1}]}]}
   * }</pre>
   *
   * <p>Scores and coverages are rounded to four decimals; a score is null when its status is NO_DATA; a roll-up
   * without any value has null date, value and coverage and no sources.
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
    g.writeStringProperty("name", portfolio.name());
    g.writeStringProperty("asOf", asOf.toString());
    g.writeArrayPropertyStart("units");
    for (UnitScore u : units.values()) {
      g.writeStartObject();
      g.writeStringProperty("id", u.unit().id().value());
      g.writeStringProperty("name", u.unit().name());
      ReportJson.stringOrNull(g, "parent", u.unit().parent().map(UnitId::value).orElse(null));
      ReportJson.number(g, "weight", u.unit().weight());
      ReportJson.fraction(g, "score", u.score());
      g.writeStringProperty("status", u.status().key());
      ReportJson.fraction(g, "coverage", OptionalDouble.of(u.coverage()));
      ReportJson.fraction(g, "own", u.own().scorecard().score());
      g.writeArrayPropertyStart("objectives");
      for (ConsolidatedScore o : u.objectives().values()) {
        g.writeStartObject();
        g.writeStringProperty("id", o.objective().objective().value());
        g.writeStringProperty("name", o.name());
        ReportJson.fraction(g, "score", o.score());
        g.writeStringProperty("status", o.status().key());
        ReportJson.fraction(g, "coverage", OptionalDouble.of(o.coverage()));
        ReportJson.fraction(g, "own", o.own());
        ReportJson.fraction(g, "supportShare", OptionalDouble.of(o.supportShare()));
        g.writeArrayPropertyStart("supporters");
        for (Contribution c : o.supporters()) {
          g.writeStartObject();
          g.writeStringProperty("objective", c.source().toString());
          ReportJson.fraction(g, "score", c.value());
          ReportJson.number(g, "weight", c.weight());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("rollUps");
    for (RolledUpKpi r : rolledUp.values()) {
      g.writeStartObject();
      g.writeStringProperty("kpi", r.rollUp().target().toString());
      g.writeStringProperty("aggregation", r.rollUp().aggregation().key());
      Optional<RolledUpValue> v = r.latest();
      ReportJson.stringOrNull(g, "date", v.map(x -> x.date().toString()).orElse(null));
      g.writeName("value");
      if (v.isPresent()) {
        ReportJson.number(g, v.get().value());
      } else {
        g.writeNull();
      }
      ReportJson.fraction(g, "coverage", v.isPresent() ? OptionalDouble.of(v.get().coverage()) : OptionalDouble.empty());
      g.writeArrayPropertyStart("sources");
      for (Contribution c : v.map(RolledUpValue::contributions).orElse(List.of())) {
        g.writeStartObject();
        g.writeStringProperty("kpi", c.source().toString());
        g.writeStringProperty("role", c.role());
        g.writeName("value");
        if (c.value().isPresent()) {
          ReportJson.number(g, c.value().getAsDouble());
        } else {
          g.writeNull();
        }
        ReportJson.number(g, "weight", c.weight());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@return a headline, then the unit tree, one unit a line with its consolidated score and coverage} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Portfolio \"").append(portfolio.name()).append("\" as of ").append(asOf);
    tree(sb, portfolio.root(), 1);
    for (Unit u : portfolio.units()) {
      if (u.parent().isEmpty() && !u.equals(portfolio.root())) {
        tree(sb, u, 1);
      }
    }
    if (!rolledUp.isEmpty()) {
      sb.append("\nrolled up: ").append(rolledUp.values().stream()
          .map(r -> r.rollUp().target() + " " + r.latest().map(RolledUpValue::toString).orElse("no data"))
          .collect(Collectors.joining("; ")));
    }
    return sb.toString();
  }

  private void tree(StringBuilder sb, Unit u, int depth) {
    sb.append('\n').append("  ".repeat(depth - 1)).append(units.get(u.id()));
    portfolio.children(u.id()).forEach(c -> tree(sb, c, depth + 1));
  }
}
