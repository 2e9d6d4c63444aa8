package io.github.bsckit.analytics.evidence;

import io.github.bsckit.analytics.stats.Correlation;
import io.github.bsckit.analytics.stats.FalseDiscovery;
import io.github.bsckit.analytics.stats.FixedEffects;
import io.github.bsckit.analytics.stats.SampleSize;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.Scorecard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tests a strategy map's causal links against the actuals. Each empirical link is tested on its objectives'
 * primary KPIs (each objective's first KPI, the one its authors list as the headline measure): the two KPIs'
 * actuals are aggregated per period by {@link io.github.bsckit.core.period.PeriodSeries} (LEVEL the last value, FLOW
 * the sum, the KPI's empty-period policy; the coarser of the two frequencies),
 * oriented so that better is up, and differenced ({@link Transform}); then Pearson's and Spearman's r are taken at
 * the declared lag and at every lag 0..K, and the Granger test is run both ways. Links with fewer aligned pairs
 * than {@link EvidenceOptions#pairsNeeded()} or fewer than 3p + 3 consecutive points are
 * {@link Verdict#INSUFFICIENT_DATA} with the data that would be needed; the others' p-values go through
 * Benjamini–Hochberg together, and a q-value at or below α is {@link Verdict#SUPPORTED} or
 * {@link Verdict#CONTRADICTED} by its sign. Links marked {@code definitional} are not tested. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * EvidenceReport report = EvidenceAnalysis.defaults().analyse(scorecard, actuals);
 * report.links().forEach(System.out::println);   // C1 -> F1: supported r = 0.62 lag 3, p = 0.0002, ...
 * }</pre>
 *
 * <p>Never throws for a shape of data: missing periods, a single point, a constant series, a KPI without actuals,
 * an objective without KPIs and a cycle in the map all give a verdict with a note. Cost: O(links·K·n log n)
 * plus, with suggestions, O(objectives²·K·n).
 */
public final class EvidenceAnalysis {
  private static final EvidenceAnalysis DEFAULTS = new EvidenceAnalysis(EvidenceOptions.defaults());

  private final EvidenceOptions options;

  private EvidenceAnalysis(EvidenceOptions options) {
    this.options = options;
  }

  /** {@return an analysis with {@linkplain EvidenceOptions#defaults() the default options}} */
  public static EvidenceAnalysis defaults() {
    return DEFAULTS;
  }

  /**
   * {@return an analysis with the given options}
   *
   * @param options the settings
   */
  public static EvidenceAnalysis of(EvidenceOptions options) {
    return new EvidenceAnalysis(Objects.requireNonNull(options, "options"));
  }

  /** {@return the settings} */
  public EvidenceOptions options() {
    return options;
  }

  /**
   * Tests every empirical link of a scorecard and screens unlinked objectives for suggestions.
   *
   * @param scorecard the scorecard
   * @param actuals its actuals; KPIs without any are reported as insufficient data
   * @return the evidence
   */
  public EvidenceReport analyse(Scorecard scorecard, Actuals actuals) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(actuals, "actuals");
    LinkTester tester = new LinkTester(options, scorecard.fiscalCalendar(), actuals);
    List<LinkTester.Tested> tested = new ArrayList<>();
    List<CausalLink> untested = new ArrayList<>();
    Map<ObjectiveId, Optional<Kpi>> primary = new HashMap<>(); // Scorecard.objective(id) is a scan: once each
    scorecard.objectives().forEach(o -> primary.put(o.id(), o.kpis().stream().findFirst()));
    for (CausalLink link : scorecard.links()) {
      if (!link.isEmpirical()) {
        untested.add(link);
        continue;
      }
      tested.add(tester.test(link, primary.get(link.from()), primary.get(link.to())));
    }
    double[] p = tested.stream().mapToDouble(t -> t.insufficient ? Double.NaN : t.p).toArray();
    double[] q = FalseDiscovery.qValues(p);
    List<LinkEvidence> links = new ArrayList<>();
    for (int i = 0; i < tested.size(); i++) {
      links.add(finish(tested.get(i), q[i]));
    }
    List<SuggestedLink> suggestions = options.suggestions() ? suggest(scorecard, tester) : List.of();
    return new EvidenceReport(options, links, untested, suggestions);
  }

  private static Optional<Kpi> primary(Scorecard scorecard, ObjectiveId id) {
    return scorecard.objective(id).flatMap(o -> o.kpis().stream().findFirst());
  }

  private LinkEvidence finish(LinkTester.Tested t, double q) {
    Verdict verdict;
    Optional<DataNeeded> needed = t.dataNeeded;
    if (t.insufficient) {
      verdict = Verdict.INSUFFICIENT_DATA;
    } else if (Double.isNaN(t.p)) {
      verdict = Verdict.INCONCLUSIVE;
    } else if (q <= options.alpha()) {
      verdict = t.pearson.r() * t.link.polarity().sign() > 0 ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
    } else {
      verdict = Verdict.INCONCLUSIVE;
      double r = Math.abs(t.pearson.r());
      if (r >= 0.05 && r < 0.999) {
        // If the true correlation is as weak as observed, this many pairs would detect it.
        int pairs = SampleSize.pairsFor(r, options.alpha(), options.power());
        needed = Optional.of(LinkTester.needed(t.periods, t.aligned, pairs - t.pairs, pairs, t.pairs));
      }
    }
    return new LinkEvidence(t.link, t.cause.map(Kpi::id), t.effect.map(Kpi::id), t.frequency, t.transform,
        t.declaredLag, t.testedLag, t.bestLag, t.pairs, t.pearson, t.spearman, t.byLag, t.forward, t.backward,
        t.p, t.insufficient ? Double.NaN : q, verdict, needed, t.notes);
  }

  private List<SuggestedLink> suggest(Scorecard scorecard, LinkTester tester) {
    Map<ObjectiveId, Set<ObjectiveId>> reach = reach(scorecard);
    int needed = options.pairsNeeded();
    List<SuggestedLink> found = new ArrayList<>();
    int screened = 0;
    List<Objective> objectives = scorecard.objectives();
    int[] rank = new int[objectives.size()];
    for (int i = 0; i < rank.length; i++) {
      rank[i] = scorecard.rankFromBottom(objectives.get(i).perspective());
    }
    // The critical |r| by lags searched and pairs: looked up once per analysis, not once per pair and lag.
    Map<Integer, Double> critical = new HashMap<>();
    for (int i = 0; i < rank.length; i++) {
      for (int j = 0; j < rank.length; j++) {
        Objective a = objectives.get(i);
        Objective b = objectives.get(j);
        if (rank[i] >= rank[j] || a.kpis().isEmpty() || b.kpis().isEmpty()
            || reach.get(a.id()).contains(b.id()) || reach.get(b.id()).contains(a.id())) {
          continue;
        }
        Kpi ka = a.kpis().get(0);
        Kpi kb = b.kpis().get(0);
        Periods periods = tester.periods(Optional.of(ka), Optional.of(kb));
        KpiSeries sa = tester.series(ka, periods);
        KpiSeries sb = tester.series(kb, periods);
        if (sa.isEmpty() || sb.isEmpty()) {
          continue;
        }
        Aligned al = Aligned.of(ka, sa, kb, sb, options.transform(), periods.perYear());
        int maxLag = Math.max(1, options.maxLag());
        double[] r = new double[maxLag + 1];
        int[] n = new int[maxLag + 1];
        int searched = 0;
        for (int lag = 1; lag <= maxLag; lag++) {
          double[][] xy = al.pairs(lag);
          n[lag] = xy[0].length;
          r[lag] = n[lag] < needed ? Double.NaN : Correlation.pearsonR(xy[0], xy[1]);
          searched += n[lag] < needed ? 0 : 1;
        }
        if (searched == 0) {
          continue;
        }
        screened++;
        // Only a pair significant after Bonferroni can end with q <= alpha; the others count towards m alone,
        // so their exact p-values (the costly part) are never needed.
        double bestP = Double.NaN;
        int bestLag = 0;
        for (int lag = 1; lag <= maxLag; lag++) {
          int m = searched;
          int pairs = n[lag];
          double threshold = Double.isNaN(r[lag]) ? 1
              : critical.computeIfAbsent(pairs * 64 + m, k -> Correlation.criticalR(pairs, options.alpha() / m));
          if (!Double.isNaN(r[lag]) && Math.abs(r[lag]) >= threshold) {
            double p = Correlation.pValue(r[lag], n[lag]);
            if (!(p >= bestP)) {
              bestP = p;
              bestLag = lag;
            }
          }
        }
        if (!Double.isNaN(bestP)) {
          double[][] xy = al.pairs(bestLag);
          Correlation best = Correlation.pearson(xy[0], xy[1]);
          found.add(new SuggestedLink(a.id(), b.id(), ka.id(), kb.id(), bestLag, best,
              Math.min(1, best.p() * searched), Double.NaN, best.r() < 0 ? Polarity.INVERSE : Polarity.DIRECT));
        }
      }
    }
    double[] p = new double[screened];
    java.util.Arrays.fill(p, 1); // the pairs that cannot be significant: any p above alpha ranks them the same
    for (int i = 0; i < found.size(); i++) {
      p[i] = found.get(i).p();
    }
    double[] q = FalseDiscovery.qValues(p);
    List<SuggestedLink> kept = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      SuggestedLink s = found.get(i);
      if (q[i] <= options.alpha() && Math.abs(s.pearson().r()) >= options.detectable()) {
        kept.add(new SuggestedLink(s.cause(), s.effect(), s.causeKpi(), s.effectKpi(), s.lag(), s.pearson(), s.p(),
            q[i], s.polarity()));
      }
    }
    kept.sort(Comparator.comparingDouble(SuggestedLink::q).thenComparing(s -> s.cause().value())
        .thenComparing(s -> s.effect().value()));
    return kept;
  }

  /** Every objective's downstream objectives along any link, itself included; cycles are fine. */
  private static Map<ObjectiveId, Set<ObjectiveId>> reach(Scorecard scorecard) {
    Map<ObjectiveId, List<ObjectiveId>> out = new HashMap<>();
    scorecard.objectives().forEach(o -> out.put(o.id(), new ArrayList<>()));
    scorecard.links().forEach(l -> out.get(l.from()).add(l.to()));
    Map<ObjectiveId, Set<ObjectiveId>> reach = new HashMap<>();
    for (ObjectiveId start : out.keySet()) {
      Set<ObjectiveId> seen = new HashSet<>();
      ArrayDeque<ObjectiveId> todo = new ArrayDeque<>(List.of(start));
      while (!todo.isEmpty()) {
        ObjectiveId o = todo.pop();
        if (seen.add(o)) {
          todo.addAll(out.get(o));
        }
      }
      reach.put(start, seen);
    }
    return reach;
  }

  /**
   * Tests each link across several units at once with a fixed-effects panel regression. A link is taken from
   * every unit's scorecard by its objectives' primary KPI ids; units that lack either KPI or its actuals
   * contribute nothing. Panel links go through Benjamini–Hochberg together; a link with fewer pooled pairs than
   * {@link EvidenceOptions#pairsNeeded()} is {@link Verdict#INSUFFICIENT_DATA}.
   *
   * @param units the units, at least one
   * @return one panel evidence per distinct pair of primary KPIs of an empirical link, in first-seen order
   * @throws io.github.bsckit.core.ValidationException if there are no units or two share a name
   */
  public List<PanelEvidence> panel(List<PanelUnit> units) {
    Objects.requireNonNull(units, "units");
    if (units.isEmpty()) {
      throw Args.invalid("units", "must hold at least one unit but was empty");
    }
    Set<String> names = new HashSet<>();
    for (PanelUnit u : units) {
      if (!names.add(u.name())) {
        throw Args.invalid("units", "must have distinct names but \"" + u.name() + "\" is there twice");
      }
    }
    Map<List<KpiId>, CausalLink> links = new LinkedHashMap<>();
    for (PanelUnit u : units) {
      for (CausalLink l : u.scorecard().links()) {
        Optional<Kpi> c = primary(u.scorecard(), l.from());
        Optional<Kpi> e = primary(u.scorecard(), l.to());
        if (l.isEmpirical() && c.isPresent() && e.isPresent()) {
          links.putIfAbsent(List.of(c.get().id(), e.get().id()), l);
        }
      }
    }
    List<PanelEvidence> partial = new ArrayList<>();
    for (Map.Entry<List<KpiId>, CausalLink> entry : links.entrySet()) {
      partial.add(panelLink(units, entry.getKey().get(0), entry.getKey().get(1), entry.getValue()));
    }
    double[] q = FalseDiscovery.qValues(partial.stream().mapToDouble(PanelEvidence::p).toArray());
    List<PanelEvidence> out = new ArrayList<>();
    for (int i = 0; i < partial.size(); i++) {
      PanelEvidence e = partial.get(i);
      Verdict v = e.verdict();
      if (v != Verdict.INSUFFICIENT_DATA) {
        v = Double.isNaN(e.p()) || q[i] > options.alpha() ? Verdict.INCONCLUSIVE
            : e.fit().slope() * e.link().polarity().sign() > 0 ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
      }
      out.add(new PanelEvidence(e.link(), e.cause(), e.effect(), e.units(), e.lag(), e.fit(), e.p(), q[i], v,
          e.dataNeeded()));
    }
    return out;
  }

  private PanelEvidence panelLink(List<PanelUnit> units, KpiId causeId, KpiId effectId, CausalLink link) {
    List<String> names = new ArrayList<>();
    List<Aligned> aligned = new ArrayList<>();
    Periods periods = null;
    for (PanelUnit u : units) {
      Optional<Kpi> c = u.scorecard().kpi(causeId);
      Optional<Kpi> e = u.scorecard().kpi(effectId);
      if (c.isEmpty() || e.isEmpty()) {
        continue;
      }
      LinkTester tester = new LinkTester(options, u.scorecard().fiscalCalendar(), u.actuals());
      Periods p = tester.periods(c, e);
      periods = periods == null ? p : periods;
      KpiSeries sc = tester.series(c.get(), p);
      KpiSeries se = tester.series(e.get(), p);
      if (sc.isEmpty() || se.isEmpty()) {
        continue;
      }
      names.add(u.name());
      aligned.add(Aligned.of(c.get(), sc, e.get(), se, options.transform(), p.perYear()));
    }
    int maxLag = options.maxLag();
    Optional<Integer> declared = Optional.empty();
    if (periods != null && link.lag().isPresent()) {
      declared = Optional.of(periods.periodsOf(link.lag().get().toTotalMonths(), link.lag().get().getDays()));
      maxLag = Math.max(maxLag, declared.get());
    }
    int needed = options.pairsNeeded();
    FixedEffects best = null;
    int bestLag = declared.orElse(0);
    int searched = 0;
    for (int lag = declared.orElse(0); lag <= (declared.isPresent() ? declared.get() : maxLag); lag++) {
      FixedEffects fit = fixedEffects(aligned, lag);
      if (fit.n() < needed && declared.isEmpty()) {
        continue;
      }
      searched++;
      if (best == null || (fit.isDefined() && (!best.isDefined() || fit.p() < best.p()))) {
        best = fit;
        bestLag = lag;
      }
    }
    if (best == null) {
      best = fixedEffects(aligned, bestLag);
    }
    if (best.n() < needed) {
      int perUnit = Math.max(1, aligned.size());
      int more = (int) Math.ceil((needed - best.n()) / (double) perUnit);
      Optional<java.time.LocalDate> until = Optional.empty();
      long last = Long.MIN_VALUE;
      for (Aligned a : aligned) {
        last = Math.max(last, a.last);
      }
      if (periods != null && last != Long.MIN_VALUE) {
        until = Optional.of(periods.end(last + more));
      }
      DataNeeded d = new DataNeeded(needed, best.n(), more, periods == null
          ? io.github.bsckit.core.model.Frequency.MONTHLY : periods.frequency(), until);
      return new PanelEvidence(link, causeId, effectId, names, bestLag, best, Double.NaN, Double.NaN,
          Verdict.INSUFFICIENT_DATA, Optional.of(d));
    }
    double p = best.isDefined() ? Math.min(1, best.p() * Math.max(1, searched)) : Double.NaN;
    return new PanelEvidence(link, causeId, effectId, names, bestLag, best, p, Double.NaN, Verdict.INCONCLUSIVE,
        Optional.empty());
  }

  private static FixedEffects fixedEffects(List<Aligned> aligned, int lag) {
    List<double[]> xs = new ArrayList<>();
    List<double[]> ys = new ArrayList<>();
    for (Aligned a : aligned) {
      double[][] xy = a.pairs(lag);
      xs.add(xy[0]);
      ys.add(xy[1]);
    }
    return FixedEffects.fit(xs, ys);
  }

  /** {@return for example {@code EvidenceAnalysis[alpha=0.05, ...]}} */
  @Override
  public String toString() {
    return "EvidenceAnalysis" + options.toString().substring("EvidenceOptions".length());
  }
}
