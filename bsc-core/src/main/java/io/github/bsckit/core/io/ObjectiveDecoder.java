package io.github.bsckit.core.io;

import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Indicator;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveCategory;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Thresholds;
import io.github.bsckit.core.pacing.Pacing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads objectives and their KPIs into the scorecard builder. A value that is missing or wrong is reported
 * and replaced by a stand-in the model accepts (or, for an id, by one the model reports at the same path,
 * which {@link Problems} then drops as an echo), so that one mistake never cascades into others.
 */
final class ObjectiveDecoder {
  static final List<String> OBJECTIVE =
      List.of("id", "name", "perspective", "themes", "owner", "description", "weight", "category", "kpis");
  static final List<String> KPI = List.of("id", "name", "unit", "indicator", "direction", "range", "kind",
      "frequency", "precision", "weight", "baseline", "target", "milestones", "pacing", "thresholds", "scoring");
  static final List<String> RANGE = List.of("low", "high");
  static final List<String> THRESHOLDS = List.of("onTrack", "atRisk");
  static final List<String> KPI_SCORING = List.of("method", "parameters");
  static final String STAND_IN_NAME = "?";

  private static final List<ObjectiveCategory> CATEGORIES = ObjectiveCategory.all().toList();

  private final Values values;
  private final Set<String> kpiIds;

  /**
   * @param kpiIds collects the id of every KPI declared, for checking the actuals against
   */
  ObjectiveDecoder(Values values, Set<String> kpiIds) {
    this.values = values;
    this.kpiIds = kpiIds;
  }

  void objective(Scorecard.Builder b, Node n, String path) {
    Fields f = values.map(n, path, OBJECTIVE);
    if (f == null) {
      b.objective("", STAND_IN_NAME, "");
      return;
    }
    f.require("id", "name", "perspective");
    String id = f.string("id");
    String name = f.string("name");
    String perspective = f.string("perspective");
    b.objective(orEmpty(id), name == null ? STAND_IN_NAME : name, orEmpty(perspective), o -> details(o, f));
  }

  private void details(Objective.Builder o, Fields f) {
    List<Node> themes = f.list("themes");
    for (int i = 0; i < themes.size(); i++) {
      o.theme(orEmpty(values.string(themes.get(i), Values.item(f.path("themes"), i))));
    }
    String owner = f.string("owner");
    if (owner != null) {
      o.owner(owner);
    }
    String description = f.string("description");
    if (description != null) {
      o.description(description);
    }
    Double weight = f.finite("weight");
    if (weight != null) {
      o.weight(weight);
    }
    ObjectiveCategory category = values.choice(f.get("category"), f.path("category"), CATEGORIES,
        ObjectiveCategory::key);
    if (category != null) {
      o.category(category);
    }
    List<Node> kpis = f.list("kpis");
    for (int i = 0; i < kpis.size(); i++) {
      kpi(o, kpis.get(i), Values.item(f.path("kpis"), i));
    }
  }

  private void kpi(Objective.Builder o, Node n, String path) {
    Fields f = values.map(n, path, KPI);
    if (f == null) {
      o.kpi("", STAND_IN_NAME, k -> { });
      return;
    }
    f.require("id", "name");
    String id = f.string("id");
    String name = f.string("name");
    if (id != null) {
      kpiIds.add(id);
    }
    o.kpi(orEmpty(id), name == null ? STAND_IN_NAME : name, k -> kpiDetails(k, f));
  }

  private void kpiDetails(Kpi.Builder k, Fields f) {
    String unit = f.string("unit");
    if (unit != null) {
      k.unit(unit);
    }
    Indicator indicator = f.choice("indicator", Indicator.class);
    if (indicator != null) {
      k.indicator(indicator);
    }
    Direction direction = f.choice("direction", Direction.class);
    if (direction != null) {
      k.direction(direction);
    }
    range(k, f, direction);
    KpiKind kind = f.choice("kind", KpiKind.class);
    if (kind != null) {
      k.kind(kind);
    }
    Frequency frequency = f.choice("frequency", Frequency.class);
    if (frequency != null) {
      k.frequency(frequency);
    }
    Integer precision = f.integer("precision", 0, 10);
    if (precision != null) {
      k.precision(precision);
    }
    Double weight = f.finite("weight");
    if (weight != null) {
      k.weight(weight);
    }
    DatedValue baseline = values.dated(f.get("baseline"), f.path("baseline"));
    if (baseline != null) {
      k.baseline(baseline.value(), baseline.date());
    }
    DatedValue target = values.dated(f.get("target"), f.path("target"));
    if (target != null) {
      k.target(target.value(), target.date());
    }
    List<DatedValue> milestones = new ArrayList<>();
    List<Node> items = f.list("milestones");
    for (int i = 0; i < items.size(); i++) {
      milestones.add(values.dated(items.get(i), Values.item(f.path("milestones"), i)));
    }
    // Only a complete list goes to the model: its order checks report milestones by index.
    if (!milestones.contains(null)) {
      milestones.forEach(m -> k.milestone(m.value(), m.date()));
    }
    String pacingText = f.string("pacing");
    if (pacingText != null) {
      values.problems().locate(f.path("pacing"), f.get("pacing"));
      Pacing pacing = values.problems().attempt(f.path(), () -> Pacing.parse(pacingText));
      if (pacing != null) {
        k.pacing(pacing);
      }
    }
    Thresholds thresholds = thresholds(values, f.map("thresholds", THRESHOLDS));
    if (thresholds != null) {
      k.thresholds(thresholds);
    }
    Fields scoring = f.map("scoring", KPI_SCORING);
    if (scoring != null && scoring.require("method")) {
      ScoringSpec spec = spec(values, scoring, "progress");
      if (spec != null) {
        k.scoring(spec);
      }
    }
  }

  private void range(Kpi.Builder k, Fields f, Direction direction) {
    if (!f.has("range")) {
      return;
    }
    Fields r = f.map("range", RANGE);
    if (direction != Direction.RANGE) {
      if (direction != null || !f.has("direction")) {
        values.problems().add(f.path("range"), f.get("range"), "is only allowed when direction is range, but "
            + (direction == null ? "no direction is given; add `direction: range`" : "direction is "
            + direction.key()));
      }
      return;
    }
    Double low = null;
    Double high = null;
    if (r != null) {
      r.require("low", "high");
      low = r.finite("low");
      high = r.finite("high");
    }
    // A broken range stands in as [0, 0], so the model does not also say that a range is missing.
    k.range(low == null || high == null ? 0 : low, low == null || high == null ? 0 : high);
  }

  /** {@return thresholds of a {@code {onTrack, atRisk}} map; null (reported) when absent or wrong} */
  static Thresholds thresholds(Values values, Fields t) {
    if (t == null) {
      return null;
    }
    t.require("onTrack", "atRisk");
    Double onTrack = t.finite("onTrack");
    Double atRisk = t.finite("atRisk");
    return onTrack == null || atRisk == null ? null
        : values.problems().attempt(t.path(), () -> Thresholds.of(onTrack, atRisk));
  }

  /** {@return the scoring method and parameters of a map; null (reported) when wrong} */
  static ScoringSpec spec(Values values, Fields s, String defaultMethod) {
    String method = s.has("method") ? s.string("method") : defaultMethod;
    Map<String, Double> parameters = new TreeMap<>();
    boolean complete = method != null;
    for (Node.Entry e : s.entries("parameters").values()) {
      String at = Values.child(s.path("parameters"), e.key());
      values.problems().locate(at, e.value());
      Double v = values.finite(e.value(), at);
      if (v == null) {
        complete = false;
      } else {
        parameters.put(e.key(), v);
      }
    }
    return complete ? values.problems().attempt(s.path(), () -> ScoringSpec.of(method, parameters)) : null;
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
