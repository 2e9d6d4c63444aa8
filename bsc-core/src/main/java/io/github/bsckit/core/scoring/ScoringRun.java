package io.github.bsckit.core.scoring;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.ElementId;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringPolicy;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Thresholds;
import io.github.bsckit.core.plan.ExpectedPath;
import io.github.bsckit.core.rules.DataQualityRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One call of {@link Scorer#score}: resolves every KPI's method and thresholds (reporting all configuration
 * problems at once), then evaluates the scorecard's tree at the as-of date and, for trends, at recent dates.
 * Confined to one thread; KPI evaluations are memoized per date because trends revisit them.
 */
final class ScoringRun {
  /** A trend is FLAT when its fitted change in score is below half a percentage point. */
  private static final double FLAT_BELOW = 0.005;

  /** How one KPI is scored. */
  private record Plan(Kpi kpi, ScoringSpec spec, ScoringMethod method, Thresholds thresholds,
      Orientation orientation, PathMemo path) {}

  /**
   * A KPI's expected path, made on first use and then shared by its evaluations at every date: it depends only
   * on the KPI and the fiscal year. Null when it cannot be made; the input then reports why, as it always did.
   */
  private static final class PathMemo implements Supplier<ExpectedPath> {
    private final Kpi kpi;
    private final java.time.Month fiscalYearStart;
    private boolean made;
    private ExpectedPath path;

    PathMemo(Kpi kpi, java.time.Month fiscalYearStart) {
      this.kpi = kpi;
      this.fiscalYearStart = fiscalYearStart;
    }

    @Override
    public ExpectedPath get() {
      if (!made) {
        made = true;
        if (kpi.baseline().isPresent() && kpi.target().isPresent()) {
          try {
            path = ExpectedPath.of(kpi, fiscalYearStart).orElse(null);
          } catch (ValidationException e) {
            path = null;
          }
        }
      }
      return path;
    }
  }

  /** A node of the tree before it is evaluated; {@code plan} is set for KPIs only. */
  private record Part(ScoreNode.Level level, Optional<ElementId> id, String name, double weight, List<Part> children,
      Plan plan, String childNoun, Memo memo) {
    Part(ScoreNode.Level level, Optional<ElementId> id, String name, double weight, List<Part> children, Plan plan,
        String childNoun) {
      this(level, id, name, weight, children, plan, childNoun, new Memo());
    }
  }

  /**
   * One node's evaluations by date, and its candidate trend dates as of {@link #asOf} (see {@link #recentDates}):
   * held by the node itself, because a report looks each node up a handful of times at a handful of dates, where
   * maps keyed by node and then by date cost more than the evaluations they saved. A short list searched
   * linearly, turned into a hash map once score history has gathered many dates.
   */
  private static final class Memo {
    private static final int LINEAR = 16;
    private LocalDate[] dates = new LocalDate[8];
    private Evaluation[] evaluations = new Evaluation[8];
    private int size;
    private Map<LocalDate, Evaluation> many;
    /** The candidate trend dates, or null until asked for. */
    LocalDate[] recent;
    /** For a KPI, its values at {@link #recent}'s dates, index for index; else null. */
    double[] recentValues;

    Evaluation get(LocalDate date) {
      if (many != null) {
        return many.get(date);
      }
      for (int i = 0; i < size; i++) {
        if (dates[i].equals(date)) {
          return evaluations[i];
        }
      }
      return null;
    }

    void put(LocalDate date, Evaluation e) {
      if (many != null) {
        many.put(date, e);
        return;
      }
      if (size == LINEAR) {
        many = new HashMap<>();
        for (int i = 0; i < size; i++) {
          many.put(dates[i], evaluations[i]);
        }
        many.put(date, e);
        return;
      }
      if (size == dates.length) {
        dates = Arrays.copyOf(dates, size * 2);
        evaluations = Arrays.copyOf(evaluations, size * 2);
      }
      dates[size] = date;
      evaluations[size++] = e;
    }

    void clear() {
      Arrays.fill(dates, 0, size, null);
      Arrays.fill(evaluations, 0, size, null);
      size = 0;
      many = null;
    }
  }

  private final Scorecard scorecard;
  private final Actuals measured;
  private Actuals actuals;
  private LocalDate asOf;
  private final java.time.Month fiscalYearStart;
  private final int trendPoints;
  private final RollUp rollUp;
  private final Part root;
  private final Thresholds parentThresholds;
  /** Every node of the tree, each holding its own {@link Memo}. */
  private final List<Part> parts = new ArrayList<>();

  /**
   * @param measured the actuals as measured, which the data-quality rules judge
   * @param actuals the actuals to score: {@code measured} with calculated KPIs' values computed
   */
  ScoringRun(Scorecard scorecard, Actuals measured, Actuals actuals, LocalDate asOf, ScoringMethods methods,
      int trendPoints) {
    this.scorecard = scorecard;
    this.measured = measured;
    this.actuals = actuals;
    this.asOf = asOf;
    this.fiscalYearStart = scorecard.fiscalYearStart();
    this.trendPoints = trendPoints;
    this.rollUp = scorecard.scoring().rollUp();
    this.root = plan(scorecard, methods);
    collect(root);
    ScoringSpec byDefault = scorecard.scoring().method();
    this.parentThresholds = scorecard.scoring().thresholds()
        .orElseGet(() -> thresholdsOf(methods.get(byDefault.method()), byDefault));
  }

  ScoreReport report() {
    return new ScoreReport(asOf, rollUp, node(root), DataQualityRules.of(measured, asOf)
        .without(DataQualityRules.FUTURE_ACTUAL).validate(scorecard));
  }

  /**
   * The report as of another date, for score history: the methods stay resolved, and every memoized
   * evaluation stays valid (an evaluation at a date reads only the actuals on or before it), except those of
   * the KPIs in {@code recomputed}, whose actuals {@code actuals} replaces (calculated KPIs, computed as of the
   * new date), and of the parents, which roll them up.
   */
  ScoreReport reportAt(LocalDate date, Actuals actuals, Set<KpiId> recomputed) {
    this.asOf = date;
    this.actuals = actuals;
    for (Part p : parts) {
      p.memo().recent = null;
      p.memo().recentValues = null;
      if (!recomputed.isEmpty() && (p.plan() == null || recomputed.contains(p.plan().kpi().id()))) {
        // A calculated KPI's values changed with the date, and so may every parent's evaluation above it.
        p.memo().clear();
      }
    }
    return report();
  }

  private void collect(Part part) {
    parts.add(part);
    part.children().forEach(this::collect);
  }

  // ---- resolving methods and thresholds -------------------------------------------------------------------

  private Part plan(Scorecard scorecard, ScoringMethods methods) {
    Set<Problem> problems = new LinkedHashSet<>();
    ScoringPolicy policy = scorecard.scoring();
    if (methods.find(policy.method().method()).isEmpty()) {
      problems.add(Problem.at("scoring.method", methods.unknown(policy.method().method())));
    }
    Map<ObjectiveId, Integer> index = new HashMap<>();
    for (int i = 0; i < scorecard.objectives().size(); i++) {
      index.put(scorecard.objectives().get(i).id(), i);
    }
    List<Part> perspectives = new ArrayList<>();
    for (Perspective p : scorecard.perspectives()) {
      List<Part> objectives = new ArrayList<>();
      for (Objective o : scorecard.objectivesIn(p.id())) {
        int i = index.get(o.id());
        List<Part> kpis = new ArrayList<>();
        for (int j = 0; j < o.kpis().size(); j++) {
          Kpi k = o.kpis().get(j);
          Plan plan = plan(k, i, j, policy, methods, problems);
          kpis.add(new Part(ScoreNode.Level.KPI, Optional.of(k.id()), k.name(), k.weight(), List.of(), plan, ""));
        }
        objectives.add(new Part(ScoreNode.Level.OBJECTIVE, Optional.of(o.id()), o.name(), o.weight(), kpis, null,
            "KPI"));
      }
      perspectives.add(new Part(ScoreNode.Level.PERSPECTIVE, Optional.of(p.id()), p.name(), 1, objectives, null,
          "objective"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(List.copyOf(problems));
    }
    return new Part(ScoreNode.Level.SCORECARD, Optional.empty(), scorecard.name(), 1, perspectives, null,
        "perspective");
  }

  /** Plans the KPI at {@code objectives[objective].kpis[index]}, adding its configuration problems. */
  private Plan plan(Kpi kpi, int objective, int index, ScoringPolicy policy, ScoringMethods methods,
      Set<Problem> problems) {
    ScoringSpec spec = policy.methodFor(kpi);
    Optional<ScoringMethod> method = methods.find(spec.method());
    if (method.isEmpty()) {
      String at = problemPath(kpi, objective, index);
      problems.add(Problem.at(at.equals("scoring.method") ? at : at + ".method", methods.unknown(spec.method())));
      return null;
    }
    List<Problem> found = method.get().check(spec, kpi);
    if (!found.isEmpty()) {
      String at = problemPath(kpi, objective, index);
      for (Problem p : found) {
        problems.add(p.under(at));
      }
    }
    Thresholds thresholds = kpi.thresholds().or(policy::thresholds).orElseGet(() -> thresholdsOf(method.get(), spec));
    return new Plan(kpi, spec, method.get(), thresholds, Orientation.of(kpi), new PathMemo(kpi, fiscalYearStart));
  }

  /**
   * {@return where a KPI's scoring problem is reported: its own {@code scoring} when it has one, the KPI when
   * its shape chose the method, else the scorecard's {@code scoring.method}; built only when there is one}
   */
  private static String problemPath(Kpi kpi, int objective, int index) {
    String path = "objectives[" + objective + "].kpis[" + index + "]";
    return kpi.scoring().isPresent() ? path + ".scoring"
        : kpi.direction() == Direction.RANGE || kpi.isOneSided() || kpi.scale().isMilestone() ? path
        : "scoring.method";
  }

  private static Thresholds thresholdsOf(ScoringMethod method, ScoringSpec spec) {
    return Objects.requireNonNull(method.defaultThresholds(), () -> "defaultThresholds() of " + spec.method());
  }

  // ---- evaluating ------------------------------------------------------------------------------------------

  private Evaluation evaluate(Part part, LocalDate date) {
    // Every node's evaluation is a function of the node and the date: trends revisit each node at its recent
    // dates, and each parent's trend revisits its whole subtree, so all of them are memoized, not only KPIs'.
    Evaluation known = part.memo().get(date);
    if (known == null) {
      known = part.plan() != null ? evaluateKpi(part.plan(), date) : evaluateParent(part, date);
      part.memo().put(date, known);
    }
    return known;
  }

  private Evaluation evaluateParent(Part part, LocalDate date) {
    int n = part.children().size();
    List<Evaluation> children = new ArrayList<>(n);
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      children.add(evaluate(part.children().get(i), date));
      weights[i] = part.children().get(i).weight();
    }
    String noun = part.childNoun();
    String note = n == 0 ? "has no " + noun + "s" : n == 1 ? "its only " + noun + " has no data"
        : "none of its " + n + " " + noun + "s has data";
    return RollUps.combine(rollUp, children, weights, note);
  }

  /**
   * The actual to score: a LEVEL KPI's latest value; for a FLOW KPI, whose actuals are the amounts of single
   * periods, the running total of the amounts after the baseline date (all of them without a baseline), dated
   * at the latest.
   */
  private Optional<DatedValue> actualFor(Kpi kpi, LocalDate date) {
    Optional<DatedValue> latest = actuals.latest(kpi.id(), date);
    if (kpi.kind() != KpiKind.FLOW || latest.isEmpty()) {
      return latest;
    }
    LocalDate after = kpi.baseline().isEmpty() ? LocalDate.MIN : kpi.baseline().get().date();
    return Optional.of(DatedValue.of(actuals.sum(kpi.id(), after, date), latest.get().date()));
  }

  private Evaluation evaluateKpi(Plan plan, LocalDate date) {
    Optional<DatedValue> actual = actualFor(plan.kpi(), date);
    if (actual.isEmpty()) {
      return Evaluation.noData("no actual on or before " + date);
    }
    double raw;
    try {
      raw = plan.method().score(new ScoringInput(plan.kpi(), plan.spec(), date, actual.get(), fiscalYearStart,
          plan.orientation(), plan.path()));
    } catch (NotScorableException e) {
      return Evaluation.noData(e.getMessage());
    }
    if (Double.isInfinite(raw) && plan.method() instanceof BuiltInMethods.BuiltIn) {
      // A built-in's formula overflowed (a target a hair from its baseline near the largest double): the true
      // score lies beyond what a double holds, and the largest one says "far past the target" finitely.
      raw = Math.copySign(Double.MAX_VALUE, raw);
    }
    if (!Double.isFinite(raw)) {
      throw new BscException("scoring method " + plan.spec().method() + " returned " + raw + " for KPI "
          + plan.kpi().id() + " at actual " + actual.get() + "; a score must be a finite number");
    }
    return Evaluation.ofRaw(raw);
  }

  // ---- building the report ---------------------------------------------------------------------------------

  private ScoreNode node(Part part) {
    List<ScoreNode> children = new ArrayList<>(part.children().size());
    part.children().forEach(c -> children.add(node(c)));
    Evaluation e = evaluate(part, asOf);
    Plan plan = part.plan();
    if (plan == null) {
      return new ScoreNode(part.level(), part.id(), part.name(), part.weight(), e, parentThresholds,
          parentTrend(part), Optional.empty(), Optional.empty(), children);
    }
    return new ScoreNode(part.level(), part.id(), part.name(), part.weight(), e, plan.thresholds(),
        kpiTrend(part), actualFor(plan.kpi(), asOf), Optional.of(plan.spec()), children, plan.kpi().scale());
  }

  /**
   * A KPI's trend. Its direction is judged on its score at the dates of its last few actuals, the quantity its
   * objective rolls up: judged on the raw values instead, a KPI could read "improving" (rising, but slower than
   * its plan, or a FLOW KPI's monthly amounts) under an objective reading "worsening" (its score falling), with
   * the same single KPI below it. The slope stays in the KPI's unit per day, fitted through its actuals at
   * those dates. A KPI without two scores (no baseline to score progress from, say) has no score trend to roll
   * up, and its objective none either; its trend then falls back to its oriented values.
   */
  private Trend kpiTrend(Part part) {
    List<LocalDate> dates = scoredDates(part);
    Trend byScore = parentTrend(part, dates);
    if (byScore.direction() == TrendDirection.UNKNOWN) {
      return valueTrend(part.plan());
    }
    double[] x = new double[dates.size()];
    double[] raw = new double[dates.size()];
    long first = dates.get(0).toEpochDay();
    // Each date is one of this KPI's own actuals' (see recentDates), ascending as they are: its value is the
    // one recentDates read with it.
    LocalDate[] candidates = part.memo().recent;
    double[] values = part.memo().recentValues;
    for (int i = 0, c = 0; i < raw.length; i++, c++) {
      x[i] = dates.get(i).toEpochDay() - first;
      while (!candidates[c].equals(dates.get(i))) {
        c++;
      }
      raw[i] = values[c];
    }
    double slope = Trends.slope(x, raw);
    return new Trend(byScore.direction(), Double.isFinite(slope) ? slope : 0, byScore.points());
  }

  /** The trend of a KPI's last few oriented values, FLAT below half its last decimal. */
  private Trend valueTrend(Plan plan) {
    List<DatedValue> recent = actuals.recent(plan.kpi().id(), asOf, trendPoints);
    Orientation o = Orientation.of(plan.kpi());
    List<LocalDate> dates = new ArrayList<>(recent.size());
    double[] raw = new double[recent.size()];
    double[] oriented = new double[recent.size()];
    for (int i = 0; i < raw.length; i++) {
      dates.add(recent.get(i).date());
      raw[i] = recent.get(i).value();
      oriented[i] = o.apply(raw[i]);
    }
    return Trends.fit(dates, raw, oriented, 0.5 * Math.pow(10, -plan.kpi().precision()));
  }

  private Trend parentTrend(Part part) {
    return parentTrend(part, scoredDates(part));
  }

  private Trend parentTrend(Part part, List<LocalDate> dates) {
    double[] y = new double[dates.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = evaluate(part, dates.get(i)).score();
    }
    return Trends.fit(dates, y, y, FLAT_BELOW);
  }

  /** The last few dates, oldest first, on which an actual below the node falls and the node has a score. */
  private List<LocalDate> scoredDates(Part part) {
    LocalDate[] candidates = recentDates(part);
    List<LocalDate> dates = new ArrayList<>();
    for (int i = candidates.length - 1; i >= 0 && dates.size() < trendPoints; i--) {
      if (evaluate(part, candidates[i]).hasData()) {
        dates.add(0, candidates[i]);
      }
    }
    return dates;
  }

  /**
   * Each KPI's latest dates up to the as-of date, for a parent the union of its children's, ascending and
   * distinct: the last few of the union are among them. Memoized per node, so a scorecard's are gathered in
   * O(KPIs × trend points) rather than again for every ancestor.
   */
  private LocalDate[] recentDates(Part part) {
    LocalDate[] known = part.memo().recent;
    if (known != null) {
      return known;
    }
    LocalDate[] dates;
    if (part.plan() != null) {
      List<DatedValue> values = actuals.recent(part.plan().kpi().id(), asOf, trendPoints);
      dates = new LocalDate[values.size()];
      double[] raw = new double[values.size()];
      for (int i = 0; i < dates.length; i++) {
        dates[i] = values.get(i).date();
        raw[i] = values.get(i).value();
      }
      part.memo().recentValues = raw;
    } else {
      dates = new LocalDate[0];
      for (Part child : part.children()) {
        dates = union(dates, recentDates(child));
      }
    }
    part.memo().recent = dates;
    return dates;
  }

  /** {@return the union of two ascending, distinct arrays of dates, ascending and distinct} */
  private static LocalDate[] union(LocalDate[] a, LocalDate[] b) {
    if (b.length == 0 || Arrays.equals(a, b)) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    LocalDate[] out = new LocalDate[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int c = i == a.length ? 1 : j == b.length ? -1 : a[i].compareTo(b[j]);
      out[n++] = c <= 0 ? a[i] : b[j];
      i += c <= 0 ? 1 : 0;
      j += c >= 0 ? 1 : 0;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
