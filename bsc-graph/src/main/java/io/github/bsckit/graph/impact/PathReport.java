package io.github.bsckit.graph.impact;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.internal.ReportJson;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Strength;
import io.github.bsckit.graph.map.StrategyMap;
import java.io.Writer;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * The chains of cause and effect from a driver: to one target, or to each top-row objective it reaches, each
 * with its exact number of paths and the first paths found. Immutable and thread-safe; made by
 * {@link ImpactAnalysis#pathReport(ObjectiveId, ObjectiveId, int)} and
 * {@link ImpactAnalysis#pathReport(ObjectiveId, int)}.
 *
 * <pre>{@code
 * PathReport report = ImpactAnalysis.of(scorecard).pathReport(ObjectiveId.of("L2"), ObjectiveId.of("F1"), 20);
 * report.routes().get(0).count();   // 3, exact however many there are
 * String json = report.toJson();    // {"from": "L2", "to": "F1", "count": 3, "truncated": false, "paths": […]}
 * }</pre>
 */
public final class PathReport {

  /**
   * The paths from the driver to one target.
   *
   * @param to the target
   * @param count the exact number of simple paths to it, at least the number listed
   * @param paths the paths listed, cut at the caller's limit
   */
  public record Route(ObjectiveId to, BigInteger count, PathSet paths) {

    /**
     * Validates the components.
     *
     * @param to the target
     * @param count the exact number of simple paths to it, at least the number listed
     * @param paths the paths listed, cut at the caller's limit
     * @throws ValidationException if the count is below the number of paths listed
     */
    public Route {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(count, "count");
      Objects.requireNonNull(paths, "paths");
      if (count.compareTo(BigInteger.valueOf(paths.size())) < 0) {
        throw new ValidationException(List.of(Problem.at("count",
            "must be at least the " + paths.size() + " paths listed but was " + count)));
      }
    }
  }

  private final ObjectiveId from;
  private final Optional<ObjectiveId> to;
  private final List<Route> routes;

  PathReport(ObjectiveId from, Optional<ObjectiveId> to, List<Route> routes) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.routes = List.copyOf(routes);
  }

  /** {@return the driver} */
  public ObjectiveId from() {
    return from;
  }

  /** {@return the one target asked for, or empty when the report covers every top-row objective reached} */
  public Optional<ObjectiveId> to() {
    return to;
  }

  /**
   * {@return the routes: one for the target asked for, or one per top-row objective the driver reaches, in the
   * map's order (empty when it reaches none); unmodifiable}
   */
  public List<Route> routes() {
    return routes;
  }

  /**
   * {@return the report as JSON} For one target, pretty-printed with two-space indentation:
   *
   * <pre>{@code
   * {"from": "L2", "to": "F1", "count": 3, "truncated": false, "paths": [["L2", "P1", "C1", "F1"], …]}
   * }</pre>
   *
   * <p>For every outcome reached, one such entry per outcome, without {@code from}:
   *
   * <pre>{@code
   * {"from": "L2", "outcomes": [{"to": "F1", "count": 3, "truncated": false, "paths": [["L2", "P1", "C1", "F1"]]}]}
   * }</pre>
   *
   * <p>{@code count} is the exact number of simple paths, an integer of any size; {@code paths} lists at most the
   * limit asked for, each as its objectives' ids from driver to target; {@code truncated} is true when there are
   * more paths than listed; {@code strengths} gives, for each path listed in the same order, the product of its
   * links' strengths and how many of its links state none; {@code unstatedStrength} is the strength such a link
   * counts as ({@link Strength#UNSTATED}, moderate).
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
    g.writeStringProperty("from", from.value());
    g.writeNumberProperty("unstatedStrength", Strength.UNSTATED.value());
    if (to.isPresent()) {
      route(g, routes.get(0));
    } else {
      g.writeArrayPropertyStart("outcomes");
      for (Route r : routes) {
        g.writeStartObject();
        route(g, r);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void route(JsonGenerator g, Route r) {
    g.writeStringProperty("to", r.to().value());
    g.writeNumberProperty("count", r.count());
    g.writeBooleanProperty("truncated", r.paths().truncated());
    g.writeArrayPropertyStart("paths");
    for (ImpactPath p : r.paths().paths()) {
      g.writeStartArray();
      for (ObjectiveId id : p.objectives()) {
        g.writeString(id.value());
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("strengths");
    for (ImpactPath p : r.paths().paths()) {
      g.writeStartObject();
      g.writeNumberProperty("strength", p.strength());
      g.writeNumberProperty("unstatedLinks", p.unstatedLinks());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathReport r && from.equals(r.from) && to.equals(r.to) && routes.equals(r.routes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, routes);
  }

  /**
   * {@return one heading per target with its count, then its paths, one a line; or a line saying the driver
   * reaches no top-row objective}
   */
  @Override
  public String toString() {
    if (routes.isEmpty()) {
      return from + " reaches no top-row objective";
    }
    StringBuilder sb = new StringBuilder();
    for (Route r : routes) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(from).append(" -> ").append(r.to()).append(": ").append(r.count())
          .append(r.count().equals(BigInteger.ONE) ? " path" : " paths")
          .append(r.paths().truncated() ? " (first " + r.paths().size() + " shown)" : "");
      for (ImpactPath p : r.paths().paths()) {
        sb.append("\n  ").append(StrategyMap.arrows(p.objectives())).append("  (").append(p.strengthText())
            .append(')');
      }
    }
    return sb.toString();
  }
}
