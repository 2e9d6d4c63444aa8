package io.github.bsckit.analytics.evidence;

import io.github.bsckit.analytics.stats.SampleSize;
import io.github.bsckit.core.model.Frequency;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a link-evidence analysis. Immutable and thread-safe; each {@code with…} returns a new value.
 *
 * <ul>
 *   <li>{@code alpha} 0.05: the false-discovery rate across the links tested together, and the Granger tests'
 *       level;
 *   <li>{@code power} 0.8 and {@code detectable} 0.5: a link is tested only with enough aligned pairs to detect a
 *       correlation of 0.5 with probability 0.8 (30 pairs), else it is {@link Verdict#INSUFFICIENT_DATA};
 *   <li>{@code maxLag} 6: lags 0..6 periods are profiled, and searched when a link declares no lag;
 *   <li>{@code transform} {@link Transform#DIFFERENCE};
 *   <li>{@code frequency}: the period, by default the coarser of the two KPIs' frequencies;
 *   <li>{@code suggestions} on: unlinked objectives are screened for links nobody drew.
 * </ul>
 *
 * <pre>{@code
 * EvidenceOptions strict = EvidenceOptions.defaults().withAlpha(0.01).withDetectable(0.4);
 * }</pre>
 *
 * @param alpha the false-discovery rate, in (0, 0.5]
 * @param power the power the data must give, in (0, 1)
 * @param detectable the correlation the data must be able to detect, in (0, 1)
 * @param maxLag the longest lag profiled, 0 to 24 periods
 * @param transform how series are made stationary
 * @param frequency the period to align on, if not the coarser of each link's KPIs
 * @param suggestions whether to screen unlinked objectives for links nobody drew
 */
public record EvidenceOptions(double alpha, double power, double detectable, int maxLag, Transform transform,
    Optional<Frequency> frequency, boolean suggestions) {

  private static final EvidenceOptions DEFAULTS =
      new EvidenceOptions(0.05, 0.8, 0.5, 6, Transform.DIFFERENCE, Optional.empty(), true);

  /**
   * Validates the components.
   *
   * @param alpha the false-discovery rate, in (0, 0.5]
   * @param power the power, in (0, 1)
   * @param detectable the correlation to detect, in (0, 1)
   * @param maxLag the longest lag, 0 to 24
   * @param transform how series are made stationary
   * @param frequency the period, if fixed
   * @param suggestions whether to screen for links nobody drew
   * @throws io.github.bsckit.core.ValidationException naming the first setting out of range and its value
   */
  public EvidenceOptions {
    Objects.requireNonNull(transform, "transform");
    Objects.requireNonNull(frequency, "frequency");
    if (!(alpha > 0 && alpha <= 0.5)) {
      throw Args.invalid("alpha", "must be in (0, 0.5] but was " + alpha);
    }
    if (!(power > 0 && power < 1)) {
      throw Args.invalid("power", "must be in (0, 1) but was " + power);
    }
    if (!(detectable > 0 && detectable < 1)) {
      throw Args.invalid("detectable", "must be in (0, 1) but was " + detectable);
    }
    if (maxLag < 0 || maxLag > 24) {
      throw Args.invalid("maxLag", "must be 0 to 24 periods but was " + maxLag);
    }
  }

  /** {@return the defaults listed above} */
  public static EvidenceOptions defaults() {
    return DEFAULTS;
  }

  /** {@return the aligned pairs a link needs to be tested: 30 with the defaults} */
  public int pairsNeeded() {
    return SampleSize.pairsFor(detectable, alpha, power);
  }

  /**
   * {@return these options with another false-discovery rate}
   *
   * @param alpha in (0, 0.5]
   */
  public EvidenceOptions withAlpha(double alpha) {
    return new EvidenceOptions(alpha, power, detectable, maxLag, transform, frequency, suggestions);
  }

  /**
   * {@return these options with another power}
   *
   * @param power in (0, 1)
   */
  public EvidenceOptions withPower(double power) {
    return new EvidenceOptions(alpha, power, detectable, maxLag, transform, frequency, suggestions);
  }

  /**
   * {@return these options with another correlation to detect}
   *
   * @param detectable in (0, 1)
   */
  public EvidenceOptions withDetectable(double detectable) {
    return new EvidenceOptions(alpha, power, detectable, maxLag, transform, frequency, suggestions);
  }

  /**
   * {@return these options with another longest lag}
   *
   * @param maxLag 0 to 24 periods
   */
  public EvidenceOptions withMaxLag(int maxLag) {
    return new EvidenceOptions(alpha, power, detectable, maxLag, transform, frequency, suggestions);
  }

  /**
   * {@return these options with another transform}
   *
   * @param transform how series are made stationary
   */
  public EvidenceOptions withTransform(Transform transform) {
    return new EvidenceOptions(alpha, power, detectable, maxLag, transform, frequency, suggestions);
  }

  /**
   * {@return these options aligning every link on one frequency}
   *
   * @param frequency the period
   */
  public EvidenceOptions withFrequency(Frequency frequency) {
    return new EvidenceOptions(alpha, power, detectable, maxLag, transform, Optional.of(frequency), suggestions);
  }

  /**
   * {@return these options with or without suggestions}
   *
   * @param suggestions true to screen unlinked objectives
   */
  public EvidenceOptions withSuggestions(boolean suggestions) {
    return new EvidenceOptions(alpha, power, detectable, maxLag, transform, frequency, suggestions);
  }
}
