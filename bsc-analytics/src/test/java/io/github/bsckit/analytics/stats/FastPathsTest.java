package io.github.bsckit.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

/** The speed-ups that replaced library calls agree with the library on random data. */
class FastPathsTest {

  @Test
  void pearsonAgreesWithHipparchus() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      int n = 3 + random.nextInt(60);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = 1000 + random.nextGaussian();
        y[i] = 0.3 * x[i] + random.nextGaussian();
      }
      double expected = new PearsonsCorrelation().correlation(x, y);
      assertThat(Correlation.pearson(x, y).r()).isCloseTo(expected, within(1e-9));
      assertThat(Correlation.pearsonR(x, y)).isCloseTo(expected, within(1e-9));
    }
  }

  @Test
  void grangerBothWaysIsTheTwoSingleTestsAndMatchesOlsRegression() {
    Random random = new Random(9);
    for (int round = 0; round < 50; round++) {
      int n = 20 + random.nextInt(30);
      int lags = 1 + random.nextInt(3);
      double[] c = new double[n];
      double[] e = new double[n];
      for (int t = 0; t < n; t++) {
        c[t] = random.nextGaussian();
        e[t] = (t > 0 ? 0.5 * c[t - 1] : 0) + random.nextGaussian();
      }
      List<GrangerTest> both = GrangerTest.bothWays(c, e, lags);
      assertThat(both.get(0)).isEqualTo(GrangerTest.of(c, e, lags));
      GrangerTest back = GrangerTest.of(e, c, lags); // its columns in another order: equal up to rounding
      assertThat(both.get(1).f()).isCloseTo(back.f(), within(1e-9 * Math.max(1, back.f())));
      assertThat(both.get(1).p()).isCloseTo(back.p(), within(1e-9));
      assertThat(both.get(1).f()).isCloseTo(olsF(e, c, lags), within(1e-9 * Math.max(1, back.f())));
      assertThat(both.get(0).f()).isCloseTo(olsF(c, e, lags), within(1e-9 * Math.max(1, both.get(0).f())));
    }
  }

  /** The F statistic through Hipparchus' OLSMultipleLinearRegression, as the test computed it before. */
  private static double olsF(double[] cause, double[] effect, int lags) {
    int n = cause.length;
    int m = n - lags;
    double[] y = new double[m];
    double[][] restricted = new double[m][lags];
    double[][] full = new double[m][2 * lags];
    for (int t = lags; t < n; t++) {
      y[t - lags] = effect[t];
      for (int k = 1; k <= lags; k++) {
        restricted[t - lags][k - 1] = effect[t - k];
        full[t - lags][k - 1] = effect[t - k];
        full[t - lags][lags + k - 1] = cause[t - k];
      }
    }
    OLSMultipleLinearRegression r = new OLSMultipleLinearRegression(1e-12);
    r.newSampleData(y, restricted);
    double rssR = r.calculateResidualSumOfSquares();
    OLSMultipleLinearRegression u = new OLSMultipleLinearRegression(1e-12);
    u.newSampleData(y, full);
    double rssU = u.calculateResidualSumOfSquares();
    return Math.max(0, (rssR - rssU) / lags / (rssU / (m - 2 * lags - 1)));
  }
}
