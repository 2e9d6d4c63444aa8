package io.github.bsckit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import java.time.LocalDate;
import java.time.Month;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The data-quality rules, which jump between a series' periods by binary search and count the empty ones by
 * calendar arithmetic, report exactly what walking every date and every period reported
 * ({@link WalkingDataQualityRules}): on generated series of every frequency and fiscal year start, sparse and
 * dense, with gaps beyond the rules' bound of 10,000 periods, and near the ends of the dates Java represents,
 * where periods are cut and do not tile.
 */
class DataQualityRulesAgreeTest {
  private static final Frequency[] FREQUENCIES = Frequency.values();

  @Test
  void fastRulesReportWhatWalkingReported() {
    qt().withExamples(400).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Month start = Month.of(1 + r.nextInt(12));
      boolean baselines = r.nextBoolean();
      LocalDate baselineDate = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(800));
      Scorecard card = card(start, baselines, baselineDate);
      int era = r.nextInt(6);
      int span = new int[] {40, 400, 4000, 40_000}[r.nextInt(4)];
      LocalDate base = era == 0 ? LocalDate.MIN.plusDays(r.nextInt(40))
          : era == 1 ? LocalDate.MAX.minusDays(span + 20 + r.nextInt(400))
          : LocalDate.of(2023, 1, 1).plusDays(r.nextInt(400));
      Actuals.Builder b = Actuals.builder();
      for (Frequency f : FREQUENCIES) {
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
          LocalDate d = base.plusDays(r.nextInt(span));
          if (d.isAfter(LocalDate.MAX.minusDays(1))) {
            continue;
          }
          b.add(KpiId.of("k-" + f.name().toLowerCase(java.util.Locale.ROOT)), d, r.nextInt(100));
        }
        if (r.nextInt(4) == 0) { // a dense run: several actuals per period
          LocalDate from = base.plusDays(r.nextInt(span));
          for (int i = 0; i < 60 && from.plusDays(i).isBefore(LocalDate.MAX.minusDays(1)); i++) {
            b.add(KpiId.of("d-" + f.name().toLowerCase(java.util.Locale.ROOT)), from.plusDays(i), i);
          }
        }
      }
      Actuals actuals;
      try {
        actuals = b.build();
      } catch (io.github.bsckit.core.ValidationException duplicate) {
        return; // the same KPI and date drawn twice
      }
      LocalDate asOf = r.nextInt(5) == 0 ? (era == 0 ? LocalDate.MIN : LocalDate.MAX)
          : base.plusDays(r.nextInt(span + 10));
      assertThat(DataQualityRules.of(actuals, asOf).validate(card).violations())
          .as("seed %d, as of %s", seed, asOf)
          .isEqualTo(WalkingDataQualityRules.of(actuals, asOf).validate(card).violations());
    });
  }

  private static Scorecard card(Month start, boolean baselines, LocalDate baselineDate) {
    Scorecard.Builder b = Scorecard.builder("Agree").fiscalYearStart(start);
    b.objective("O1", "Measure", "financial", o -> {
      for (Frequency f : FREQUENCIES) {
        for (String prefix : new String[] {"k-", "d-"}) {
          String id = prefix + f.name().toLowerCase(java.util.Locale.ROOT);
          o.kpi(id, "KPI " + id, k -> {
            k.frequency(f);
            if (baselines) {
              k.baseline(1, baselineDate.toString()).target(2, baselineDate.plusYears(1).toString());
            }
          });
        }
      }
    });
    return b.build();
  }
}
