package io.github.bsckit.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.analytics.stats.Correlation.Method;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every statistic against reference values computed once by scipy and statsmodels
 * ({@code src/test/python/reference.py}, committed with its output {@code reference.txt}). Python is never run
 * by the tests. Tolerance: 1e-9 relative, or 1e-12 absolute for values near zero (a q-value of 0, a p-value of
 * 1e-40 would otherwise demand digits no double holds).
 */
class ReferenceValuesTest {
  private static final double RELATIVE = 1e-9;
  private static final double ABSOLUTE = 1e-12;
  private static final Map<String, Map<String, String>> CASES = load();

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> cases = new LinkedHashMap<>();
    try (InputStream in = ReferenceValuesTest.class.getResourceAsStream("/io/github/bsckit/analytics/reference.txt")) {
      Map<String, String> current = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("[")) {
          current = new LinkedHashMap<>();
          cases.put(line.substring(1, line.length() - 1), current);
        } else if (current != null && line.contains(" = ")) {
          current.put(line.substring(0, line.indexOf(" = ")), line.substring(line.indexOf(" = ") + 3));
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return cases;
  }

  private static List<Map<String, String>> cases(String prefix) {
    List<Map<String, String>> out = new ArrayList<>();
    CASES.forEach((name, values) -> {
      if (name.startsWith(prefix)) {
        out.add(values);
      }
    });
    assertThat(out).as("cases %s", prefix).isNotEmpty();
    return out;
  }

  private static double[] vec(Map<String, String> c, String key) {
    return Arrays.stream(c.get(key).split(" ")).mapToDouble(Double::parseDouble).toArray();
  }

  private static double num(Map<String, String> c, String key) {
    return Double.parseDouble(c.get(key));
  }

  private static void close(double actual, double expected, String what) {
    double tolerance = Math.max(ABSOLUTE, RELATIVE * Math.abs(expected));
    assertThat(actual).as(what).isCloseTo(expected, within(tolerance));
  }

  @Test
  void pearsonAndSpearmanMatchScipyWithPValuesAndFisherIntervals() {
    for (Map<String, String> c : cases("correlation-")) {
      double[] x = vec(c, "x");
      double[] y = vec(c, "y");
      double confidence = num(c, "confidence");
      for (Method m : Method.values()) {
        String key = m == Method.PEARSON ? "pearson" : "spearman";
        Correlation r = Correlation.of(m, x, y, confidence);
        close(r.r(), num(c, key + ".r"), key + " r, n = " + x.length);
        close(r.p(), num(c, key + ".p"), key + " p, n = " + x.length);
        close(r.low(), num(c, key + ".low"), key + " low, n = " + x.length);
        close(r.high(), num(c, key + ".high"), key + " high, n = " + x.length);
      }
    }
  }

  @Test
  void grangerFTestsMatchStatsmodelsInBothDirections() {
    for (Map<String, String> c : cases("granger-")) {
      double[] cause = vec(c, "cause");
      double[] effect = vec(c, "effect");
      int lags = (int) num(c, "lags");
      GrangerTest g = GrangerTest.of(cause, effect, lags);
      close(g.f(), num(c, "f"), "F, lags " + lags);
      close(g.p(), num(c, "p"), "p, lags " + lags);
      assertThat(g.df1()).isEqualTo((int) num(c, "df1"));
      assertThat(g.df2()).isEqualTo((int) num(c, "df2"));
      GrangerTest back = GrangerTest.of(effect, cause, lags);
      close(back.f(), num(c, "reverse.f"), "reverse F, lags " + lags);
      close(back.p(), num(c, "reverse.p"), "reverse p, lags " + lags);
    }
  }

  @Test
  void benjaminiHochbergQValuesMatchStatsmodels() {
    for (Map<String, String> c : cases("bh-")) {
      double[] q = FalseDiscovery.qValues(vec(c, "p"));
      double[] expected = vec(c, "q");
      for (int i = 0; i < q.length; i++) {
        close(q[i], expected[i], "q[" + i + "]");
      }
    }
  }

  @Test
  void trendPredictionIntervalsAndReachProbabilitiesMatchStatsmodels() {
    for (Map<String, String> c : cases("trend-")) {
      TrendLine line = TrendLine.fit(vec(c, "x"), vec(c, "y"));
      double x0 = num(c, "x0");
      close(line.intercept(), num(c, "intercept"), "intercept");
      close(line.slope(), num(c, "slope"), "slope");
      close(line.predict(x0), num(c, "predicted"), "predicted");
      double[] interval = line.predictionInterval(x0, num(c, "level"));
      close(interval[0], num(c, "low"), "low");
      close(interval[1], num(c, "high"), "high");
      close(line.probabilityAtLeast(x0, num(c, "threshold")), num(c, "probability"), "probability");
    }
  }

  @Test
  void fixedEffectsSlopeStandardErrorAndPMatchStatsmodelsWithUnitDummies() {
    for (Map<String, String> c : cases("panel-")) {
      int units = (int) num(c, "units");
      List<double[]> xs = new ArrayList<>();
      List<double[]> ys = new ArrayList<>();
      for (int u = 0; u < units; u++) {
        xs.add(vec(c, "x" + u));
        ys.add(vec(c, "y" + u));
      }
      FixedEffects fe = FixedEffects.fit(xs, ys);
      close(fe.slope(), num(c, "slope"), "slope");
      close(fe.standardError(), num(c, "se"), "se");
      close(fe.p(), num(c, "p"), "p");
      assertThat(fe.df()).isEqualTo((int) num(c, "df"));
      assertThat(fe.units()).isEqualTo(units);
    }
  }

  @Test
  void pairsNeededMatchTheFisherZFormulaAndTheIssuesFigures() {
    Map<String, String> c = CASES.get("sample-size");
    for (double r : new double[] {0.5, 0.4, 0.3, 0.2, 0.7}) {
      assertThat(SampleSize.pairsFor(r, 0.05, 0.8)).as("r = %s", r).isEqualTo((int) num(c, "pairs." + r));
    }
    assertThat(SampleSize.pairsFor(0.5, 0.05, 0.8)).isEqualTo(30);
    assertThat(SampleSize.pairsFor(-0.4, 0.05, 0.8)).isEqualTo(47);
    assertThat(SampleSize.pairsFor(0.3, 0.05, 0.8)).isEqualTo(85);
  }

  @Test
  void dampedTrendStatesForecastsIntervalsAndReachProbabilitiesMatchStatsmodels() {
    for (Map<String, String> c : cases("damped-")) {
      double[] y = vec(c, "y");
      DampedTrend d = DampedTrend.fit(y, num(c, "alpha"), num(c, "beta"), num(c, "phi"));
      close(d.sse(), num(c, "sse"), "sse");
      close(d.level(), num(c, "finalLevel"), "level");
      close(d.slope(), num(c, "finalSlope"), "slope");
      assertThat(d.n()).isEqualTo(y.length);
      double[] mean = vec(c, "mean");
      double[] low = vec(c, "low");
      double[] high = vec(c, "high");
      for (int h = 1; h <= mean.length; h++) {
        close(d.predict(h), mean[h - 1], "mean at h = " + h);
        double[] interval = d.predictionInterval(h, num(c, "level"));
        close(interval[0], low[h - 1], "low at h = " + h);
        close(interval[1], high[h - 1], "high at h = " + h);
      }
      close(d.probabilityAtLeast(mean.length, num(c, "threshold")), num(c, "probability"), "probability");
    }
  }

  @Test
  void dampedTrendEstimateComesWithinATenthOfAPercentOfScipysLeastSseLeastSquaresWithinTheSameBounds() {
    for (Map<String, String> c : cases("damped-")) {
      DampedTrend best = DampedTrend.estimate(vec(c, "y"));
      assertThat(best.sse()).isLessThanOrEqualTo(num(c, "optimumSse") * 1.001);
      assertThat(best.phi()).isBetween(0.8, 0.98);
      assertThat(best.alpha()).isBetween(0.05, 0.95);
      assertThat(best.beta()).isBetween(0.05, 0.95);
    }
  }
}
