package io.github.bsckit.core.period;

import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.formula.Formula;
import io.github.bsckit.core.formula.MissingInputs;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.EmptyPeriods;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.LevelAggregate;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * Computes calculated KPIs' values from their inputs' actuals. Stateless and thread-safe.
 *
 * <p>A calculated KPI's values are computed per period of its own frequency: in each period in which any input
 * has an actual, every input's period value (its own kind and {@code aggregate}, its own empty-period policy)
 * goes into the formula, and the result is the KPI's value for the period, dated at the latest input actual
 * used. A period in which an input has no value gets none ({@link MissingInputs#SKIP}) or counts the input as
 * zero ({@link MissingInputs#ZERO}); a period whose arithmetic has no finite value (a division by an input that
 * is zero) gets none. A calculated input is computed first (formulas form no cycles; the scorecard checks).
 * Actuals recorded for a calculated KPI itself are replaced.
 *
 * <pre>{@code
 * Actuals all = CalculatedKpis.derive(scorecard, actuals, asOf);  // what scoring reads
 * CalculatedKpis.explain(scorecard, actuals, KpiId.of("revenue-per-customer"), asOf);  // one Explanation per period
 * }</pre>
 *
 * <p><b>Cost.</b> O(Σ over calculated KPIs of (periods × inputs + formula size × periods)), plus a copy of the
 * map of series; nothing when the scorecard has no calculated KPI.
 */
public final class CalculatedKpis {
  private CalculatedKpis() {}

  /**
   * {@return true if the scorecard has at least one calculated KPI}
   *
   * @param scorecard the scorecard
   */
  public static boolean any(Scorecard scorecard) {
    for (Objective o : Objects.requireNonNull(scorecard, "scorecard").objectives()) {
      for (Kpi k : o.kpis()) {
        if (k.isCalculated()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The actuals with every calculated KPI's values computed from its inputs' actuals on or before a date.
   *
   * @param scorecard the scorecard, which says which KPIs are calculated and how
   * @param actuals the measured actuals
   * @param asOf the last date of input actuals used
   * @return the actuals, calculated KPIs' own replaced by the computed ones; {@code actuals} itself when the
   *     scorecard has no calculated KPI
   */
  public static Actuals derive(Scorecard scorecard, Actuals actuals, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return derived(scorecard, actuals, asOf);
  }

  /**
   * The actuals with every calculated KPI's values computed from all its inputs' actuals.
   *
   * @param scorecard the scorecard
   * @param actuals the measured actuals
   * @return the actuals, calculated KPIs' own replaced by the computed ones
   */
  public static Actuals derive(Scorecard scorecard, Actuals actuals) {
    return derived(scorecard, actuals, null);
  }

  private static Actuals derived(Scorecard scorecard, Actuals actuals, LocalDate asOf) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(actuals, "actuals");
    if (!any(scorecard)) {
      return actuals;
    }
    Run run = new Run(scorecard, actuals, asOf, null);
    // Each calculated KPI's series is replaced as a whole: what was recorded for it goes, what was computed comes.
    Map<KpiId, SortedMap<LocalDate, Double>> computed = new LinkedHashMap<>();
    run.derived.forEach((k, r) -> computed.put(k, r.toMap()));
    return actuals.replacing(computed);
  }

  /**
   * Explains every value of a calculated KPI, period by period, from its inputs' actuals on or before a date.
   *
   * @param scorecard the scorecard
   * @param actuals the measured actuals
   * @param kpi the calculated KPI
   * @param asOf the last date of input actuals used
   * @return one explanation per period in which an input has an actual, oldest first (the last one explains the
   *     value scored as of {@code asOf}, when it has a value); unmodifiable
   * @throws io.github.bsckit.core.ValidationException if the scorecard has no such KPI or it is not calculated
   */
  public static List<Explanation> explain(Scorecard scorecard, Actuals actuals, KpiId kpi, LocalDate asOf) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(asOf, "asOf");
    Optional<Kpi> k = scorecard.kpi(kpi);
    if (k.isEmpty()) {
      throw Checks.invalid("kpi", "must name a KPI of the scorecard but was " + kpi);
    }
    if (!k.get().isCalculated()) {
      throw Checks.invalid("kpi", "must name a calculated KPI (one with a formula) but was " + kpi);
    }
    return List.copyOf(new Run(scorecard, actuals, asOf, kpi).explanations);
  }

  /** One computation over a scorecard: calculated KPIs in dependency order. */
  private static final class Run {
    private final Actuals actuals;
    private final LocalDate asOf;
    private final FiscalCalendar calendar;
    /** Each calculated KPI's computed values, in the scorecard's order. */
    private final Map<KpiId, Readings> derived = new LinkedHashMap<>();
    /** Each input's readings (cut at the as-of date), made once however many formulas read it. */
    private final Map<KpiId, Readings> read = new HashMap<>();
    /** The periods found so far, by unit and by a day they hold: formulas over the same inputs share them. */
    private final Map<PeriodUnit, Map<Long, TimePeriod>> periods = new java.util.EnumMap<>(PeriodUnit.class);
    /** The scorecard's KPIs by id as written in formulas. */
    private final Map<String, Kpi> kpis = new HashMap<>();
    private final KpiId explained;
    private final List<Explanation> explanations = new ArrayList<>();

    Run(Scorecard scorecard, Actuals actuals, LocalDate asOf, KpiId explained) {
      this.actuals = actuals;
      this.asOf = asOf;
      this.calendar = scorecard.fiscalCalendar();
      this.explained = explained;
      List<Kpi> all = scorecard.kpis();
      all.forEach(k -> kpis.put(k.id().value(), k));
      for (Kpi k : all) {
        if (k.isCalculated() && (explained == null || k.id().equals(explained))) {
          compute(k);
        }
      }
    }

    private Readings values(Kpi k) {
      if (k.isCalculated()) {
        return compute(k);
      }
      Readings r = read.get(k.id());
      if (r == null) {
        NavigableMap<LocalDate, Double> s = actuals.series(k.id());
        r = Readings.of(k, asOf == null ? s : s.headMap(asOf, true));
        read.put(k.id(), r);
      }
      return r;
    }

    private Readings compute(Kpi k) {
      Readings done = derived.get(k.id());
      if (done != null) {
        return done;
      }
      Formula formula = k.formula().orElseThrow();
      int n = formula.inputs().size();
      Kpi[] inputs = new Kpi[n];
      Readings[] inputValues = new Readings[n];
      for (int i = 0; i < n; i++) {
        inputs[i] = kpis.get(formula.inputs().get(i)); // the scorecard checked every name is a KPI
        inputValues[i] = values(inputs[i]);
      }
      Readings.Builder out = new Readings.Builder(k);
      // Only the periods in which some input was measured: sparse, so far-apart dates cost nothing extra. The
      // inputs are walked together, oldest first; next[i] is input i's first reading after the last period.
      PeriodUnit unit = PeriodUnit.of(k.frequency());
      double[] values = new double[n];
      int[] next = new int[n];
      while (true) {
        long day = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
          if (next[i] < inputValues[i].size()) {
            day = Math.min(day, inputValues[i].day(next[i]));
          }
        }
        if (day == Long.MAX_VALUE) {
          break;
        }
        period(k, formula, inputs, inputValues, periodOf(unit, day), next, values, out);
      }
      Readings computed = out.build();
      derived.put(k.id(), computed);
      return computed;
    }

    /** {@return the period of a unit holding a day, made once per run however many formulas ask} */
    private TimePeriod periodOf(PeriodUnit unit, long day) {
      Map<Long, TimePeriod> known = periods.computeIfAbsent(unit, u -> new HashMap<>());
      TimePeriod p = known.get(day);
      if (p == null) {
        p = unit.periodOf(LocalDate.ofEpochDay(day), calendar);
        known.put(day, p);
      }
      return p;
    }

    /**
     * Values one period: each input's period value into the formula, by the missing-input policy. No input has
     * a reading before the period that follows {@code next}, so each input's readings in it start there; on
     * return, {@code next} points past the period.
     */
    private void period(Kpi k, Formula formula, Kpi[] inputs, Readings[] inputValues, TimePeriod p, int[] next,
        double[] values, Readings.Builder out) {
      long end = p.last().toEpochDay();
      LocalDate date = null;
      String missing = null;
      for (int i = 0; i < inputs.length; i++) {
        Readings r = inputValues[i];
        int from = next[i];
        int to = from;
        while (to < r.size() && r.day(to) <= end) {
          to++;
        }
        next[i] = to;
        if (to > from && (date == null || r.date(to - 1).isAfter(date))) {
          date = r.date(to - 1);
        }
        double v = r.valueOrNaN(from, to);
        if (Double.isNaN(v) && formula.missing() == MissingInputs.ZERO) {
          v = 0;
        } else if (Double.isNaN(v) && missing == null) {
          missing = formula.inputs().get(i);
        }
        values[i] = v;
      }
      if (date == null) {
        return; // no input was measured in this period
      }
      double v = missing == null ? formula.evaluate(values) : Double.NaN;
      boolean finite = Double.isFinite(v);
      if (finite) {
        out.add(date, v);
      }
      if (k.id().equals(explained)) {
        String note = missing != null ? "input " + missing + " has no value in this period"
            : finite ? "" : "the arithmetic has no finite value (a division by zero)";
        List<Explanation.Input> explainedInputs = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
          explainedInputs.add(input(inputs[i], inputValues[i], inputValues[i].pointIn(p), formula.missing()));
        }
        explanations.add(new Explanation(k.id(), formula, p, finite ? OptionalDouble.of(v) : OptionalDouble.empty(),
            finite ? Optional.of(date) : Optional.empty(), explainedInputs, note));
      }
    }

    private static Explanation.Input input(Kpi k, Readings values, PeriodSeries.Point point, MissingInputs missing) {
      TimePeriod period = point.period();
      List<DatedValue> used = new ArrayList<>();
      String how;
      OptionalDouble value = point.value();
      int from = values.ceiling(period.first());
      if (point.count() > 0) {
        for (int i = from; i < values.after(period.last()); i++) {
          used.add(DatedValue.of(values.value(i), values.date(i)));
        }
        how = k.kind() == KpiKind.FLOW ? "sum" : k.aggregate() == LevelAggregate.MEAN ? "mean" : "last";
      } else if (point.value().isPresent() && k.emptyPeriods() == EmptyPeriods.CARRY) {
        if (from > 0) {
          used.add(DatedValue.of(values.value(from - 1), values.date(from - 1)));
        }
        how = "carried";
      } else if (point.value().isPresent()) {
        how = "zero (empty period)";
      } else if (missing == MissingInputs.ZERO) {
        how = "zero (missing)";
        value = OptionalDouble.of(0);
      } else {
        how = "missing";
      }
      return new Explanation.Input(k.id(), value, how, used, k.isCalculated());
    }
  }
}
