package io.github.bsckit.core.scoring;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Thresholds;
import java.util.List;

/**
 * Turns one KPI's actual into a raw score, where 0 is "no progress" and 1 is "target met". Register your own
 * under a kebab-case name with {@link ScoringMethods#with(String, ScoringMethod)} and name it in a KPI's or
 * the scorecard's {@link ScoringSpec}; the built-in ones are listed in {@link ScoringMethods}.
 *
 * <pre>{@code
 * // Full marks at the target, half marks anywhere from the baseline up to it, nothing below the baseline.
 * ScoringMethod stepped = in -> in.value() >= in.target() ? 1 : in.value() >= in.baseline() ? 0.5 : 0;
 * Scorer scorer = Scorer.defaults().withMethod("stepped", stepped);
 * }</pre>
 *
 * <p>A method works in the oriented frame of {@link ScoringInput}, where higher is always better, so it never
 * needs a case for DECREASE. It may return a raw score above 1 (the scorer reports the excess as
 * {@linkplain ScoreNode#overshoot() overshoot} and caps the score at 1) or below 0 (the scorer clamps it to 0),
 * but never NaN or an infinity. When the KPI lacks something the method needs, throw {@link NotScorableException} (the
 * {@link ScoringInput} accessors do that for you): the KPI is then reported as NO_DATA with the message. Any
 * other exception propagates out of {@link Scorer#score}. Implementations must be thread-safe; a lambda without
 * state is.
 */
@FunctionalInterface
public interface ScoringMethod {

  /** The thresholds of a method that does not define its own: on track from 0.9, at risk from 0.6. */
  Thresholds DEFAULT_THRESHOLDS = Thresholds.of(0.9, 0.6);

  /**
   * Scores one actual.
   *
   * @param input the KPI, the actual and the method's parameters
   * @return the raw score: 1 means the target is met; may lie outside [0, 1]; finite, never NaN or infinite
   *     (the scorer refuses either with a {@link io.github.bsckit.core.BscException} naming the method)
   * @throws NotScorableException if the KPI lacks something this method needs
   */
  double score(ScoringInput input);

  /**
   * The status thresholds for KPIs scored by this method, unless the KPI or the scorecard sets its own.
   *
   * @return the thresholds; {@link #DEFAULT_THRESHOLDS} unless overridden
   */
  default Thresholds defaultThresholds() {
    return DEFAULT_THRESHOLDS;
  }

  /**
   * Checks, before anything is scored, that a spec naming this method suits a KPI: required parameters are
   * set, no unknown ones are, values are in range. The scorer collects the problems of every KPI and throws
   * one {@link io.github.bsckit.core.ValidationException} listing them all.
   *
   * @param spec the spec naming this method
   * @param kpi the KPI it is to score
   * @return the problems, with paths relative to the spec such as {@code parameters.min}; empty when fine.
   *     The default accepts every spec.
   */
  default List<Problem> check(ScoringSpec spec, Kpi kpi) {
    return List.of();
  }
}
