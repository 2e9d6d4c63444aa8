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
import java.util.TreeMap;

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
    for (Kpi k : Objects.requireNonNull(scorecard, "scorecard").kpis()) {
      if (k.isCalculated()) {
        return true;
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
    Actuals out = actuals;
    Actuals.Builder computed = Actuals.builder();
    for (Map.Entry<KpiId, NavigableMap<LocalDate, Double>> e : run.derived.entrySet()) {
      for (LocalDate d : actuals.series(e.getKey()).keySet()) {
        out = out.without(e.getKey(), d);
      }
      e.getValue().forEach((d, v) -> computed.add(e.getKey(), d, v));
    }
    return out.merge(computed.build());
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
      throw Checks.invalid("kpi", "is no KPI of the scorecard: " + kpi);
    }
    if (!k.get().isCalculated()) {
      throw Checks.invalid("kpi", "is not a calculated KPI (it has no formula): " + kpi);
    }
    return List.copyOf(new Run(scorecard, actuals, asOf, kpi).explanations);
  }

  /** One computation over a scorecard: calculated KPIs in dependency order. */
  private static final class Run {
    private final Scorecard scorecard;
    private final Actuals actuals;
    private final LocalDate asOf;
    private final FiscalCalendar calendar;
    private final Map<KpiId, NavigableMap<LocalDate, Double>> derived = new LinkedHashMap<>();
    private final Map<KpiId, Kpi> kpis = new HashMap<>();
    private final KpiId explained;
    private final List<Explanation> explanations = new ArrayList<>();

    Run(Scorecard scorecard, Actuals actuals, LocalDate asOf, KpiId explained) {
      this.scorecard = scorecard;
      this.actuals = actuals;
      this.asOf = asOf;
      this.calendar = scorecard.fiscalCalendar();
      this.explained = explained;
      scorecard.kpis().forEach(k -> kpis.put(k.id(), k));
      for (Kpi k : scorecard.kpis()) {
        if (k.isCalculated() && (explained == null || k.id().equals(explained))) {
          compute(k);
        }
      }
    }

    private NavigableMap<LocalDate, Double> values(Kpi k) {
      if (k.isCalculated()) {
        return compute(k);
      }
      NavigableMap<LocalDate, Double> s = actuals.series(k.id());
      return asOf == null ? s : s.headMap(asOf, true);
    }

    private NavigableMap<LocalDate, Double> compute(Kpi k) {
      NavigableMap<LocalDate, Double> done = derived.get(k.id());
      if (done != null) {
        return done;
      }
      Formula formula = k.formula().orElseThrow();
      List<Kpi> inputs = new ArrayList<>();
      List<NavigableMap<LocalDate, Double>> inputValues = new ArrayList<>();
      boolean any = false;
      for (String name : formula.inputs()) {
        Kpi input = kpis.get(KpiId.of(name)); // the scorecard checked that every name is one of its KPIs
        NavigableMap<LocalDate, Double> v = values(input);
        inputs.add(input);
        inputValues.add(v);
        any |= !v.isEmpty();
      }
      TreeMap<LocalDate, Double> out = new TreeMap<>();
      if (any) {
        // Only the periods in which some input was measured: sparse, so far-apart dates cost nothing extra.
        PeriodUnit unit = PeriodUnit.of(k.frequency());
        java.util.TreeMap<LocalDate, TimePeriod> periods = new java.util.TreeMap<>();
        for (NavigableMap<LocalDate, Double> v : inputValues) {
          for (LocalDate d : v.keySet()) {
            if (periods.isEmpty() || periods.floorEntry(d) == null || periods.floorEntry(d).getValue().last()
                .isBefore(d)) {
              TimePeriod p = unit.periodOf(d, calendar);
              periods.put(p.first(), p);
            }
          }
        }
        Map<String, Double> env = new HashMap<>();
        for (TimePeriod p : periods.values()) {
          List<PeriodSeries.Point> points = new ArrayList<>(inputs.size());
          for (int i = 0; i < inputs.size(); i++) {
            points.add(PeriodSeries.pointIn(inputs.get(i), inputValues.get(i), p));
          }
          period(k, formula, inputs, inputValues, points, env, out);
        }
      }
      derived.put(k.id(), out);
      return out;
    }

    private void period(Kpi k, Formula formula, List<Kpi> inputs, List<NavigableMap<LocalDate, Double>> inputValues,
        List<PeriodSeries.Point> points, Map<String, Double> env, TreeMap<LocalDate, Double> out) {
      LocalDate date = null;
      String missing = null;
      for (int i = 0; i < inputs.size(); i++) {
        PeriodSeries.Point point = points.get(i);
        if (point.lastActual().isPresent() && (date == null || point.lastActual().get().isAfter(date))) {
          date = point.lastActual().get();
        }
        if (point.value().isPresent()) {
          env.put(formula.inputs().get(i), point.value().getAsDouble());
        } else if (formula.missing() == MissingInputs.ZERO) {
          env.put(formula.inputs().get(i), 0.0);
        } else {
          missing = missing == null ? formula.inputs().get(i) : missing;
        }
      }
      if (date == null) {
        return; // no input was measured in this period
      }
      double v = missing == null ? formula.evaluate(env::get) : Double.NaN;
      boolean finite = Double.isFinite(v);
      if (finite) {
        out.put(date, v);
      }
      if (k.id().equals(explained)) {
        String note = missing != null ? "input " + missing + " has no value in this period"
            : finite ? "" : "the arithmetic has no finite value (a division by zero)";
        List<Explanation.Input> explainedInputs = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
          explainedInputs.add(input(inputs.get(i), inputValues.get(i), points.get(i), formula.missing()));
        }
        explanations.add(new Explanation(k.id(), formula, points.get(0).period(),
            finite ? OptionalDouble.of(v) : OptionalDouble.empty(), finite ? Optional.of(date) : Optional.empty(),
            explainedInputs, note));
      }
    }

    private static Explanation.Input input(Kpi k, NavigableMap<LocalDate, Double> values, PeriodSeries.Point point,
        MissingInputs missing) {
      TimePeriod period = point.period();
      List<DatedValue> used = new ArrayList<>();
      String how;
      OptionalDouble value = point.value();
      if (point.count() > 0) {
        values.subMap(period.first(), true, period.last(), true).forEach((d, v) -> used.add(DatedValue.of(v, d)));
        how = k.kind() == KpiKind.FLOW ? "sum" : k.aggregate() == LevelAggregate.MEAN ? "mean" : "last";
      } else if (point.value().isPresent() && k.emptyPeriods() == EmptyPeriods.CARRY) {
        Map.Entry<LocalDate, Double> before = values.lowerEntry(period.first());
        if (before != null) {
          used.add(DatedValue.of(before.getValue(), before.getKey()));
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
