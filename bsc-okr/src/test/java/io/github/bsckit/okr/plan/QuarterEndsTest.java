package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.core.plan.ExpectedPath;
import io.github.bsckit.okr.testing.Generators;
import io.github.bsckit.okr.testing.KpiCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A lane's quarter-end values, from the pacing's shares laid once, are exactly the KPI's own
 * {@link ExpectedPath} at each quarter's last day (same value, same scale), in long arithmetic and in the
 * decimal fallback alike; and a level's doubles, made without the decimals, are those decimals' doubles.
 */
class QuarterEndsTest {
  private static final int EXAMPLES = Integer.getInteger("okr.examples", 300);

  /** The planner's horizon of a KPI, as {@link KpiPlanner} lays it. */
  private static QuarterEnds ends(Month start, Pacing pacing, LocalDate from, LocalDate to) {
    FiscalCalendar cal = FiscalCalendar.of(start);
    FiscalQuarter first = cal.quarterOf(from);
    if (from.equals(cal.lastDayOf(first))) {
      first = first.plusQuarters(1);
    }
    List<FiscalQuarter> horizon = first.through(cal.quarterOf(to));
    LocalDate[] firstDays = horizon.stream().map(cal::firstDayOf).toArray(LocalDate[]::new);
    LocalDate[] lastDays = horizon.stream().map(cal::lastDayOf).toArray(LocalDate[]::new);
    return new QuarterEnds(horizon, firstDays, lastDays, pacing.over(start, from, to));
  }

  private static void agreesWithThePath(Month start, Kpi kpi, Pacing pacing) {
    LocalDate from = kpi.baseline().orElseThrow().date();
    LocalDate to = kpi.target().orElseThrow().date();
    QuarterEnds ends = ends(start, pacing, from, to);
    assertThat(ends.matchesPath()).isTrue();
    ExpectedPath path = ExpectedPath.of(kpi, start, pacing).orElseThrow();
    boolean flow = kpi.kind() == KpiKind.FLOW;
    BigDecimal va = flow ? BigDecimal.valueOf(0.0) : BigDecimal.valueOf(kpi.baseline().orElseThrow().value());
    BigDecimal vb = BigDecimal.valueOf(kpi.target().orElseThrow().value());
    BigDecimal[] levels = ends.levels(va, vb, kpi.precision(), !flow);
    assertThat(levels).hasSize(ends.size());
    for (int i = 0; i < ends.size() - 1; i++) {
      LocalDate end = ends.lastDay(i);
      BigDecimal expected = flow ? path.valueAt(end, kpi.precision()) : path.levelAt(end, kpi.precision());
      assertThat(levels[i]).as("quarter %s of %s", i, kpi).isEqualTo(expected);
    }
    assertThat(levels[ends.size() - 1]).isEqualTo(vb);
    double[] doubles = flow ? null : ends.levelDoubles(va, vb, kpi.precision());
    if (doubles != null) {
      // The doubles a key result holds, -0.0 and 0.0 told apart as a record's equals tells them.
      assertThat(doubles).as("doubles of %s", kpi)
          .isEqualTo(Arrays.stream(levels).mapToDouble(BigDecimal::doubleValue).toArray());
    }
  }

  @Test
  void levelsAreTheExpectedPathAtEachQuarterEnd() {
    qt().withExamples(EXAMPLES).forAll(KpiCase.of(KpiKind.LEVEL, false))
        .checkAssert(c -> agreesWithThePath(c.fiscalYearStart(), c.kpi(), c.pacing()));
  }

  @Test
  void flowRunningTotalsAreTheExpectedPathAtEachQuarterEnd() {
    qt().withExamples(EXAMPLES).forAll(KpiCase.of(KpiKind.FLOW, false))
        .checkAssert(c -> agreesWithThePath(c.fiscalYearStart(), c.kpi(), c.pacing()));
  }

  /** Values of any magnitude: many digits, exponents, tiny fractions, so that longs overflow and decimals take over. */
  private static Gen<Double> anyMagnitude() {
    Gen<Double> mantissa = Generate.longRange(-999_999_999_999_999L, 999_999_999_999_999L).map(x -> (double) x);
    return mantissa.zip(integers().between(-30, 30), (m, e) -> BigDecimal.valueOf(m).scaleByPowerOfTen(e)
        .doubleValue());
  }

  @Test
  void valuesOfAnyMagnitudeAgreeWithThePath() {
    Gen<LocalDate> dates = Generators.dates();
    qt().withExamples(EXAMPLES)
        .forAll(Generators.months(), dates, integers().between(1, 5 * 366), anyMagnitude().zip(anyMagnitude(),
            (a, b) -> new double[] {a, b}))
        .checkAssert((month, from, days, values) -> {
          for (Pacing pacing : List.of(Pacing.linear(), Pacing.frontLoaded(), Pacing.seasonal(0.17, 0.23, 0.3, 0.3),
              Pacing.custom(1e-7, 3, 2.5e8))) {
            for (KpiKind kind : KpiKind.values()) {
              for (int precision : new int[] {0, 2, 10}) {
                if (values[0] == values[1]) {
                  continue;
                }
                Kpi kpi = Kpi.builder("k", "K").kind(kind)
                    .direction(values[1] > values[0] ? Direction.INCREASE : Direction.DECREASE)
                    .precision(precision).baseline(values[0], from).target(values[1], from.plusDays(days)).build();
                agreesWithThePath(month, kpi, pacing);
              }
            }
          }
        });
  }
}
