package io.github.bsckit.examples;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.plan.ExpectedPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * Plausible monthly actuals for an example scorecard: each KPI moves along its expected path (its milestones and
 * pacing over the scorecard's fiscal quarters, as scoring and the OKR planner see it) at its own pace (ahead, on
 * plan, behind or stalled), with a small fixed wobble, so the examples show every status. Deterministic: the
 * same scorecard always gives the same actuals.
 */
public final class ExampleActuals {
  private ExampleActuals() {}

  /**
   * Makes monthly actuals, one value at the end of each month from {@code first} to {@code last}.
   *
   * @param scorecard the scorecard whose KPIs get values (KPIs without baseline and target get none, unless
   *     they have a RANGE band)
   * @param first the first month
   * @param last the last month
   * @param pace how far along its plan each KPI is, by KPI id (1 = on plan, 0.5 = half-way behind); default 1
   * @return the actuals
   */
  public static Actuals monthly(Scorecard scorecard, YearMonth first, YearMonth last, Map<String, Double> pace) {
    Actuals.Builder b = Actuals.builder();
    int k = 0;
    for (Kpi kpi : scorecard.kpis()) {
      k++;
      if (kpi.range().isPresent() && kpi.target().isEmpty()) {
        // A band to stay in: mostly inside it, now and then just outside.
        double low = kpi.range().get().low();
        double high = kpi.range().get().high();
        int m = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1), m++) {
          double value = (low + high) / 2 + ((k * 7 + m * 13) % 5 - 2) * 0.3 * (high - low);
          b.add(kpi.id(), month.atEndOfMonth(), BigDecimal.valueOf(value)
              .setScale(kpi.precision(), RoundingMode.HALF_EVEN).doubleValue());
        }
        continue;
      }
      if (kpi.baseline().isEmpty() || kpi.target().isEmpty()) {
        continue;
      }
      double base = kpi.baseline().get().value();
      double target = kpi.target().get().value();
      LocalDate from = kpi.baseline().get().date();
      ExpectedPath path = ExpectedPath.of(scorecard, kpi).orElseThrow();
      double p = pace.getOrDefault(kpi.id().value(), 1.0);
      int m = 0;
      for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1), m++) {
        LocalDate date = month.atEndOfMonth();
        double wobble = ((k * 7 + m * 13) % 5 - 2) * 0.01 * Math.abs(target - base);
        double value;
        if (kpi.kind() == KpiKind.FLOW) {
          // A flow KPI's actual is the amount of that month: the month's part of the expected running total,
          // scaled by the pace; before the baseline date, a twelfth of the target.
          value = date.isAfter(from)
              ? (path.valueAt(date) - path.valueAt(month.minusMonths(1).atEndOfMonth())) * p + wobble / 4
              : target / 12 * p + wobble / 4;
        } else {
          boolean started = date.isAfter(from);
          value = base + (path.valueAt(date) - base) * p + (started ? wobble : wobble / 2);
        }
        b.add(kpi.id(), date, BigDecimal.valueOf(value).setScale(kpi.precision(), RoundingMode.HALF_EVEN)
            .doubleValue());
      }
    }
    return b.build();
  }
}
