package io.github.bsckit.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndefinedCasesTest {

  @Test
  void aCorrelationOfTooFewOrConstantValuesIsUndefinedNotAnException() {
    assertThat(Correlation.pearson(new double[] {1, 2}, new double[] {3, 4}).isDefined()).isFalse();
    Correlation flat = Correlation.spearman(new double[] {1, 2, 3, 4}, new double[] {5, 5, 5, 5});
    assertThat(flat.isDefined()).isFalse();
    assertThat(flat.p()).isNaN();
    assertThat(flat).hasToString("spearman undefined, n = 4");
    assertThat(Correlation.pearson(new double[0], new double[0]).n()).isZero();
  }

  @Test
  void aPerfectCorrelationHasPZeroAndADegenerateInterval() {
    Correlation r = Correlation.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 6, 8, 10});
    assertThat(r.r()).isEqualTo(1);
    assertThat(r.p()).isZero();
    assertThat(r.low()).isEqualTo(1);
  }

  @Test
  void grangerBelowItsFloorOrOnAConstantSeriesIsUndefined() {
    assertThat(GrangerTest.minimumPoints(2)).isEqualTo(9);
    double[] eight = {1, 3, 2, 5, 4, 6, 8, 7};
    assertThat(GrangerTest.of(eight, eight.clone(), 2).isDefined()).isFalse();
    double[] ten = {1, 3, 2, 5, 4, 6, 8, 7, 9, 12};
    assertThat(GrangerTest.of(new double[10], ten, 1).isDefined()).isFalse();
    assertThat(GrangerTest.of(ten, ten.clone(), 2).toString()).startsWith("Granger");
  }

  @Test
  void benjaminiHochbergSkipsUntestedValuesAndKeepsTheOrder() {
    double[] q = FalseDiscovery.qValues(new double[] {0.04, Double.NaN, 0.01});
    assertThat(q[0]).isEqualTo(0.04);
    assertThat(q[1]).isNaN();
    assertThat(q[2]).isEqualTo(0.02);
    assertThat(FalseDiscovery.qValues(new double[0])).isEmpty();
    assertThatThrownBy(() -> FalseDiscovery.qValues(new double[] {1.5})).isInstanceOf(ValidationException.class)
        .hasMessageContaining("p[0]").hasMessageContaining("1.5");
  }

  @Test
  void aPanelOrTrendWithoutVariationIsUndefined() {
    assertThat(FixedEffects.fit(List.of(new double[] {1, 1, 1}), List.of(new double[] {1, 2, 3})).isDefined())
        .isFalse();
    assertThat(TrendLine.fit(new double[] {1, 1, 1}, new double[] {1, 2, 3}).isDefined()).isFalse();
    assertThat(TrendLine.fit(new double[] {1, 2}, new double[] {1, 2}).predictionInterval(3, 0.8)[0]).isNaN();
  }

  @Test
  void rejectsMismatchedOrNonFiniteInputNamingTheField() {
    assertThatThrownBy(() -> Correlation.pearson(new double[] {1, 2, 3}, new double[] {1, 2}))
        .isInstanceOf(ValidationException.class).hasMessageContaining("y");
    assertThatThrownBy(() -> Correlation.pearson(new double[] {1, Double.NaN, 3}, new double[] {1, 2, 3}))
        .hasMessageContaining("x[1]");
    assertThatThrownBy(() -> GrangerTest.of(new double[] {1}, new double[] {1}, 0)).hasMessageContaining("lags");
    assertThatThrownBy(() -> SampleSize.pairsFor(1, 0.05, 0.8)).hasMessageContaining("r");
  }
}
