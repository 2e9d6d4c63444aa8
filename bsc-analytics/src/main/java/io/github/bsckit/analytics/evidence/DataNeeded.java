package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.model.Frequency;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * How much more data a test of a link would need: aligned pairs for power 0.8 (by default) to detect the
 * correlation the analysis is set to detect, and at least 3p + 3 points for the Granger test with p lags;
 * expressed as more periods and as the last period those would reach. Immutable and thread-safe.
 *
 * @param pairsNeeded the aligned pairs the test needs
 * @param pairsHave the aligned pairs there are
 * @param morePeriods how many more periods of both KPIs would be enough
 * @param frequency the periods' frequency
 * @param until the last day of the period that would be enough, if there is any data to count from
 */
public record DataNeeded(int pairsNeeded, int pairsHave, int morePeriods, Frequency frequency,
    Optional<LocalDate> until) {

  /**
   * Validates the components.
   *
   * @param pairsNeeded not negative
   * @param pairsHave not negative
   * @param morePeriods not negative
   * @param frequency the periods' frequency
   * @param until the last day of the period that would be enough, if known
   * @throws io.github.bsckit.core.ValidationException if a count is negative
   */
  public DataNeeded {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(until, "until");
    if (pairsNeeded < 0 || pairsHave < 0 || morePeriods < 0) {
      throw Args.invalid("morePeriods", "counts must not be negative but were " + pairsNeeded + ", "
          + pairsHave + ", " + morePeriods);
    }
  }

  /** {@return the end of the period that would be enough as people write it: {@code 2028-03}, or a date} */
  public Optional<String> untilText() {
    return until.map(d -> frequency.compareTo(Frequency.MONTHLY) >= 0 ? YearMonth.from(d).toString() : d.toString());
  }

  /** {@return for example {@code monthly data until 2028-03 would be enough (30 pairs, have 14)}} */
  @Override
  public String toString() {
    String when = untilText().map(u -> "until " + u).orElse("for " + morePeriods + " periods");
    return frequency.key() + " data " + when + " would be enough (" + pairsNeeded + " pairs, have " + pairsHave
        + ")";
  }
}
