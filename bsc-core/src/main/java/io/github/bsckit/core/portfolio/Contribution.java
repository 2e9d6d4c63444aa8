package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Numbers;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One input of a consolidated number: where it came from, what it was, and how much it counted. Immutable and
 * thread-safe.
 *
 * @param source the unit KPI or unit objective the input came from
 * @param role what the input is to the number: {@code source}, {@code numerator} or {@code denominator} of a
 *     roll-up; {@code own KPIs} or {@code supporter} of a consolidated objective
 * @param value the input's value (a KPI's reported value, an objective's score), or empty when it had none
 * @param weight how much it counted (a unit's weight, an alignment's weight, a share); 1 where all count alike
 */
public record Contribution(UnitElement source, String role, OptionalDouble value, double weight) {

  /**
   * Rejects nulls.
   *
   * @param source where the input came from
   * @param role what it is to the number
   * @param value its value, or empty
   * @param weight how much it counted
   */
  public Contribution {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(value, "value");
  }

  /** {@return true if the input had a value and so entered the number} */
  public boolean hasValue() {
    return value.isPresent();
  }

  /** {@return for example {@code supporter team-a/C1 = 60.0% (weight 2)} or {@code source retail/revenue: no data}} */
  @Override
  public String toString() {
    String shown = !value.isPresent() ? null
        : role.equals("supporter") ? Numbers.percent(value.getAsDouble()) : Shown.value(value.getAsDouble());
    return role + " " + source + (shown != null ? " = " + shown : ": no data")
        + (weight == 1 ? "" : " (weight " + Numbers.plain(weight) + ")");
  }
}
