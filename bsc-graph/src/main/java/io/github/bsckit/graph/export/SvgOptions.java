package io.github.bsckit.graph.export;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Status;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How {@link MapExport#svg(io.github.bsckit.graph.map.StrategyMap, SvgOptions)} draws a map. Immutable and
 * thread-safe; each {@code with…} returns a new value.
 *
 * <p>Without statuses, objectives are coloured by their first theme. With statuses (from a score report, or
 * any scorer's), they are coloured by status instead, keep a stripe of their first theme's colour, and show a
 * status mark; an objective missing from the map of statuses counts as {@link Status#NO_DATA}. Options taken
 * from a score report also print each objective's score in its box and the as-of date under the title, and mark
 * an objective with a clock when any of its KPIs is stale (no actual for its last complete period); the legend
 * explains the clock only when the map draws one.
 *
 * <p>Links may carry a {@link LinkStyle} each (colour, dash, legend label, tooltip note), keyed by cause and
 * effect; a styled link is drawn in its style's colour and dash instead of the usual downward red and inverse
 * dash, and the legend gains one entry per style label drawn.
 *
 * <pre>{@code
 * ScoreReport report = Scorer.defaults().score(scorecard, actuals, LocalDate.parse("2026-09-30"));
 * String svg = MapExport.svg(StrategyMap.of(scorecard), SvgOptions.defaults().withScores(report));
 * }</pre>
 */
public final class SvgOptions {
  private static final SvgOptions DEFAULTS = new SvgOptions(Optional.empty(), Map.of(), Optional.empty(), true,
      true, Map.of(), Marks.NONE, Map.of());

  private final Optional<Map<ObjectiveId, Status>> statuses;
  private final Map<ObjectiveId, Double> scores;
  private final Optional<LocalDate> asOf;
  private final boolean title;
  private final boolean legend;
  private final Map<List<ObjectiveId>, LinkStyle> linkStyles;
  private final Marks marks;
  private final Map<ObjectiveId, Set<KpiId>> stale;

  /** The change marks of objectives and of links, the latter keyed by {@code List.of(from, to)}. */
  private record Marks(Map<ObjectiveId, Mark> objectives, Map<List<ObjectiveId>, Mark> links) {
    static final Marks NONE = new Marks(Map.of(), Map.of());
  }

  private SvgOptions(Optional<Map<ObjectiveId, Status>> statuses, Map<ObjectiveId, Double> scores,
      Optional<LocalDate> asOf, boolean title, boolean legend, Map<List<ObjectiveId>, LinkStyle> linkStyles,
      Marks marks, Map<ObjectiveId, Set<KpiId>> stale) {
    this.marks = marks;
    this.stale = stale;
    this.statuses = statuses;
    this.scores = scores;
    this.asOf = asOf;
    this.title = title;
    this.legend = legend;
    this.linkStyles = linkStyles;
  }

  /** {@return theme colours, with the scorecard's name as title and a legend} */
  public static SvgOptions defaults() {
    return DEFAULTS;
  }

  /**
   * {@return these options colouring each objective by its status in a score report, printing its score in its
   * box and the report's as-of date on the map, and marking the objectives whose KPIs the report finds stale
   * ({@link ScoreReport#staleKpis()}) with a clock; replaces earlier statuses, scores and stale marks}
   *
   * @param report the score report; objectives it does not score count as no data
   */
  public SvgOptions withScores(ScoreReport report) {
    Objects.requireNonNull(report, "report");
    Map<ObjectiveId, Status> statuses = new LinkedHashMap<>();
    Map<ObjectiveId, Double> scores = new LinkedHashMap<>();
    Set<KpiId> staleKpis = report.staleKpis();
    Map<ObjectiveId, Set<KpiId>> stale = new LinkedHashMap<>();
    report.objectives().forEach((id, node) -> {
      statuses.put(id, node.status());
      node.score().ifPresent(v -> scores.put(id, v));
      Set<KpiId> overdue = new LinkedHashSet<>();
      for (ScoreNode kpi : node.children()) {
        kpi.id().filter(staleKpis::contains).ifPresent(k -> overdue.add((KpiId) k));
      }
      if (!overdue.isEmpty()) {
        stale.put(id, Collections.unmodifiableSet(overdue));
      }
    });
    return new SvgOptions(Optional.of(Map.copyOf(statuses)), Map.copyOf(scores), Optional.of(report.asOf()), title,
        legend, linkStyles, marks, Map.copyOf(stale));
  }

  /**
   * {@return these options colouring objectives by status (and printing no scores)}
   *
   * @param statuses each objective's status; objectives left out count as no data
   */
  public SvgOptions withStatuses(Map<ObjectiveId, Status> statuses) {
    Objects.requireNonNull(statuses, "statuses");
    statuses.forEach((k, v) -> {
      Objects.requireNonNull(k, "statuses key");
      Objects.requireNonNull(v, "statuses value");
    });
    return new SvgOptions(Optional.of(Map.copyOf(statuses)), Map.of(), asOf, title, legend, linkStyles, marks, stale);
  }

  /**
   * {@return these options marking objectives whose data are stale with a clock badge on the box's top right
   * corner (its tooltip names the KPIs), and the legend saying what the clock means; replaces earlier stale
   * marks, and an empty map removes them}
   *
   * @param staleKpis each stale objective's KPIs that have no actual for their last complete period; each set
   *     names at least one KPI
   * @throws io.github.bsckit.core.ValidationException if a set is empty
   */
  public SvgOptions withStale(Map<ObjectiveId, Set<KpiId>> staleKpis) {
    Objects.requireNonNull(staleKpis, "staleKpis");
    Map<ObjectiveId, Set<KpiId>> copy = new LinkedHashMap<>();
    staleKpis.forEach((objective, kpis) -> {
      Objects.requireNonNull(objective, "staleKpis key");
      Objects.requireNonNull(kpis, "staleKpis value");
      if (kpis.isEmpty()) {
        throw Checks.invalid("staleKpis[" + objective + "]", "must name at least one KPI but was empty");
      }
      kpis.forEach(k -> Objects.requireNonNull(k, "staleKpis value's KPI"));
      copy.put(objective, Collections.unmodifiableSet(new LinkedHashSet<>(kpis)));
    });
    return new SvgOptions(statuses, scores, asOf, title, legend, linkStyles, marks, Map.copyOf(copy));
  }

  /**
   * {@return the KPIs of an objective that the map marks as stale, in the order given; empty when it is not}
   *
   * @param objective the objective
   */
  public Set<KpiId> staleKpis(ObjectiveId objective) {
    return stale.getOrDefault(Objects.requireNonNull(objective, "objective"), Set.of());
  }

  /**
   * {@return these options printing the date the statuses speak of, under the title and in the legend}
   *
   * @param asOf the as-of date
   */
  public SvgOptions withAsOf(LocalDate asOf) {
    return new SvgOptions(statuses, scores, Optional.of(Objects.requireNonNull(asOf, "asOf")), title, legend,
        linkStyles, marks, stale);
  }

  /**
   * {@return these options with or without the title line}
   *
   * @param title true to print the scorecard's name on top
   */
  public SvgOptions withTitle(boolean title) {
    return new SvgOptions(statuses, scores, asOf, title, legend, linkStyles, marks, stale);
  }

  /**
   * {@return these options drawing the link from {@code cause} to {@code effect} in a style of its own}
   *
   * @param cause the link's cause
   * @param effect the link's effect
   * @param style how to draw it; replaces an earlier style of the same link
   */
  public SvgOptions withLinkStyle(ObjectiveId cause, ObjectiveId effect, LinkStyle style) {
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(style, "style");
    Map<List<ObjectiveId>, LinkStyle> more = new LinkedHashMap<>(linkStyles);
    more.put(List.of(cause, effect), style);
    return new SvgOptions(statuses, scores, asOf, title, legend, Map.copyOf(more), marks, stale);
  }

  /**
   * {@return the style given to a link, if any}
   *
   * @param link a link of the map
   */
  public Optional<LinkStyle> linkStyle(CausalLink link) {
    Objects.requireNonNull(link, "link");
    return Optional.ofNullable(linkStyles.get(List.of(link.from(), link.to())));
  }

  /**
   * {@return these options with or without the legend}
   *
   * @param legend true to explain colours, marks and line styles at the bottom
   */
  public SvgOptions withLegend(boolean legend) {
    return new SvgOptions(statuses, scores, asOf, title, legend, linkStyles, marks, stale);
  }

  /**
   * {@return these options marking one objective as added, removed (drawn as a ghost) or changed, as a map of
   * what changed between two versions shows it; the legend explains the marks drawn}
   *
   * @param objective the objective
   * @param mark the mark
   */
  public SvgOptions withMark(ObjectiveId objective, Mark mark) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(mark, "mark");
    Map<ObjectiveId, Mark> more = new LinkedHashMap<>(marks.objectives());
    more.put(objective, mark);
    return new SvgOptions(statuses, scores, asOf, title, legend, linkStyles, new Marks(Map.copyOf(more),
        marks.links()), stale);
  }

  /**
   * {@return these options marking the links from one objective to another as added, removed (drawn as ghosts) or
   * changed; a mark wins over a link style}
   *
   * @param from the cause
   * @param to the effect
   * @param mark the mark
   */
  public SvgOptions withMark(ObjectiveId from, ObjectiveId to, Mark mark) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(mark, "mark");
    Map<List<ObjectiveId>, Mark> more = new LinkedHashMap<>(marks.links());
    more.put(List.of(from, to), mark);
    return new SvgOptions(statuses, scores, asOf, title, legend, linkStyles, new Marks(marks.objectives(),
        Map.copyOf(more)), stale);
  }

  /**
   * {@return the mark of an objective, if any}
   *
   * @param objective the objective
   */
  public Optional<Mark> mark(ObjectiveId objective) {
    return Optional.ofNullable(marks.objectives().get(Objects.requireNonNull(objective, "objective")));
  }

  /**
   * {@return the mark of the links from one objective to another, if any}
   *
   * @param from the cause
   * @param to the effect
   */
  public Optional<Mark> mark(ObjectiveId from, ObjectiveId to) {
    return Optional.ofNullable(marks.links().get(List.of(from, to)));
  }

  /** {@return the statuses to colour by, if any} */
  public Optional<Map<ObjectiveId, Status>> statuses() {
    return statuses;
  }

  /** {@return each scored objective's score in [0, 1], printed in its box; empty unless taken from a report} */
  public Map<ObjectiveId, Double> scores() {
    return scores;
  }

  /** {@return the date the statuses speak of, if known} */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /** {@return true if the title is printed} */
  public boolean title() {
    return title;
  }

  /** {@return true if the legend is printed} */
  public boolean legend() {
    return legend;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SvgOptions other && statuses.equals(other.statuses) && scores.equals(other.scores)
        && asOf.equals(other.asOf) && title == other.title && legend == other.legend
        && linkStyles.equals(other.linkStyles) && marks.equals(other.marks) && stale.equals(other.stale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statuses, scores, asOf, title, legend, linkStyles, marks, stale);
  }

  /** {@return for example {@code SvgOptions[colours=themes, title=true, legend=true]}} */
  @Override
  public String toString() {
    return "SvgOptions[colours=" + (statuses.isPresent() ? "statuses of " + statuses.get().size() + " objectives"
        : "themes") + (asOf.map(d -> " as of " + d).orElse("")) + ", title=" + title + ", legend=" + legend
        + (linkStyles.isEmpty() ? "" : ", styled links=" + linkStyles.size())
        + (marks.equals(Marks.NONE) ? "" : ", marks=" + (marks.objectives().size() + marks.links().size()))
        + (stale.isEmpty() ? "" : ", stale=" + stale.size()) + "]";
  }
}
