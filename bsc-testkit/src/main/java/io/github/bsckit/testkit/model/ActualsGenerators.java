package io.github.bsckit.testkit.model;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generators of measured values: series that start at a KPI's baseline date, follow its frequency, and move
 * from the baseline toward the target (or through a RANGE KPI's band) with noise, overshooting and falling back
 * at times, each value with no more decimals than the KPI's precision.
 */
public final class ActualsGenerators {
  private static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 1);

  private ActualsGenerators() {}

  /**
   * {@return a generator of actuals for a scorecard: a series for about four KPIs in five, none for the rest}
   *
   * @param scorecard the scorecard whose KPIs are measured
   */
  public static Generator<Actuals> forScorecard(Scorecard scorecard) {
    List<Kpi> kpis = Objects.requireNonNull(scorecard, "scorecard").kpis();
    return source -> {
      Actuals.Builder b = Actuals.builder();
      for (Kpi k : kpis) {
        if (!source.chance(20)) {
          for (DatedValue v : series(k, source)) {
            b.add(k.id(), v.date(), v.value());
          }
        }
      }
      return b.build();
    };
  }

  /**
   * {@return a generator of 0 to 12 dated values of one KPI, oldest first, one per period of its frequency}
   *
   * @param kpi the KPI
   */
  public static Generator<List<DatedValue>> forKpi(Kpi kpi) {
    Objects.requireNonNull(kpi, "kpi");
    return source -> series(kpi, source);
  }

  private static List<DatedValue> series(Kpi kpi, Source source) {
    int p = kpi.precision();
    double from = kpi.baseline().map(DatedValue::value)
        .or(() -> kpi.target().map(DatedValue::value))
        .or(() -> kpi.range().map(r -> r.low()))
        .orElse(0.0);
    double to = kpi.target().map(DatedValue::value).or(() -> kpi.range().map(r -> r.high())).orElse(from);
    long fromUnits = Scale.units(from, p);
    long gap = Scale.units(to, p) - fromUnits;
    long spread = Math.max(Math.abs(gap) / 4, 1);
    LocalDate start = kpi.baseline().map(DatedValue::date)
        .or(() -> kpi.target().map(t -> t.date().minusYears(1)))
        .orElse(DEFAULT_START);
    int n = source.between(0, 12);
    List<DatedValue> out = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      long units = fromUnits + gap * i / n + source.between(-spread, spread);
      out.add(DatedValue.of(Scale.value(units, p), start.plus(kpi.frequency().period().multipliedBy(i))));
    }
    return List.copyOf(out);
  }
}
