package io.github.bsckit.okr.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.okr.pacing.Pacing;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A generated KPI with everything the planner reads: fiscal year start, baseline and target (dates up to six
 * years apart, values with up to three decimals, so often finer than the precision), precision 0 to 4,
 * direction, pacing and up to three milestones.
 *
 * @param fiscalYearStart the scorecard's fiscal year start
 * @param kind LEVEL or FLOW
 * @param direction INCREASE or DECREASE
 * @param baselineDate the baseline date
 * @param targetDate the target date, after the baseline date
 * @param baseline the baseline value
 * @param target the target value
 * @param precision the KPI's decimals
 * @param pacing the pacing to plan with
 * @param milestones milestone values by date, strictly between the baseline and target dates
 */
public record KpiCase(Month fiscalYearStart, KpiKind kind, Direction direction, LocalDate baselineDate,
    LocalDate targetDate, double baseline, double target, int precision, Pacing pacing,
    TreeMap<LocalDate, Double> milestones) {

  /** {@return the case as a one-KPI scorecard (the KPI's id is {@code retention})} */
  public Scorecard scorecard() {
    return Examples.withKpi(k -> {
      k.kind(kind).direction(direction).precision(precision).baseline(baseline, baselineDate).target(target, targetDate);
      milestones.forEach((d, v) -> k.milestone(v, d));
    }).withFiscalYearStart(fiscalYearStart);
  }

  /**
   * Generates cases.
   *
   * @param kind LEVEL or FLOW
   * @param withMilestones whether to add milestones
   * @return the generator
   */
  public static Gen<KpiCase> of(KpiKind kind, boolean withMilestones) {
    Gen<LocalDate> baselineDates = Generate.longRange(LocalDate.of(2020, 1, 1).toEpochDay(),
        LocalDate.of(2030, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    Gen<Frame> frames = Generators.months().zip(baselineDates, integers().between(1, 6 * 366),
        integers().between(0, 4), Generators.pacings(), Frame::new);
    Gen<List<Integer>> milestoneSpots = lists().of(integers().between(1, 999)).ofSizeBetween(0,
        withMilestones ? 3 : 0);
    Gen<List<Double>> milestoneValues = lists().of(Generators.values(3)).ofSize(3);
    return frames.zip(Generators.values(3), Generators.values(3), milestoneSpots, milestoneValues,
        (f, b, t, spots, values) -> {
          LocalDate targetDate = f.baselineDate.plusDays(f.days);
          TreeMap<LocalDate, Double> ms = new TreeMap<>();
          for (int i = 0; i < spots.size(); i++) {
            long offset = Math.max(1, (long) f.days * spots.get(i) / 1000);
            if (offset < f.days) {
              ms.put(f.baselineDate.plusDays(offset), values.get(i));
            }
          }
          Direction direction = t >= b ? Direction.INCREASE : Direction.DECREASE;
          return new KpiCase(f.month, kind, direction, f.baselineDate, targetDate, b, t, f.precision, f.pacing, ms);
        });
  }

  private record Frame(Month month, LocalDate baselineDate, int days, int precision, Pacing pacing) {}
}
