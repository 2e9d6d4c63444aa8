package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.scoring.ScoreNode;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import io.github.bsckit.core.scoring.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One call of {@link Consolidation#score}, following its four steps. Confined to one thread. */
final class ConsolidationRun {
  private final Portfolio portfolio;
  private final Map<UnitId, Actuals> actuals;
  private final LocalDate asOf;
  private final Scorer scorer;
  private final Map<UnitKpi, KpiRollUp> rollUpByTarget = new HashMap<>();
  private final Map<UnitKpi, RolledUpKpi> rolled = new LinkedHashMap<>();
  private final Map<UnitKpi, NavigableMap<LocalDate, Double>> rolledSeries = new HashMap<>();
  private final Map<UnitId, ScoreReport> reports = new HashMap<>();
  private final Map<UnitObjective, List<Alignment>> supporters = new HashMap<>();
  private final Map<UnitObjective, double[]> consolidated = new HashMap<>();
  private final Map<UnitObjective, ConsolidatedScore> scores = new HashMap<>();
  private final Set<UnitObjective> inProgress = new HashSet<>();

  ConsolidationRun(Portfolio portfolio, Map<UnitId, Actuals> actuals, LocalDate asOf, Scorer scorer) {
    this.portfolio = portfolio;
    this.actuals = actuals;
    this.asOf = asOf;
    this.scorer = scorer;
    portfolio.rollUps().forEach(r -> rollUpByTarget.put(r.target(), r));
    portfolio.alignments().forEach(a -> supporters.computeIfAbsent(a.to(), k -> new ArrayList<>()).add(a));
  }

  PortfolioReport report() {
    portfolio.rollUps().forEach(r -> series(r.target()));
    Map<UnitKpi, RolledUpKpi> ordered = new LinkedHashMap<>();
    portfolio.rollUps().forEach(r -> ordered.put(r.target(), rolled.get(r.target())));
    for (Unit u : portfolio.units()) {
      try {
        reports.put(u.id(), scorer.score(u.scorecard(), effectiveActuals(u), asOf));
      } catch (ValidationException e) {
        throw new ValidationException(e.problems().stream().map(p -> p.under("units." + u.id() + ".scorecard"))
            .toList());
      }
    }
    Map<UnitId, UnitScore> units = new LinkedHashMap<>();
    for (Unit u : portfolio.units()) {
      units.put(u.id(), unitScore(u));
    }
    return new PortfolioReport(portfolio, asOf, units, ordered);
  }

  // ---- step 1: roll-ups --------------------------------------------------------------------------------------

  /** A unit KPI's values up to the as-of date: computed when rolled up, else reported. */
  private NavigableMap<LocalDate, Double> series(UnitKpi kpi) {
    KpiRollUp r = rollUpByTarget.get(kpi);
    if (r == null) {
      return actuals.getOrDefault(kpi.unit(), Actuals.empty()).series(kpi.kpi()).headMap(asOf, true);
    }
    NavigableMap<LocalDate, Double> done = rolledSeries.get(kpi);
    if (done != null) {
      return done;
    }
    List<NavigableMap<LocalDate, Double>> inputs = new ArrayList<>();
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (UnitKpi s : r.inputs()) {
      NavigableMap<LocalDate, Double> in = series(s);
      inputs.add(in);
      dates.addAll(in.keySet());
    }
    List<RolledUpValue> values = new ArrayList<>();
    TreeMap<LocalDate, Double> out = new TreeMap<>();
    for (LocalDate d : dates) {
      RolledUpValue v = aggregate(r, inputs, d);
      if (v != null) {
        values.add(v);
        out.put(d, v.value());
      }
    }
    rolled.put(kpi, new RolledUpKpi(r, values));
    rolledSeries.put(kpi, out);
    return out;
  }

  /** The roll-up's value at one date, or null when there is none (nothing reported, or a missing part). */
  private RolledUpValue aggregate(KpiRollUp r, List<NavigableMap<LocalDate, Double>> inputs, LocalDate d) {
    List<UnitKpi> names = r.inputs();
    int numerators = r.sources().size();
    List<Contribution> parts = new ArrayList<>(names.size());
    double weightAll = 0;
    double weightReported = 0;
    int reported = 0;
    boolean weighted = r.aggregation() == Aggregation.WEIGHTED_MEAN;
    boolean everyWeightZero = weighted && r.sources().stream().allMatch(s -> weightOf(s) == 0);
    for (int i = 0; i < names.size(); i++) {
      UnitKpi s = names.get(i);
      Double v = inputs.get(i).get(d);
      double w = weighted && !everyWeightZero ? weightOf(s) : 1;
      String role = r.aggregation() != Aggregation.RATIO_OF_SUMS ? "source" : i < numerators ? "numerator"
          : "denominator";
      parts.add(new Contribution(s.asElement(), role, v == null ? OptionalDouble.empty() : OptionalDouble.of(v), w));
      weightAll += w;
      if (v != null) {
        weightReported += w;
        reported++;
      }
    }
    if (reported == 0 || (r.missing() == MissingData.TREAT_AS_MISSING && reported < names.size())) {
      return null;
    }
    double value;
    switch (r.aggregation()) {
      case SUM -> value = sum(parts, 0, parts.size());
      case MEAN -> value = sum(parts, 0, parts.size()) / reported;
      case WEIGHTED_MEAN -> {
        if (weightReported == 0) {
          return null; // only units of weight 0 reported, among weighted ones: they count for nothing
        }
        double total = 0;
        for (Contribution c : parts) {
          if (c.hasValue()) {
            total += c.weight() / weightReported * c.value().getAsDouble();
          }
        }
        value = total;
      }
      case MIN -> value = parts.stream().filter(Contribution::hasValue).mapToDouble(c -> c.value().getAsDouble())
          .min().orElseThrow();
      case MAX -> value = parts.stream().filter(Contribution::hasValue).mapToDouble(c -> c.value().getAsDouble())
          .max().orElseThrow();
      case RATIO_OF_SUMS -> {
        boolean anyNumerator = parts.subList(0, numerators).stream().anyMatch(Contribution::hasValue);
        boolean anyDenominator = parts.subList(numerators, parts.size()).stream().anyMatch(Contribution::hasValue);
        double below = sum(parts, numerators, parts.size());
        if (!anyNumerator || !anyDenominator || below == 0) {
          return null; // no ratio without both parts, nor of a zero denominator
        }
        value = sum(parts, 0, numerators) / below * r.scale();
      }
      default -> throw new IllegalStateException(r.aggregation().toString());
    }
    if (!Double.isFinite(value)) {
      return null; // a sum past the largest double has no value to score
    }
    return new RolledUpValue(d, value, weightAll == 0 ? 0 : weightReported / weightAll, parts);
  }

  private double weightOf(UnitKpi s) {
    return portfolio.unit(s.unit()).orElseThrow().weight();
  }

  private static double sum(List<Contribution> parts, int from, int to) {
    double total = 0;
    for (int i = from; i < to; i++) {
      if (parts.get(i).hasValue()) {
        total += parts.get(i).value().getAsDouble();
      }
    }
    return total;
  }

  /** The unit's actuals with every rolled-up KPI's reported values replaced by the computed ones. */
  private Actuals effectiveActuals(Unit u) {
    Actuals own = actuals.getOrDefault(u.id(), Actuals.empty());
    List<KpiId> targets = new ArrayList<>();
    for (KpiRollUp r : portfolio.rollUps()) {
      if (r.target().unit().equals(u.id())) {
        targets.add(r.target().kpi());
      }
    }
    if (targets.isEmpty()) {
      return own;
    }
    Actuals.Builder b = Actuals.builder();
    for (KpiId k : own.kpis()) {
      if (!targets.contains(k)) {
        own.series(k).forEach((d, v) -> b.add(k, d, v));
      }
    }
    for (KpiId k : targets) {
      rolledSeries.get(new UnitKpi(u.id(), k)).forEach((d, v) -> b.add(k, d, v));
    }
    return b.build();
  }

  // ---- step 3: objectives through alignment ------------------------------------------------------------------

  /** {score or NaN, coverage} of an objective, consolidated; null while it is being computed (a cycle). */
  private double[] consolidate(UnitObjective id) {
    double[] done = consolidated.get(id);
    if (done != null || !inProgress.add(id)) {
      return done;
    }
    ScoreNode own = reports.get(id.unit()).objective(id.objective()).orElseThrow();
    double ownScore = own.score().orElse(Double.NaN);
    List<Alignment> below = supporters.getOrDefault(id, List.of());
    List<Contribution> parts = new ArrayList<>(below.size());
    double[] scoresBelow = new double[below.size()];
    double[] coveragesBelow = new double[below.size()];
    double[] weights = new double[below.size()];
    int counted = 0;
    for (Alignment a : below) {
      double[] s = consolidate(a.from());
      if (s == null) {
        continue; // on a cycle through this objective: it would count itself
      }
      scoresBelow[counted] = s[0];
      coveragesBelow[counted] = s[1];
      weights[counted] = a.weight();
      counted++;
      parts.add(new Contribution(a.from().asElement(), "supporter",
          Double.isNaN(s[0]) ? OptionalDouble.empty() : OptionalDouble.of(s[0]), a.weight()));
    }
    double share = counted == 0 ? 0 : portfolio.supportShare();
    double score;
    double coverage;
    if (counted == 0) {
      score = ownScore;
      coverage = own.coverage();
    } else {
      double[] support = Blend.combine(RollUp.WEIGHTED_MEAN,
          Arrays.copyOf(scoresBelow, counted), Arrays.copyOf(coveragesBelow, counted),
          Arrays.copyOf(weights, counted));
      boolean ownCounts = share < 1 && !Double.isNaN(ownScore);
      boolean supportCounts = share > 0 && !Double.isNaN(support[0]);
      if (ownCounts && supportCounts) {
        score = Math.max(0, Math.min(1, (1 - share) * ownScore + share * support[0]));
      } else if (ownCounts) {
        score = ownScore;
      } else if (supportCounts) {
        score = support[0];
      } else {
        score = Double.NaN;
      }
      coverage = Math.min(1, (1 - share) * own.coverage() + share * support[1]);
    }
    double[] result = {score, coverage};
    inProgress.remove(id);
    consolidated.put(id, result);
    Objective o = portfolio.objective(id).orElseThrow();
    scores.put(id, new ConsolidatedScore(id, o.name(),
        Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score),
        Double.isNaN(score) ? Status.NO_DATA : Status.of(score, own.thresholds()), coverage, own.score(),
        own.coverage(), share, parts));
    return result;
  }

  // ---- step 4: units -----------------------------------------------------------------------------------------

  private UnitScore unitScore(Unit u) {
    Scorecard sc = u.scorecard();
    ScoreReport own = reports.get(u.id());
    Map<ObjectiveId, ConsolidatedScore> objectives = new LinkedHashMap<>();
    List<Perspective> perspectives = sc.perspectives();
    double[] pScores = new double[perspectives.size()];
    double[] pCoverages = new double[perspectives.size()];
    double[] pWeights = new double[perspectives.size()];
    for (int p = 0; p < perspectives.size(); p++) {
      List<Objective> os = sc.objectivesIn(perspectives.get(p).id());
      double[] s = new double[os.size()];
      double[] c = new double[os.size()];
      double[] w = new double[os.size()];
      for (int i = 0; i < os.size(); i++) {
        UnitObjective id = new UnitObjective(u.id(), os.get(i).id());
        double[] v = consolidate(id);
        s[i] = v[0];
        c[i] = v[1];
        w[i] = os.get(i).weight();
        objectives.put(id.objective(), scores.get(id));
      }
      double[] rolledUp = Blend.combine(sc.scoring().rollUp(), s, c, w);
      pScores[p] = rolledUp[0];
      pCoverages[p] = rolledUp[1];
      pWeights[p] = 1;
    }
    double[] total = Blend.combine(sc.scoring().rollUp(), pScores, pCoverages, pWeights);
    boolean hasScore = !Double.isNaN(total[0]);
    return new UnitScore(u, own, hasScore ? OptionalDouble.of(total[0]) : OptionalDouble.empty(),
        hasScore ? Status.of(total[0], own.scorecard().thresholds()) : Status.NO_DATA, total[1], objectives);
  }
}
