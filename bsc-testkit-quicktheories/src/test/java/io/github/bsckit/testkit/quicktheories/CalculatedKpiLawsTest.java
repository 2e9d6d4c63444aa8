package io.github.bsckit.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.bsckit.core.formula.Formula;
import io.github.bsckit.core.formula.MissingInputs;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.EmptyPeriods;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.LevelAggregate;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.period.CalculatedKpis;
import io.github.bsckit.core.period.Explanation;
import io.github.bsckit.core.period.PeriodSeries;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.period.TimePeriod;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A calculated KPI's values are, period by period, its formula over its inputs' {@link PeriodSeries} values of
 * that period, dated at the latest input actual used; and every explanation names the value derived. Checked on
 * generated scorecards: inputs of either kind and aggregate, every empty-period policy, sparse and dense actuals,
 * weekly to yearly periods, fiscal years starting in any month, both missing-input policies.
 */
class CalculatedKpiLawsTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  /** One generated case: three measured inputs and a KPI calculated from them. */
  private record Case(Scorecard scorecard, Actuals actuals, LocalDate asOf, long seed) {
    Kpi calculated() {
      return scorecard.kpi(KpiId.of("calc")).orElseThrow();
    }

    @Override
    public String toString() {
      return "seed " + seed + ": " + calculated() + " over " + scorecard.kpis() + " with " + actuals + " as of "
          + asOf;
    }
  }

  private static Case generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Frequency[] frequencies = {Frequency.WEEKLY, Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.ANNUAL};
    Scorecard.Builder b = Scorecard.builder("Calculated").fiscalYearStart(Month.of(1 + r.nextInt(12)));
    Actuals.Builder actuals = Actuals.builder();
    String[] names = {"a", "b", "c"};
    b.objective("o", "Objective", "financial", o -> {
      for (String name : names) {
        boolean flow = r.nextBoolean();
        o.kpi(name, "Input " + name, k -> {
          k.kind(flow ? KpiKind.FLOW : KpiKind.LEVEL).baseline(1, "2024-12-31").target(10, "2026-12-31");
          if (!flow && r.nextBoolean()) {
            k.aggregate(LevelAggregate.MEAN);
          }
          int policy = r.nextInt(3);
          k.emptyPeriods(policy == 0 ? EmptyPeriods.GAP : flow ? EmptyPeriods.ZERO : EmptyPeriods.CARRY);
        });
        int count = r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(40);
        int spread = 1 + r.nextInt(800);
        TreeMap<LocalDate, Double> values = new TreeMap<>();
        for (int i = 0; i < count; i++) {
          values.put(START.plusDays(r.nextInt(spread)), r.nextInt(2001) / 10.0 - 50);
        }
        values.forEach((d, v) -> actuals.add(KpiId.of(name), d, v));
      }
      String formula = switch (r.nextInt(3)) {
        case 0 -> "a + 2 * b - c";
        case 1 -> "(a + b) / c";
        default -> "max(a, b) - min(b, c)";
      };
      MissingInputs missing = r.nextBoolean() ? MissingInputs.SKIP : MissingInputs.ZERO;
      o.kpi("calc", "Calculated", k -> k.formula(Formula.parse(formula).withMissing(missing))
          .frequency(frequencies[r.nextInt(frequencies.length)]).baseline(1, "2024-12-31").target(10, "2026-12-31"));
    });
    return new Case(b.build(), actuals.build(), START.plusDays(r.nextInt(900)), seed);
  }

  @Test
  void eachValueIsTheFormulaOverItsInputsPeriodValues() {
    qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
      Case c = generate(seed);
      NavigableMap<LocalDate, Double> derived = CalculatedKpis.derive(c.scorecard(), c.actuals(), c.asOf())
          .series(KpiId.of("calc"));
      assertThat(derived).as(c.toString()).isEqualTo(reference(c));
    });
  }

  @Test
  void everyExplanationNamesTheValueDerived() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Case c = generate(seed);
      NavigableMap<LocalDate, Double> derived = CalculatedKpis.derive(c.scorecard(), c.actuals(), c.asOf())
          .series(KpiId.of("calc"));
      List<Explanation> why = CalculatedKpis.explain(c.scorecard(), c.actuals(), KpiId.of("calc"), c.asOf());
      TreeMap<LocalDate, Double> explained = new TreeMap<>();
      for (Explanation e : why) {
        e.value().ifPresent(v -> explained.put(e.date().orElseThrow(), v));
      }
      assertThat(explained).as(c.toString()).isEqualTo(derived);
    });
  }

  /**
   * The law written out the slow, obvious way: every period holding an input actual, each input valued by a
   * one-period {@link PeriodSeries}, the formula evaluated over a map.
   */
  private static NavigableMap<LocalDate, Double> reference(Case c) {
    Kpi calc = c.calculated();
    PeriodUnit unit = PeriodUnit.of(calc.frequency());
    TreeSet<TimePeriod> periods = new TreeSet<>();
    Map<String, Kpi> inputs = new HashMap<>();
    for (String name : calc.formula().orElseThrow().inputs()) {
      Kpi input = c.scorecard().kpi(KpiId.of(name)).orElseThrow();
      inputs.put(name, input);
      c.actuals().series(input.id()).headMap(c.asOf(), true).keySet()
          .forEach(d -> periods.add(unit.periodOf(d, c.scorecard().fiscalCalendar())));
    }
    Actuals known = Actuals.builder().build();
    for (Kpi input : inputs.values()) {
      for (Map.Entry<LocalDate, Double> e : c.actuals().series(input.id()).headMap(c.asOf(), true).entrySet()) {
        known = known.with(input.id(), e.getKey(), e.getValue());
      }
    }
    TreeMap<LocalDate, Double> out = new TreeMap<>();
    for (TimePeriod p : periods) {
      Map<String, Double> values = new HashMap<>();
      LocalDate date = null;
      boolean missing = false;
      for (Map.Entry<String, Kpi> input : inputs.entrySet()) {
        PeriodSeries.Point point = PeriodSeries.of(input.getValue(), known, unit, c.scorecard().fiscalCalendar(),
            p.first(), p.last()).points().get(0);
        if (point.lastActual().isPresent() && (date == null || point.lastActual().get().isAfter(date))) {
          date = point.lastActual().get();
        }
        if (point.value().isPresent()) {
          values.put(input.getKey(), point.value().getAsDouble());
        } else if (calc.formula().orElseThrow().missing() == MissingInputs.ZERO) {
          values.put(input.getKey(), 0.0);
        } else {
          missing = true;
        }
      }
      if (!missing) {
        double v = calc.formula().orElseThrow().evaluate(values);
        if (Double.isFinite(v)) {
          out.put(date, v);
        }
      }
    }
    return out;
  }
}
