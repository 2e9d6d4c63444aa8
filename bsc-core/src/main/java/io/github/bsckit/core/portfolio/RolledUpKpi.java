package io.github.bsckit.core.portfolio;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a {@link KpiRollUp} computed up to the as-of date, oldest first. They replace whatever the target
 * unit reported for that KPI. Immutable and thread-safe.
 *
 * @param rollUp the definition
 * @param values the computed values, by date ascending; empty when no source reported
 */
public record RolledUpKpi(KpiRollUp rollUp, List<RolledUpValue> values) {

  /**
   * Copies the values and rejects nulls.
   *
   * @param rollUp the definition
   * @param values the computed values
   */
  public RolledUpKpi {
    Objects.requireNonNull(rollUp, "rollUp");
    values = List.copyOf(values);
  }

  /** {@return the latest value: the one the target KPI is scored by; empty when there is none} */
  public Optional<RolledUpValue> latest() {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }
}
