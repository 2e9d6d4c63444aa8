package io.github.bsckit.core.scoring;

import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;

/**
 * Maps a KPI's raw values into a frame where higher is always better. This is the one place that knows about
 * {@link Direction}: every scoring method works in the oriented frame and so handles INCREASE, DECREASE and
 * RANGE alike, without a case of its own.
 *
 * <ul>
 *   <li>INCREASE: {@code o(x) = x}
 *   <li>DECREASE: {@code o(x) = −x} (a mirror, so "lower is better" becomes "higher is better")
 *   <li>RANGE {@code [low, high]}: {@code o(x) = −distance(x, [low, high])}: 0 inside the band, negative
 *       outside it, so "closer to the band is better"
 * </ul>
 */
final class Orientation {
  private final Direction direction;
  private final double low;
  private final double high;

  private Orientation(Direction direction, double low, double high) {
    this.direction = direction;
    this.low = low;
    this.high = high;
  }

  static Orientation of(Kpi kpi) {
    return kpi.range().map(band -> new Orientation(kpi.direction(), band.low(), band.high()))
        .orElseGet(() -> new Orientation(kpi.direction(), 0, 0));
  }

  double apply(double raw) {
    return switch (direction) {
      case INCREASE -> raw;
      case DECREASE -> -raw;
      case RANGE -> raw < low ? raw - low : raw > high ? high - raw : 0;
    };
  }
}
