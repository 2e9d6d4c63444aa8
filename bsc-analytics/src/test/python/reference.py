#!/usr/bin/python3
"""Reference values for bsc-analytics' statistics, from an independent implementation (scipy, statsmodels).

Run ONCE to (re)write the fixture; the Java tests read the fixture and never call Python:

    /usr/bin/python3 bsc-analytics/src/test/python/reference.py \
        > bsc-analytics/src/test/resources/io/github/bsckit/analytics/reference.txt

Debian packages used: python3-numpy, python3-scipy, python3-statsmodels. Inputs are generated here from fixed
seeds and written into the fixture beside the expected values, so the Java side needs no random generator that
matches numpy's. Numbers are written with repr() (shortest round-trip text of the double).
"""
import sys
import warnings

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from scipy import stats
from statsmodels.stats.multitest import multipletests
from statsmodels.tsa.stattools import grangercausalitytests

warnings.filterwarnings("ignore")
out = sys.stdout


def vec(name, values):
    out.write("%s = %s\n" % (name, " ".join(repr(float(v)) for v in values)))


def num(name, value):
    out.write("%s = %s\n" % (name, repr(float(value))))


def case(name):
    out.write("\n[%s]\n" % name)


out.write("# Written by bsc-analytics/src/test/python/reference.py with numpy %s, scipy %s, statsmodels %s.\n"
          % (np.__version__, scipy.__version__, statsmodels.__version__))
out.write("# Do not edit: rerun the script.\n")


def fisher(r, n, confidence):
    z = np.arctanh(r)
    half = stats.norm.ppf(0.5 + confidence / 2) / np.sqrt(n - 3)
    return np.tanh(z - half), np.tanh(z + half)


# Correlations: Pearson and Spearman with two-sided p and a Fisher-z interval.
rng = np.random.default_rng(13)
for i, (n, beta, ties, confidence) in enumerate([(12, 0.8, False, 0.95), (30, 0.5, False, 0.95),
                                                 (50, -0.3, False, 0.9), (40, 0.0, False, 0.95),
                                                 (25, 0.6, True, 0.95), (200, 0.2, False, 0.95)]):
    x = rng.normal(size=n)
    y = beta * x + rng.normal(size=n)
    if ties:
        x = np.round(x * 2) / 2
        y = np.round(y * 2) / 2
    case("correlation-%d" % i)
    vec("x", x)
    vec("y", y)
    num("confidence", confidence)
    pr = stats.pearsonr(x, y)
    num("pearson.r", pr.statistic)
    num("pearson.p", pr.pvalue)
    lo, hi = pr.confidence_interval(confidence_level=confidence)
    num("pearson.low", lo)
    num("pearson.high", hi)
    sr = stats.spearmanr(x, y)
    num("spearman.r", sr.statistic)
    num("spearman.p", sr.pvalue)
    lo, hi = fisher(sr.statistic, n, confidence)
    num("spearman.low", lo)
    num("spearman.high", hi)

# Granger F-tests (statsmodels' ssr_ftest): does the second column help predict the first?
rng = np.random.default_rng(1303)
for i, (n, lags, beta) in enumerate([(40, 1, 0.6), (60, 2, 0.4), (36, 3, 0.0), (80, 4, 0.3), (30, 2, 0.8)]):
    cause = rng.normal(size=n)
    effect = rng.normal(size=n)
    for t in range(lags, n):
        effect[t] += beta * cause[t - lags] + 0.3 * effect[t - 1]
    case("granger-%d" % i)
    vec("cause", cause)
    vec("effect", effect)
    num("lags", lags)
    f, p, df2, df1 = grangercausalitytests(np.column_stack([effect, cause]), [lags], verbose=False)[lags][0][
        "ssr_ftest"]
    num("f", f)
    num("p", p)
    num("df1", df1)
    num("df2", df2)
    f, p, df2, df1 = grangercausalitytests(np.column_stack([cause, effect]), [lags], verbose=False)[lags][0][
        "ssr_ftest"]
    num("reverse.f", f)
    num("reverse.p", p)

# Benjamini-Hochberg q-values.
rng = np.random.default_rng(7)
for i, p in enumerate([rng.uniform(size=20), np.concatenate([rng.uniform(0, 0.01, 5), rng.uniform(size=35)]),
                       np.array([0.01, 0.01, 0.04, 0.04, 0.2, 0.5, 1.0, 0.0])]):
    case("bh-%d" % i)
    vec("p", p)
    vec("q", multipletests(p, method="fdr_bh")[1])

# OLS trend with a prediction interval of a new observation, and the chance of reaching a threshold.
rng = np.random.default_rng(2026)
for i, (n, slope, sd, x0, level, threshold) in enumerate([(12, 2.0, 3.0, 20.0, 0.8, 45.0),
                                                          (36, -0.5, 1.0, 48.0, 0.8, -12.0),
                                                          (8, 0.1, 0.5, 30.0, 0.95, 4.0),
                                                          (24, 1.0, 2.0, 10.0, 0.8, 12.0)]):
    x = np.sort(rng.uniform(0, n, size=n))
    y = 5 + slope * x + rng.normal(scale=sd, size=n)
    case("trend-%d" % i)
    vec("x", x)
    vec("y", y)
    num("x0", x0)
    num("level", level)
    num("threshold", threshold)
    fit = sm.OLS(y, sm.add_constant(x)).fit()
    num("intercept", fit.params[0])
    num("slope", fit.params[1])
    frame = fit.get_prediction(np.array([[1.0, x0]])).summary_frame(alpha=1 - level)
    num("predicted", frame["mean"].iloc[0])
    num("low", frame["obs_ci_lower"].iloc[0])
    num("high", frame["obs_ci_upper"].iloc[0])
    se = np.sqrt(fit.scale * (1 + 1.0 / n + (x0 - x.mean()) ** 2 / ((x - x.mean()) ** 2).sum()))
    num("probability", stats.t.sf((threshold - frame["mean"].iloc[0]) / se, n - 2))

# Fixed-effects panel: y ~ x + C(unit), by OLS with unit dummies.
rng = np.random.default_rng(14)
for i, (units, per, beta) in enumerate([(5, 20, 0.4), (3, 12, 0.0), (8, 30, -0.25)]):
    case("panel-%d" % i)
    num("units", units)
    xs, ys, dummies = [], [], []
    for u in range(units):
        m = per + u % 3
        x = rng.normal(loc=u, size=m)
        y = 3 * u + beta * x + rng.normal(size=m)
        vec("x%d" % u, x)
        vec("y%d" % u, y)
        xs.extend(x)
        ys.extend(y)
        for _ in range(m):
            dummies.append([1.0 if u == k else 0.0 for k in range(1, units)])
    design = sm.add_constant(np.column_stack([np.array(xs), np.array(dummies)]))
    fit = sm.OLS(np.array(ys), design).fit()
    num("slope", fit.params[1])
    num("se", fit.bse[1])
    num("p", fit.pvalues[1])
    num("df", fit.df_resid)

# Pairs needed for power at alpha (Fisher-z approximation).
case("sample-size")
for r in (0.5, 0.4, 0.3, 0.2, 0.7):
    z = stats.norm.ppf(1 - 0.05 / 2) + stats.norm.ppf(0.8)
    num("pairs.%s" % r, np.ceil((z / np.arctanh(r)) ** 2 + 3))

# Damped-trend exponential smoothing (Gardner-McKenzie, ETS(A,Ad,N)) with fixed parameters and known initial
# states (level = y[0], trend = y[1] - y[0]), so both sides run the same recursions: states and SSE from
# Holt(damped_trend=True), forecasts and analytic prediction intervals from ETSModel (whose smoothing_trend is
# alpha * Holt's), the probability of reaching a threshold from the normal forecast distribution; and the least
# SSE within the bounds bsc-analytics searches, for its estimate to come close to.
import pandas as pd
from statsmodels.tsa.exponential_smoothing.ets import ETSModel
from statsmodels.tsa.holtwinters import Holt
import scipy.optimize

rng = np.random.default_rng(1926)
for i, (n, drift, sd, alpha, beta, phi, horizon, level, threshold) in enumerate(
        [(24, 0.5, 1.0, 0.6, 0.3, 0.9, 6, 0.8, 66.0), (36, -0.3, 2.0, 0.3, 0.1, 0.95, 12, 0.8, 35.0),
         (12, 1.0, 0.5, 0.8, 0.5, 0.85, 3, 0.95, 62.0), (40, 0.2, 1.5, 0.15, 0.05, 0.98, 20, 0.8, 55.0)]):
    y = 50 + np.cumsum(drift + rng.normal(scale=sd, size=n))
    case("damped-%d" % i)
    vec("y", y)
    for name, value in [("alpha", alpha), ("beta", beta), ("phi", phi), ("horizon", horizon), ("level", level),
                        ("threshold", threshold)]:
        num(name, value)
    holt = Holt(y, damped_trend=True, initialization_method="known", initial_level=y[0],
                initial_trend=y[1] - y[0]).fit(smoothing_level=alpha, smoothing_trend=beta, damping_trend=phi,
                                               optimized=False)
    num("sse", holt.sse)
    num("finalLevel", holt.level[-1])
    num("finalSlope", holt.trend[-1])
    ets = ETSModel(pd.Series(y, index=pd.RangeIndex(n)), error="add", trend="add", damped_trend=True,
                   initialization_method="known", initial_level=y[0], initial_trend=y[1] - y[0])
    res = ets.smooth([alpha, alpha * beta, phi])
    pred = res.get_prediction(start=n, end=n + horizon - 1)
    frame = pred.summary_frame(alpha=1 - level)
    vec("mean", frame["mean"])
    vec("low", frame["pi_lower"])
    vec("high", frame["pi_upper"])
    vec("holtMean", holt.forecast(horizon))
    sd_h = np.sqrt(pred.forecast_variance[-1])
    num("probability", stats.norm.sf((threshold - frame["mean"].iloc[-1]) / sd_h))
    # statsmodels' fit() re-estimates the initial states even when they are "known", so the optimum to compare
    # with is scipy's L-BFGS-B over the same fixed-start SSE, from 27 starting points.
    def sse(params):
        return Holt(y, damped_trend=True, initialization_method="known", initial_level=y[0],
                    initial_trend=y[1] - y[0]).fit(smoothing_level=params[0], smoothing_trend=params[1],
                                                   damping_trend=params[2], optimized=False).sse
    optimum = min(scipy.optimize.minimize(sse, [a, b, f], method="L-BFGS-B",
                                          bounds=[(0.05, 0.95), (0.05, 0.95), (0.8, 0.98)]).fun
                  for a in (0.2, 0.5, 0.8) for b in (0.2, 0.5, 0.8) for f in (0.82, 0.9, 0.96))
    num("optimumSse", optimum)
