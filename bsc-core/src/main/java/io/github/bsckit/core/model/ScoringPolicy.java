package io.github.bsckit.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A scorecard's scoring defaults: the method for KPIs that name none, status thresholds for KPIs that set
 * none (empty means each method's own defaults), and how scores roll up. Immutable and thread-safe.
 *
 * @param method the default scoring method
 * @param thresholds the scorecard-wide status thresholds, or empty for each method's defaults
 * @param rollUp how child scores combine
 */
public record ScoringPolicy(ScoringSpec method, Optional<Thresholds> thresholds, RollUp rollUp) {

  /**
   * {@code expected-to-date} (the actual against the value the KPI's expected path expects at the as-of date),
   * each method's own thresholds, weighted mean.
   */
  public static final ScoringPolicy DEFAULT =
      new ScoringPolicy(ScoringSpec.of("expected-to-date"), Optional.empty(), RollUp.WEIGHTED_MEAN);

  /**
   * Rejects nulls.
   *
   * @param method the default scoring method
   * @param thresholds the scorecard-wide status thresholds, or empty for each method's defaults
   * @param rollUp how child scores combine
   */
  public ScoringPolicy {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(rollUp, "rollUp");
  }

  /**
   * {@return this policy with another default method}
   *
   * @param method the method
   */
  public ScoringPolicy withMethod(ScoringSpec method) {
    return new ScoringPolicy(method, thresholds, rollUp);
  }

  /**
   * {@return this policy with scorecard-wide thresholds}
   *
   * @param thresholds the thresholds
   */
  public ScoringPolicy withThresholds(Thresholds thresholds) {
    return new ScoringPolicy(method, Optional.of(thresholds), rollUp);
  }

  /**
   * {@return this policy with another roll-up}
   *
   * @param rollUp the roll-up
   */
  public ScoringPolicy withRollUp(RollUp rollUp) {
    return new ScoringPolicy(method, thresholds, rollUp);
  }
}
