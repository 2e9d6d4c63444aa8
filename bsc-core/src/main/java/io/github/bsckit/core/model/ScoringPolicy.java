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

  /** A band, a floor or a ceiling says what good is: being inside or on the right side of it. */
  private static final ScoringSpec RANGE = ScoringSpec.of("range");
  /** Done by a date: no path to score progress along. */
  private static final ScoringSpec MILESTONE = ScoringSpec.of("milestone");

  /**
   * The method this policy scores a KPI by: the KPI's own when it names one; else {@code range} for a RANGE KPI,
   * a floor or a ceiling (the band says what good is, not the scorecard's default); else {@code milestone} for
   * a milestone KPI; else this policy's default method.
   *
   * @param kpi the KPI
   * @return the method and its parameters
   */
  public ScoringSpec methodFor(Kpi kpi) {
    Objects.requireNonNull(kpi, "kpi");
    if (kpi.scoring().isPresent()) {
      return kpi.scoring().get();
    }
    if (kpi.direction() == Direction.RANGE || kpi.isOneSided()) {
      return RANGE;
    }
    return kpi.scale().isMilestone() ? MILESTONE : method;
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
