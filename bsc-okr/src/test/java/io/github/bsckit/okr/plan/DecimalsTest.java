package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;

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
}
