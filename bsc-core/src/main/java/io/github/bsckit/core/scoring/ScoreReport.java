package io.github.bsckit.core.scoring;

import io.github.bsckit.core.internal.ReportJson;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.ElementId;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.rules.DataQualityRules;
import io.github.bsckit.core.rules.ValidationReport;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.core.JsonGenerator;

/**
 * A scorecard's scores as of a date: a tree of {@link ScoreNode}s, the scorecard at the root, then its
 * perspectives top to bottom, their objectives, and the objectives' KPIs. Immutable and thread-safe; made by
 * {@link Scorer#score}.
 *
 * <pre>{@code
 * ScoreReport report = Scorer.defaults().score(scorecard, actuals, LocalDate.parse("2026-06-30"));
 * report.scorecard().status();                              // AT_RISK
 * report.kpi(KpiId.of("retention")).orElseThrow().score();  // OptionalDouble[0.4]
 * System.out.println(report);                               // the whole tree, one node a line
 * }</pre>
 */
public final class ScoreReport {
  private final LocalDate asOf;
  private final RollUp rollUp;
  private final ScoreNode scorecard;
  private final Map<ElementId, ScoreNode> byId;
  private final List<ScoreNode> nodes;
  private final Map<ObjectiveId, ScoreNode> objectives;
  private final Map<KpiId, ScoreNode> kpis;
  private final ValidationReport dataQuality;

  ScoreReport(LocalDate asOf, RollUp rollUp, ScoreNode scorecard) {
    this(asOf, rollUp, scorecard, new ValidationReport(List.of()));
  }

  ScoreReport(LocalDate asOf, RollUp rollUp, ScoreNode scorecard, ValidationReport dataQuality) {
    this.dataQuality = Objects.requireNonNull(dataQuality, "dataQuality");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.rollUp = Objects.requireNonNull(rollUp, "rollUp");
    this.scorecard = Objects.requireNonNull(scorecard, "scorecard");
    List<ScoreNode> all = new ArrayList<>();
    collect(scorecard, all);
    // Sized up front: a large scorecard's maps would otherwise be rehashed a dozen times as they grow.
    int objectiveCount = 0;
    int kpiCount = 0;
    for (ScoreNode node : all) {
      objectiveCount += node.level() == ScoreNode.Level.OBJECTIVE ? 1 : 0;
      kpiCount += node.level() == ScoreNode.Level.KPI ? 1 : 0;
    }
    Map<ElementId, ScoreNode> index = new HashMap<>(all.size() * 4 / 3 + 1);
    Map<ObjectiveId, ScoreNode> objectiveNodes = new LinkedHashMap<>(objectiveCount * 4 / 3 + 1);
    Map<KpiId, ScoreNode> kpiNodes = new LinkedHashMap<>(kpiCount * 4 / 3 + 1);
    for (ScoreNode node : all) {
      if (node.id().isPresent()) {
        ElementId id = node.id().get();
        index.put(id, node);
        if (node.level() == ScoreNode.Level.OBJECTIVE) {
          objectiveNodes.put((ObjectiveId) id, node);
        } else if (node.level() == ScoreNode.Level.KPI) {
          kpiNodes.put((KpiId) id, node);
        }
      }
    }
    this.nodes = Collections.unmodifiableList(all);
    this.byId = Collections.unmodifiableMap(index);
    this.objectives = Collections.unmodifiableMap(objectiveNodes);
    this.kpis = Collections.unmodifiableMap(kpiNodes);
  }

  private static void collect(ScoreNode node, List<ScoreNode> all) {
    all.add(node);
    for (ScoreNode c : node.children()) {
      collect(c, all);
    }
  }

  /**
   * {@return what the {@linkplain DataQualityRules data-quality rules} say about the actuals as of the date:
   * stale KPIs, gaps and actuals before their baseline, judged on the actuals on or before the date}
   */
  public ValidationReport dataQuality() {
    return dataQuality;
  }

  /**
   * {@return the KPIs the {@code stale-actual} rule flags: no actual for their last complete period, in report
   * order; unmodifiable}
   */
  public java.util.Set<KpiId> staleKpis() {
    java.util.Set<KpiId> out = new java.util.LinkedHashSet<>();
    for (io.github.bsckit.core.rules.Violation v : dataQuality.ofRule(DataQualityRules.STALE_ACTUAL)) {
      v.subjects().forEach(id -> out.add((KpiId) id));
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /** {@return the date the scores are for: actuals after it were ignored} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return how children's scores were combined} */
  public RollUp rollUp() {
    return rollUp;
  }

  /** {@return the root node: the whole scorecard} */
  public ScoreNode scorecard() {
    return scorecard;
  }

  /**
   * Finds a perspective's node.
   *
   * @param id the perspective's id
   * @return its node, or empty when the scorecard has no such perspective
   */
  public Optional<ScoreNode> perspective(PerspectiveId id) {
    return find(Objects.requireNonNull(id, "id"));
  }

  /**
   * Finds an objective's node.
   *
   * @param id the objective's id
   * @return its node, or empty when the scorecard has no such objective
   */
  public Optional<ScoreNode> objective(ObjectiveId id) {
    return find(Objects.requireNonNull(id, "id"));
  }

  /**
   * Finds a KPI's node.
   *
   * @param id the KPI's id
   * @return its node, or empty when the scorecard has no such KPI
   */
  public Optional<ScoreNode> kpi(KpiId id) {
    return find(Objects.requireNonNull(id, "id"));
  }

  Optional<ScoreNode> find(ElementId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * {@return every objective's node by its id, in the tree's order (perspectives top to bottom); unmodifiable}
   *
   * <pre>{@code
   * report.objectives().forEach((id, node) -> System.out.println(id + " " + node.status()));
   * }</pre>
   */
  public Map<ObjectiveId, ScoreNode> objectives() {
    return objectives;
  }

  /** {@return every KPI's node by its id, in the tree's order; unmodifiable} */
  public Map<KpiId, ScoreNode> kpis() {
    return kpis;
  }

  /** {@return every node, depth first: the scorecard, its first perspective, that one's first objective, …} */
  public List<ScoreNode> nodes() {
    return nodes;
  }

  /**
   * {@return the report as JSON} The shape, pretty-printed with two-space indentation:
   *
   * <pre>{@code
   * {"name": "Acme Retail", "asOf": "2026-09-30", "score": 0.71, "status": "at-risk", "coverage": 1,
   *  "perspectives": [{"id": "financial", "name": "Financial", "score": 0.8, "status": "on-track", "coverage": 1,
   *    "objectives": [{"id": "F1", "name": "…", "score": 0.8, "status": "on-track", "coverage": 1,
   *      "kpis": [{"id": "revenue", "name": "…", "score": 0.8, "status": "on-track", "coverage": 1,
   *                "actual": 12000000, "level": null, "date": "2026-09-30", "note": null}]}]}],
   *  "dataQuality": [{"rule": "stale-actual", "severity": "warning", "subjects": ["nps"], "message": "…"}]}
   * }</pre>
   *
   * <p>Every node has every field. {@code score} and {@code coverage} are numbers in [0, 1] rounded to four
   * decimals ({@code score} is null when {@code status} is {@code no-data}); {@code status} is the status's
   * {@linkplain io.github.bsckit.core.model.Keyed#key() key}: {@code on-track}, {@code at-risk}, {@code off-track}
   * or {@code no-data}. A KPI's {@code actual} and {@code date} are the
   * actual scored and its date, or null when there was none; on an ordinal or milestone scale {@code actual} is
   * the level's position and {@code level} its text ({@code "AA"}, {@code "done"}), else {@code level} is null;
   * {@code note} says why a KPI has no score, or null.
   * {@code dataQuality} lists the {@linkplain #dataQuality() data-quality} findings, as {@code bsc validate}
   * lists violations.
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
    g.writeStringProperty("name", scorecard.name());
    g.writeStringProperty("asOf", asOf.toString());
    fields(g, scorecard);
    g.writeArrayPropertyStart("perspectives");
    for (ScoreNode p : scorecard.children()) {
      g.writeStartObject();
      identity(g, p);
      fields(g, p);
      g.writeArrayPropertyStart("objectives");
      for (ScoreNode o : p.children()) {
        g.writeStartObject();
        identity(g, o);
        fields(g, o);
        g.writeArrayPropertyStart("kpis");
        for (ScoreNode k : o.children()) {
          g.writeStartObject();
          identity(g, k);
          fields(g, k);
          Optional<DatedValue> actual = k.actual();
          g.writeName("actual");
          if (actual.isPresent()) {
            ReportJson.number(g, actual.get().value());
          } else {
            g.writeNull();
          }
          ReportJson.stringOrNull(g, "level", k.actualLabel().orElse(null));
          ReportJson.stringOrNull(g, "date", actual.map(a -> a.date().toString()).orElse(null));
          ReportJson.stringOrNull(g, "note", k.note().orElse(null));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("dataQuality");
    for (io.github.bsckit.core.rules.Violation v : dataQuality.violations()) {
      ReportJson.violation(g, v.ruleId(), v.severity().key(), v.subjects().stream().map(ElementId::value).toList(), v.message());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void identity(JsonGenerator g, ScoreNode node) {
    g.writeStringProperty("id", node.id().map(ElementId::value).orElse(""));
    g.writeStringProperty("name", node.name());
  }

  private static void fields(JsonGenerator g, ScoreNode node) {
    ReportJson.fraction(g, "score", node.score());
    g.writeStringProperty("status", node.status().key());
    ReportJson.fraction(g, "coverage", OptionalDouble.of(node.coverage()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreReport r && asOf.equals(r.asOf) && rollUp == r.rollUp && scorecard.equals(r.scorecard)
        && dataQuality.equals(r.dataQuality);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, rollUp, scorecard);
  }

  /** {@return a headline, then one node a line, indented by depth} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Score report as of ").append(asOf).append(", ")
        .append(rollUp.key()).append(" roll-up");
    append(sb, scorecard, 1);
    if (!dataQuality.violations().isEmpty()) {
      sb.append("\nData quality:");
      dataQuality.violations().forEach(v -> sb.append("\n  ").append(v));
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, ScoreNode node, int depth) {
    sb.append('\n').append("  ".repeat(depth - 1)).append(node);
    node.children().forEach(c -> append(sb, c, depth + 1));
  }
}
