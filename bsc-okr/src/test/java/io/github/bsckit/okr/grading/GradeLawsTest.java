package io.github.bsckit.okr.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.KeyResultType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The laws of grading a key result on a value, over starts, targets and values with up to two decimals: a move
 * grades 0 at its start, 1 at its target, within [0, 1] in between and beyond, and never less for a value further
 * the good way; a line is met exactly by the values on its side at the key result's precision.
 */
class GradeLawsTest {
  private static final FiscalQuarter Q2 = FiscalQuarter.parse("FY2026 Q2");

  private static KeyResult kr(KeyResultType type, double start, double target) {
    return new KeyResult(KpiId.of("k"), Q2, "K", "", 2, 1, type, start, target, LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 6, 30));
  }

  private static double score(KeyResult kr, double current) {
    return OkrGrader.grade(kr, current).grade().score();
  }

  private static double hundredths(int units) {
    return units / 100.0;
  }

  @Test
  void aMoveGradesFromZeroAtItsStartToOneAtItsTargetAndNeverLessFurtherTheGoodWay() {
    qt().withExamples(500).forAll(integers().between(-100_000, 100_000), integers().between(1, 100_000),
        integers().between(-200_000, 200_000), integers().between(0, 50_000)).checkAssert((s, d, v, step) -> {
          double start = hundredths(s);
          for (boolean up : new boolean[] {true, false}) {
            double target = hundredths(up ? s + d : s - d);
            KeyResult kr = kr(up ? KeyResultType.INCREASE : KeyResultType.REDUCE, start, target);
            double a = hundredths(v);
            double further = hundredths(up ? v + step : v - step);
            assertThat(score(kr, start)).isZero();
            assertThat(score(kr, target)).isEqualTo(1.0);
            assertThat(score(kr, a)).isBetween(0.0, 1.0);
            assertThat(score(kr, further)).as("%s at %s then %s", kr, a, further).isGreaterThanOrEqualTo(score(kr, a));
          }
        });
  }

  @Test
  void aLineOrABandIsMetExactlyByTheValuesOnItsRightSideAtThePrecision() {
    qt().withExamples(500).forAll(integers().between(-100_000, 100_000), integers().between(0, 10_000),
        integers().between(-300_000, 300_000)).checkAssert((low, width, thousandths) -> {
          double line = hundredths(low);
          double high = hundredths(low + width);
          double v = thousandths / 1000.0;
          long atPrecision = Math.round(Math.floor(thousandths / 10.0 + 0.5)); // half up, in hundredths
          assertThat(score(kr(KeyResultType.KEEP_AT_LEAST, 0, line), v)).isEqualTo(atPrecision >= low ? 1 : 0);
          assertThat(score(kr(KeyResultType.KEEP_AT_MOST, 0, line), v)).isEqualTo(atPrecision <= low ? 1 : 0);
          assertThat(score(kr(KeyResultType.KEEP_BETWEEN, line, high), v))
              .isEqualTo(atPrecision >= low && atPrecision <= low + width ? 1 : 0);
        });
  }
}
