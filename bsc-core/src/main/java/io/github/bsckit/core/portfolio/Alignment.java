package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit objective supporting an objective one level up: the team's "Cut onboarding time" supports the
 * business unit's "Improve customer experience". Alignment is many-to-many: an objective may support several
 * above and be supported by several below. Immutable and thread-safe.
 *
 * @param from the supporting objective
 * @param to the supported objective, normally of {@code from}'s parent unit
 * @param weight how much this support counts among the supporters of {@code to} in consolidated scoring; 0 or
 *     more, at most {@value Checks#MAX_WEIGHT}, default 1
 * @param rationale why the one serves the other, in words, if written
 */
public record Alignment(UnitObjective from, UnitObjective to, double weight, Optional<String> rationale) {

  /**
   * Validates every component.
   *
   * @param from the supporting objective
   * @param to the supported objective
   * @param weight 0 or more, at most {@value Checks#MAX_WEIGHT}
   * @param rationale why, if written
   * @throws io.github.bsckit.core.ValidationException naming the field and the value
   */
  public Alignment {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rationale, "rationale");
    Checks c = new Checks();
    c.weight("weight", weight);
    c.text("rationale", rationale);
    c.throwIfAny();
  }

  /**
   * {@return an alignment of weight 1 without rationale}
   *
   * @param from the supporting objective
   * @param to the supported objective
   */
  public static Alignment of(UnitObjective from, UnitObjective to) {
    return new Alignment(from, to, 1, Optional.empty());
  }

  /**
   * {@return this alignment with another weight}
   *
   * @param weight 0 or more
   */
  public Alignment withWeight(double weight) {
    return new Alignment(from, to, weight, rationale);
  }

  /**
   * {@return this alignment with a rationale}
   *
   * @param rationale why the one serves the other
   */
  public Alignment withRationale(String rationale) {
    return new Alignment(from, to, weight, Optional.of(rationale));
  }

  /** {@return for example {@code retail/C1 -> corp/F1 (weight 2)}} */
  @Override
  public String toString() {
    return from + " -> " + to + (weight == 1 ? "" : " (weight " + Numbers.plain(weight) + ")");
  }
}
