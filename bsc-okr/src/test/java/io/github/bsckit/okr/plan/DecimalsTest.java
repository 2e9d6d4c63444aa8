package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The largest-remainder split behind FLOW key results. */
class DecimalsTest {

  private static List<BigDecimal> weights(double... w) {
    return Arrays.stream(w).mapToObj(BigDecimal::valueOf).toList();
  }

  private static List<String> split(String amount, int precision, double... w) {
    return Decimals.split(new BigDecimal(amount), weights(w), precision).stream()
        .map(BigDecimal::toPlainString).toList();
  }

  @Test
  void leftOverUnitsGoToTheLargestRemainders() {
    assertThat(split("11", 0, 1, 1, 1)).containsExactly("4", "4", "3");
    assertThat(split("10", 0, 1, 2, 3)).containsExactly("2", "3", "5"); // 1.67, 3.33, 5: 2 + 3 + 5
  }

  @Test
  void theLargestRemainderWinsWhereverItStands() {
    assertThat(split("10", 0, 3, 2, 1)).containsExactly("5", "3", "2"); // 5, 3.33, 1.67
    assertThat(split("10", 0, 1, 3, 2)).containsExactly("2", "5", "3"); // 1.67, 5, 3.33
  }

  @Test
  void aTieGoesToTheEarlierQuarter() {
    assertThat(split("10", 0, 1, 1, 2)).containsExactly("3", "2", "5");
  }

  @Test
  void splitsAtTheGivenPrecision() {
    assertThat(split("1", 2, 1, 1, 1)).containsExactly("0.34", "0.33", "0.33");
  }

  @Test
  void anAmountFinerThanThePrecisionKeepsItsResidueInTheLastPart() {
    assertThat(split("10.5", 0, 1, 1)).containsExactly("5", "5.5");
  }

  @Test
  void aNegativeAmountSplitsAsItsMirrorImage() {
    assertThat(split("-11", 0, 1, 1, 1)).containsExactly("-4", "-4", "-3");
  }

  @Test
  void allZeroWeightsSplitEvenly() {
    assertThat(split("9", 0, 0, 0, 0)).containsExactly("3", "3", "3");
  }

  @Test
  void partsAddUpExactlyAndEachLiesWithinOneUnitOfItsShareOfTheWholeUnits() {
    qt().withExamples(500).forAll(longs().between(-10_000_000, 10_000_000), integers().between(0, 3),
        integers().between(0, 3), lists().of(integers().between(0, 50)).ofSizeBetween(1, 6))
        .checkAssert((units, amountScale, precision, ints) -> {
          BigDecimal amount = BigDecimal.valueOf(units, amountScale);
          List<BigDecimal> w = ints.stream().map(BigDecimal::valueOf).toList();
          List<BigDecimal> parts = Decimals.split(amount, w, precision);
          List<BigDecimal> usable = Decimals.sum(w).signum() > 0 ? w
              : java.util.Collections.nCopies(w.size(), BigDecimal.ONE);
          BigDecimal total = Decimals.sum(usable);
          BigDecimal unit = BigDecimal.ONE.movePointLeft(precision);
          BigDecimal residue = amount.subtract(amount.setScale(precision, java.math.RoundingMode.DOWN));
          assertThat(parts).hasSameSizeAs(w);
          assertThat(Decimals.sum(parts)).isEqualByComparingTo(amount);
          for (int i = 0; i < parts.size(); i++) {
            // the whole units of the amount are shared out; what is finer than a unit goes to the last part
            BigDecimal share = amount.subtract(residue).multiply(usable.get(i))
                .divide(total, 20, java.math.RoundingMode.HALF_EVEN);
            BigDecimal part = i == parts.size() - 1 ? parts.get(i).subtract(residue) : parts.get(i);
            assertThat(part.subtract(share).abs()).as("part %s of %s", i, parts).isLessThan(unit);
            assertThat(part.signum() * amount.signum()).as("part %s of %s", i, parts).isNotNegative();
          }
        });
  }
}
