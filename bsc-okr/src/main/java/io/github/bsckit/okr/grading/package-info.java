/**
 * Grading and check-ins: {@link io.github.bsckit.okr.grading.OkrGrader} scores key results and objectives on
 * Google's 0.0–1.0 scale ({@link io.github.bsckit.okr.grading.Grade}, {@link io.github.bsckit.okr.grading.GradeBand}),
 * and a {@link io.github.bsckit.okr.grading.CheckIn} becomes an actual of its KPI.
 */
package io.github.bsckit.okr.grading;
