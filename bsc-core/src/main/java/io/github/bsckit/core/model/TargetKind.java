package io.github.bsckit.core.model;

/**
 * What a KPI's target asks for: to be reached, or to be kept on one side of a line. Public-sector and
 * regulatory scorecards state many targets as floors and ceilings ("at least 70% participation", "debt
 * service at or below 2%"), often already met at the baseline; such a target is not a journey from the
 * baseline but a line to stay on the right side of.
 *
 * <p>In a document the kind is the key the target's value is given under: {@code target: {value: 90, …}}
 * (reach), {@code target: {atLeast: 70, …}}, {@code target: {atMost: 2, …}}.
 */
public enum TargetKind {
  /** Move from the baseline to the target by its date (the default). */
  REACH,
  /** Keep the value at or above the target: a floor. The KPI's direction is INCREASE. */
  AT_LEAST,
  /** Keep the value at or below the target: a ceiling. The KPI's direction is DECREASE. */
  AT_MOST;

  /** {@return true for AT_LEAST and AT_MOST, the targets met by staying on the right side of a line} */
  public boolean isOneSided() {
    return this != REACH;
  }

  /** {@return the direction this kind implies: INCREASE for AT_LEAST, DECREASE for AT_MOST, empty for REACH} */
  public java.util.Optional<Direction> impliedDirection() {
    return switch (this) {
      case REACH -> java.util.Optional.empty();
      case AT_LEAST -> java.util.Optional.of(Direction.INCREASE);
      case AT_MOST -> java.util.Optional.of(Direction.DECREASE);
    };
  }
}
