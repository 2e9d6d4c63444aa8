package io.github.bsckit.core.rules;

import io.github.bsckit.core.model.Keyed;

/** How serious a {@link Violation} is. Ordered from most to least serious. */
public enum Severity implements Keyed {
  /** The scorecard is wrong: a cycle of causes, a target on the wrong side of its baseline. */
  ERROR,
  /** The scorecard is probably weak: an objective without a KPI, an isolated objective. */
  WARNING,
  /** Worth a look, often fine: an arrow within a perspective, a skipped perspective. */
  INFO;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
