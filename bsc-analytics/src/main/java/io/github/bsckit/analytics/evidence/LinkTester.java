package io.github.bsckit.analytics.evidence;

import io.github.bsckit.analytics.stats.Correlation;
import io.github.bsckit.analytics.stats.GrangerTest;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.calendar.FiscalCalendar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Tests one link before false-discovery control: aligns the series, profiles the lags, runs Granger both ways,
 * and decides whether there is enough data to test at all. The q-value and the final verdict come later,
 * across all links ({@link EvidenceAnalysis}).
 */
final class LinkTester {
  private final EvidenceOptions options;
  private final FiscalCalendar calendar;
  private final Actuals actuals;
  private final int pairsNeeded;
  /** Periods and period series per frequency, built once per analysis; KPIs by identity (one scorecard's). */
  private final Map<Frequency, Periods> periods = new EnumMap<>(Frequency.class);
  private final Map<Frequency, Map<Kpi, KpiSeries>> cache = new EnumMap<>(Frequency.class);

  LinkTester(EvidenceOptions options, FiscalCalendar calendar, Actuals actuals) {
    this.options = options;
    this.calendar = calendar;
    this.actuals = actuals;
    this.pairsNeeded = options.pairsNeeded();
  }

  /** A tested link: everything but the q-value and the verdict that depends on it. */
  static final class Tested {
    CausalLink link;
    Optional<Kpi> cause;
    Optional<Kpi> effect;
    Frequency frequency;
    Transform transform;
    OptionalInt declaredLag = OptionalInt.empty();
    int testedLag;
    OptionalInt bestLag = OptionalInt.empty();
    int pairs;
    Correlation pearson;
    Correlation spearman;
    List<Correlation> byLag = new ArrayList<>();
    GrangerTest forward;
    GrangerTest backward;
    double p = Double.NaN;
    boolean insufficient;
    Optional<DataNeeded> dataNeeded = Optional.empty();
    List<String> notes = new ArrayList<>();
    Aligned aligned;
    Periods periods;
  }

  Periods periods(Optional<Kpi> cause, Optional<Kpi> effect) {
    Frequency f = options.frequency().orElseGet(() -> {
      Frequency a = cause.map(Kpi::frequency).orElse(Frequency.MONTHLY);
      Frequency b = effect.map(Kpi::frequency).orElse(a);
      a = cause.isPresent() ? a : b;
      return a.compareTo(b) >= 0 ? a : b;
    });
    return periods.computeIfAbsent(f, k -> new Periods(k, calendar));
  }

  /** {@return a KPI's period series, built once per KPI and frequency} */
  KpiSeries series(Kpi kpi, Periods periods) {
    return cache.computeIfAbsent(periods.frequency(), f -> new IdentityHashMap<>())
        .computeIfAbsent(kpi, k -> KpiSeries.of(k, actuals, periods));
  }

  Tested test(CausalLink link, Optional<Kpi> cause, Optional<Kpi> effect) {
    Tested t = new Tested();
    t.link = link;
    t.cause = cause;
    t.effect = effect;
    Periods periods = periods(cause, effect);
    t.periods = periods;
    t.frequency = periods.frequency();
    KpiSeries c = cause.map(k -> series(k, periods)).orElse(KpiSeries.empty());
    KpiSeries e = effect.map(k -> series(k, periods)).orElse(KpiSeries.empty());
    // Without both KPIs there is nothing to transform but empty series: plain differences need no KPI.
    Transform wanted = cause.isPresent() && effect.isPresent() ? options.transform() : Transform.DIFFERENCE;
    Aligned a = Aligned.of(cause.orElse(null), c, effect.orElse(null), e, wanted, periods.perYear());
    t.aligned = a;
    t.transform = a.transform;
    link.lag().ifPresent(l -> t.declaredLag = OptionalInt.of(periods.periodsOf(l.toTotalMonths(), l.getDays())));
    int maxLag = Math.max(options.maxLag(), t.declaredLag.orElse(0));
    explainMissing(t, cause, c, "cause");
    explainMissing(t, effect, e, "effect");

    int[] pairsAt = new int[maxLag + 1];
    for (int lag = 0; lag <= maxLag; lag++) {
      double[][] xy = a.pairs(lag);
      pairsAt[lag] = xy[0].length;
      t.byLag.add(Correlation.pearson(xy[0], xy[1]));
    }
    double bestAbs = -1;
    for (int lag = 0; lag <= maxLag; lag++) {
      Correlation r = t.byLag.get(lag);
      if (r.isDefined() && Math.abs(r.r()) > bestAbs) {
        bestAbs = Math.abs(r.r());
        t.bestLag = OptionalInt.of(lag);
      }
    }
    // The lag to judge: the declared one, else the most significant among those with enough pairs.
    int candidates = 0;
    if (t.declaredLag.isPresent()) {
      t.testedLag = t.declaredLag.getAsInt();
      candidates = 1;
    } else {
      double bestP = Double.POSITIVE_INFINITY;
      t.testedLag = 0;
      for (int lag = 0; lag <= maxLag; lag++) {
        if (pairsAt[lag] >= pairsNeeded) {
          candidates++;
          double p = t.byLag.get(lag).p();
          if (!Double.isNaN(p) && p < bestP) {
            bestP = p;
            t.testedLag = lag;
          }
        }
      }
    }
    double[][] xy = a.pairs(t.testedLag);
    t.pairs = xy[0].length;
    t.pearson = t.byLag.get(t.testedLag);
    t.spearman = Correlation.spearman(xy[0], xy[1]);
    int order = Math.max(1, t.testedLag);
    int[] run = a.longestRun();
    double[] rc = Arrays.copyOfRange(a.cause, run[0], run[0] + run[1]);
    double[] re = Arrays.copyOfRange(a.effect, run[0], run[0] + run[1]);
    List<GrangerTest> granger = GrangerTest.bothWays(rc, re, order);
    t.forward = granger.get(0);
    t.backward = granger.get(1);

    int grangerNeeded = GrangerTest.minimumPoints(order);
    if (t.pairs < pairsNeeded || run[1] < grangerNeeded) {
      t.insufficient = true;
      int more = Math.max(pairsNeeded - t.pairs, grangerNeeded - run[1]);
      if (t.pairs == 0) {
        more = Math.max(pairsNeeded + t.testedLag + a.cost, grangerNeeded + a.cost);
      }
      t.dataNeeded = Optional.of(needed(periods, a, more, pairsNeeded, t.pairs));
      return t;
    }
    if (!t.pearson.isDefined()) {
      t.notes.add(constantNote(t, a));
      return t;
    }
    t.p = Math.min(1, t.pearson.p() * Math.max(1, candidates));
    if (t.declaredLag.isEmpty() && candidates > 1) {
      t.notes.add("no lag declared: lag " + t.testedLag + " was the most significant of " + candidates
          + " searched, p adjusted for the search");
    }
    if (t.declaredLag.isPresent() && t.bestLag.isPresent() && t.bestLag.getAsInt() != t.declaredLag.getAsInt()) {
      t.notes.add("the strongest correlation is at lag " + t.bestLag.getAsInt() + ", not the declared "
          + t.declaredLag.getAsInt());
    }
    if (t.forward.isDefined() && t.backward.isDefined() && t.forward.p() < options.alpha()
        && t.backward.p() < options.alpha()) {
      t.notes.add("Granger-significant in both directions: feedback or a common cause is as likely as the link");
    }
    return t;
  }

  static DataNeeded needed(Periods periods, Aligned a, int more, int pairsNeeded, int pairsHave) {
    Optional<java.time.LocalDate> until = a.last == Long.MIN_VALUE ? Optional.empty()
        : Optional.of(periods.end(a.last + more));
    return new DataNeeded(pairsNeeded, pairsHave, Math.max(0, more), periods.frequency(), until);
  }

  private static void explainMissing(Tested t, Optional<Kpi> kpi, KpiSeries s, String role) {
    String objective = role.equals("cause") ? t.link.from().value() : t.link.to().value();
    if (kpi.isEmpty()) {
      t.notes.add("the " + role + " " + objective + " has no KPI");
    } else if (s.isEmpty()) {
      t.notes.add("the " + role + "'s KPI " + kpi.get().id() + " has no actuals");
    } else if (s.observed() == 1) {
      t.notes.add("the " + role + "'s KPI " + kpi.get().id() + " has one period of actuals");
    }
  }

  private static String constantNote(Tested t, Aligned a) {
    double[][] xy = a.pairs(t.testedLag);
    boolean causeFlat = xy[0].length > 0 && isConstant(xy[0]);
    String which = causeFlat ? "cause's KPI " + t.cause.map(k -> k.id().value()).orElse("")
        : "effect's KPI " + t.effect.map(k -> k.id().value()).orElse("");
    return "the " + which + " changed by the same amount every period (" + t.transform.key()
        + " constant): nothing to correlate";
  }

  private static boolean isConstant(double[] v) {
    for (double x : v) {
      if (x != v[0]) {
        return false;
      }
    }
    return true;
  }
}
