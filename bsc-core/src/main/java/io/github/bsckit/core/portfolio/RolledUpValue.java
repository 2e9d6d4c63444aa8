package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Numbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One computed value of a rolled-up KPI: its date, its value, the share of the sources that reported, and every
 * source's value. Immutable and thread-safe.
 *
 * @param date the date the sources reported for
 * @param value the aggregate
 * @param coverage the share of the sources that reported at this date (by unit weight for a weighted mean), from
 *     0 to 1
 * @param contributions every source's value at this date, in the roll-up's order; empty ones did not report
 */
public record RolledUpValue(LocalDate date, double value, double coverage, List<Contribution> contributions) {

  /**
   * Copies the contributions and rejects nulls.
   *
   * @param date the date
   * @param value the aggregate
   * @param coverage the share that reported
   * @param contributions every source's value
   */
  public RolledUpValue {
    Objects.requireNonNull(date, "date");
    contributions = List.copyOf(contributions);
  }

  /** {@return for example {@code 12400 @ 2026-06-30 (coverage 100%)}} */
  @Override
  public String toString() {
    return Shown.value(value) + " @ " + date + " (coverage " + Numbers.share(coverage) + ")";
  }
}
