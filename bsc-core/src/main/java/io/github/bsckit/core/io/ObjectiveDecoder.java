package io.github.bsckit.core.io;

import io.github.bsckit.core.formula.Formula;
import io.github.bsckit.core.formula.FormulaChecks;
import io.github.bsckit.core.formula.FormulaException;
import io.github.bsckit.core.formula.MissingInputs;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.EmptyPeriods;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Indicator;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.LevelAggregate;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveCategory;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.TargetKind;
import io.github.bsckit.core.model.Thresholds;
import io.github.bsckit.core.pacing.Pacing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads objectives and their KPIs into the scorecard builder. A value that is missing or wrong is reported
 * and replaced by a stand-in the model accepts (or, for an id, by one the model reports at the same path,
 * which {@link Problems} then drops as an echo), so that one mistake never cascades into others.
 */
final class ObjectiveDecoder {
  static final KeyList OBJECTIVE =
      KeyList.of("id", "name", "perspective", "themes", "owner", "description", "weight", "category", "kpis");
  static final KeyList KPI = KeyList.of("id", "name", "unit", "indicator", "direction", "range", "kind",
      "scale", "frequency", "precision", "weight", "baseline", "target", "milestones", "pacing", "thresholds",
      "scoring", "aggregate", "emptyPeriods", "formula", "missingInputs");
  /** The keys of a target: its date and its value under the key that says what kind of target it is. */
  static final KeyList TARGET = KeyList.of("value", "atLeast", "atMost", "date");
  /** The word that makes a KPI a milestone in {@code scale: milestone}. */
  static final String MILESTONE = "milestone";
  static final KeyList RANGE = KeyList.of("low", "high");
  static final KeyList THRESHOLDS = KeyList.of("onTrack", "atRisk");
  static final KeyList KPI_SCORING = KeyList.of("method", "parameters");
  static final String STAND_IN_NAME = "?";

  private static final List<ObjectiveCategory> CATEGORIES = ObjectiveCategory.all().toList();

  private final Values values;
  private final Map<String, Scale> kpiScales;
  private final List<Located> formulas = new ArrayList<>();
  /** The id of the KPI being read, null when it has none. */
  private String kpiId;

  /**
   * @param kpiScales collects the id and scale of every KPI declared, for reading the actuals against
   */
  ObjectiveDecoder(Values values, Map<String, Scale> kpiScales) {
    this.values = values;
    this.kpiScales = kpiScales;
  }

  void objective(Scorecard.Builder b, Node n, DocPath path) {
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
    DocPath themesPath = themes.isEmpty() ? null : f.path("themes");
    for (int i = 0; i < themes.size(); i++) {
      o.theme(orEmpty(values.string(themes.get(i), themesPath.item(i))));
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
    ObjectiveCategory category = f.has("category") ? values.choice(f.get("category"), f.path("category"), CATEGORIES,
        ObjectiveCategory::key) : null;
    if (category != null) {
      o.category(category);
    }
    Values.Items kpis = f.items("kpis");
    for (int i = 0; i < kpis.size(); i++) {
      kpi(o, kpis.get(i), kpis.path(i));
    }
  }

  private void kpi(Objective.Builder o, Node n, DocPath path) {
    Fields f = values.map(n, path, KPI);
    if (f == null) {
      o.kpi("", STAND_IN_NAME, k -> { });
      return;
    }
    f.require("id", "name");
    String id = f.string("id");
    String name = f.string("name");
    Scale scale = scale(f);
    if (id != null) {
      kpiScales.put(id, scale == null ? Scale.numbers() : scale);
    }
    kpiId = id;
    o.kpi(orEmpty(id), name == null ? STAND_IN_NAME : name, k -> kpiDetails(k, f, scale));
  }

  /**
   * {@return the KPI's scale: numbers when absent, the levels of a list, a milestone for the word; null
   * (reported) when it is wrong}
   */
  private Scale scale(Fields f) {
    Node n = f.get("scale");
    if (n == null) {
      return Scale.numbers();
    }
    DocPath path = f.path("scale");
    if (n instanceof Node.ListNode) {
      List<Node> items = values.list(n, path);
      List<String> levels = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        levels.add(values.string(items.get(i), path.item(i)));
      }
      return levels.contains(null) ? null : values.problems().attempt("", () -> Scale.ordinal(levels));
    }
    if (n instanceof Node.Scalar s && s.type() == Node.Type.STRING && s.text().equals(MILESTONE)) {
      return Scale.milestone();
    }
    values.problems().add(path, n, "must be a list of levels from the lowest to the highest, such as [C, B, A],"
        + " or the word milestone, but was " + n.describe());
    return null;
  }

  private void kpiDetails(Kpi.Builder k, Fields f, Scale scale) {
    if (scale != null) {
      k.scale(scale);
    }
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
    DatedValue baseline = f.has("baseline") ? point(f.get("baseline"), f.path("baseline"), scale, null) : null;
    if (baseline != null) {
      k.baseline(baseline.value(), baseline.date());
    }
    TargetKind[] targetKind = {TargetKind.REACH};
    DatedValue target = f.has("target") ? point(f.get("target"), f.path("target"), scale, targetKind) : null;
    if (target != null) {
      k.target(target.value(), target.date()).targetKind(targetKind[0]);
    }
    List<Node> items = f.list("milestones");
    if (!items.isEmpty()) {
      List<DatedValue> milestones = new ArrayList<>(items.size());
      DocPath milestonesPath = f.path("milestones");
      for (int i = 0; i < items.size(); i++) {
        milestones.add(point(items.get(i), milestonesPath.item(i), scale, null));
      }
      // Only a complete list goes to the model: its order checks report milestones by index.
      if (!milestones.contains(null)) {
        milestones.forEach(m -> k.milestone(m.value(), m.date()));
      }
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
    LevelAggregate aggregate = f.choice("aggregate", LevelAggregate.class);
    if (aggregate != null) {
      k.aggregate(aggregate);
    }
    EmptyPeriods empty = f.choice("emptyPeriods", EmptyPeriods.class);
    if (empty != null) {
      k.emptyPeriods(empty);
    }
    formula(k, f);
  }

  /**
   * Reads a calculated KPI's formula, placing a syntax error at its very character, and remembers the formula
   * with where its text starts so that {@link #checkFormulas} can place unknown names and cycles too.
   */
  private void formula(Kpi.Builder k, Fields f) {
    MissingInputs missing = f.has("missingInputs") ? values.choice(f.get("missingInputs"), f.path("missingInputs"),
        List.of(MissingInputs.values()), MissingInputs::key) : null;
    if (f.has("missingInputs") && !f.has("formula")) {
      values.problems().add(f.path("missingInputs"), f.get("missingInputs"), "is only allowed with a formula");
    }
    String text = f.string("formula");
    if (text == null) {
      return;
    }
    Node n = f.get("formula");
    try {
      Formula formula = Formula.parse(text).withMissing(missing == null ? MissingInputs.SKIP : missing);
      k.formula(formula);
      if (kpiId != null) {
        formulas.add(new Located(kpiId, formula, f.path("formula"), n));
      }
    } catch (FormulaException e) {
      int[] at = values.problems().inside(n, e.position());
      values.problems().add(f.path("formula"), at[0], at[1], "formula \"" + text + "\": " + e.reason());
    }
  }

  /** A formula read, with the path and node of its text. */
  private record Located(String kpi, Formula formula, DocPath path, Node node) {}

  /**
   * Checks the formulas read against every KPI declared, placing each unknown name and cycle at the character
   * where the name starts; the model's own report of the same problems (by path only) is then dropped as an
   * echo.
   *
   * @param kpiIds the id of every KPI declared
   */
  void checkFormulas(java.util.Collection<String> kpiIds) {
    if (formulas.isEmpty()) {
      return;
    }
    Map<String, Formula> byKpi = new java.util.LinkedHashMap<>();
    Map<String, Located> located = new java.util.HashMap<>();
    for (Located l : formulas) {
      String id = l.kpi();
      byKpi.putIfAbsent(id, l.formula());
      located.putIfAbsent(id, l);
    }
    for (FormulaChecks.Finding finding : FormulaChecks.check(byKpi, kpiIds)) {
      Located l = located.get(finding.kpi());
      int[] at = values.problems().inside(l.node(), finding.position());
      values.problems().add(l.path(), at[0], at[1], "formula \"" + l.formula().text() + "\": " + finding.message());
    }
  }

  /**
   * Reads a {@code {value, date}} map on the KPI's scale; with {@code kind} (for a target) the value may
   * instead be given as {@code atLeast} or {@code atMost}, whose kind is stored in {@code kind[0]}, and a
   * milestone's target may leave out its value, {@code done}. A null scale (already reported) reads only the
   * date.
   *
   * @return the value, or null (reported) when it is absent or wrong
   */
  private DatedValue point(Node n, DocPath path, Scale scale, TargetKind[] kind) {
    Fields f = values.map(n, path, kind == null ? Values.DATED : TARGET);
    if (f == null) {
      return null;
    }
    f.require("date");
    // The keys of a target's value that the map gives, in the order of TARGET: the first two, and how many.
    String first = null;
    String second = null;
    int given = 0;
    for (int i = 0; i < TARGET.size(); i++) {
      String key = TARGET.get(i);
      if (key.equals("date") || !f.has(key)) {
        continue;
      }
      given++;
      if (first == null) {
        first = key;
      } else if (second == null) {
        second = key;
      }
    }
    boolean doneByDefault = kind != null && scale != null && scale.isMilestone();
    if (given > 1) {
      values.problems().add(f.path(second), f.get(second), "cannot be given with `" + first
          + "`: a target is one value, to reach (`value`), to keep at or above (`atLeast`) or at or below"
          + " (`atMost`)");
    } else if (given == 0 && !doneByDefault) {
      f.require("value");
    }
    LocalDate date = f.date("date");
    if (given == 0 && doneByDefault) {
      return date == null ? null : DatedValue.of(1, date);
    }
    if (given != 1 || scale == null) {
      return null;
    }
    String key = first;
    if (kind != null) {
      kind[0] = key.equals("atLeast") ? TargetKind.AT_LEAST : key.equals("atMost") ? TargetKind.AT_MOST
          : TargetKind.REACH;
    }
    Double value = values.scaled(f.get(key), f.path(key), scale);
    return value == null || date == null ? null : DatedValue.of(value, date);
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
    for (Node.Entry e : s.entries("parameters")) {
      DocPath at = s.path("parameters").child(e.key());
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
