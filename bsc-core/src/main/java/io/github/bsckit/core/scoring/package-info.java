/**
 * KPI scoring, status and roll-up from actuals: {@link io.github.bsckit.core.scoring.Scorer} turns a
 * scorecard, its actuals and an as-of date into a {@link io.github.bsckit.core.scoring.ScoreReport} with a
 * score in [0, 1], an overshoot, a {@link io.github.bsckit.core.scoring.Status}, a
 * {@link io.github.bsckit.core.scoring.Trend} and a coverage for every KPI, objective, perspective and the
 * scorecard.
 *
 * <pre>{@code
 * ScoreReport report = Scorer.defaults().score(scorecard, actuals, LocalDate.parse("2026-06-30"));
 * }</pre>
 *
 * <p>Methods are pluggable {@link io.github.bsckit.core.scoring.ScoringMethod}s named in a
 * {@link io.github.bsckit.core.scoring.ScoringMethods} registry; the built-ins are {@code progress},
 * {@code performance}, {@code goal-red-flag}, {@code expected-to-date}, {@code binary} and {@code range}.
 * Nothing is cached across calls; every public type is immutable and thread-safe.
 */
package io.github.bsckit.core.scoring;
