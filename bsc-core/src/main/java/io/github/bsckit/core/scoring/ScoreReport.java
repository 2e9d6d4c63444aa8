package io.github.bsckit.core.scoring;

import io.github.bsckit.core.model.ElementId;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.RollUp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

  ScoreReport(LocalDate asOf, RollUp rollUp, ScoreNode scorecard) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.rollUp = Objects.requireNonNull(rollUp, "rollUp");
    this.scorecard = Objects.requireNonNull(scorecard, "scorecard");
    List<ScoreNode> all = new ArrayList<>();
    Map<ElementId, ScoreNode> index = new HashMap<>();
    collect(scorecard, all, index);
    this.nodes = Collections.unmodifiableList(all);
    this.byId = Collections.unmodifiableMap(index);
  }

  private static void collect(ScoreNode node, List<ScoreNode> all, Map<ElementId, ScoreNode> index) {
    all.add(node);
    node.id().ifPresent(id -> index.put(id, node));
    node.children().forEach(c -> collect(c, all, index));
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

  private Optional<ScoreNode> find(ElementId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** {@return every node, depth first: the scorecard, its first perspective, that one's first objective, …} */
  public List<ScoreNode> nodes() {
    return nodes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreReport r && asOf.equals(r.asOf) && rollUp == r.rollUp && scorecard.equals(r.scorecard);
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
    return sb.toString();
  }

  private static void append(StringBuilder sb, ScoreNode node, int depth) {
    sb.append('\n').append("  ".repeat(depth - 1)).append(node);
    node.children().forEach(c -> append(sb, c, depth + 1));
  }
}
