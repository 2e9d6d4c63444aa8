package io.github.bsckit.core.rules;

import io.github.bsckit.core.Keyed;
import io.github.bsckit.core.internal.Keys;
import java.util.Objects;

/** How serious a {@link Violation} is. Ordered from most to least serious. */
public enum Severity implements Keyed {
  /** The scorecard is wrong: a cycle of causes, a target on the wrong side of its baseline. */
  ERROR,
  /** The scorecard is probably weak: an objective without a KPI, an isolated objective. */
  WARNING,
  /** Worth a look, often fine: an arrow within a perspective, a skipped perspective. */
  INFO;

  /**
   * {@return the constant whose {@link #key()} is {@code key}, for example {@code warning}}
   *
   * @param key the canonical text form
   * @throws io.github.bsckit.core.ValidationException if no constant has that key; the problem names the
   *     keys allowed
   */
  public static Severity fromKey(String key) {
    return Keys.parse(Severity.class, "severity", Objects.requireNonNull(key, "key"));
  }
}
