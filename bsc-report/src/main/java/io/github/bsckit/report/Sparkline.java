package io.github.bsckit.report;

import io.github.bsckit.core.model.DatedValue;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A trend sparkline as inline SVG: the actuals as a line over time, the last one as a dot, the target as a dashed
 * line when it falls in view. It is a picture with a text alternative; the report also says the trend in words.
 */
final class Sparkline {
  static final int WIDTH = 110;
  static final int HEIGHT = 28;
  private static final double PAD = 3;

  private Sparkline() {}

  /**
   * Writes the sparkline of a series (at least two points; fewer draw nothing).
   *
   * @param html where to write
   * @param points the values in date order
   * @param target the target value, drawn as a dashed line, if any
   * @param label the text alternative
   */
  static void write(Html html, List<DatedValue> points, OptionalDouble target, String label) {
    if (points.size() < 2) {
      return;
    }
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (DatedValue p : points) {
      lo = Math.min(lo, p.value());
      hi = Math.max(hi, p.value());
    }
    if (target.isPresent()) {
      lo = Math.min(lo, target.getAsDouble());
      hi = Math.max(hi, target.getAsDouble());
    }
    double span = hi - lo == 0 ? 1 : hi - lo;
    long first = points.get(0).date().toEpochDay();
    long days = Math.max(1, points.get(points.size() - 1).date().toEpochDay() - first);
    StringBuilder line = new StringBuilder();
    double x = 0;
    double y = 0;
    for (DatedValue p : points) {
      x = PAD + (WIDTH - 2 * PAD) * (p.date().toEpochDay() - first) / days;
      y = HEIGHT - PAD - (HEIGHT - 2 * PAD) * (p.value() - lo) / span;
      line.append(line.length() == 0 ? "" : " ").append(num(x)).append(',').append(num(y));
    }
    // Sizes and colours come from the stylesheet (.spark), which keeps the 600 sparklines of a big report small.
    html.open("svg", "class", "spark", "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "role", "img");
    html.element("title", label);
    if (target.isPresent()) {
      double ty = HEIGHT - PAD - (HEIGHT - 2 * PAD) * (target.getAsDouble() - lo) / span;
      html.open("path", "class", "t", "d", "M" + num(PAD) + " " + num(ty) + "H" + num(WIDTH - PAD)).close("path");
    }
    html.open("polyline", "points", line.toString()).close("polyline");
    html.open("circle", "cx", num(x), "cy", num(y), "r", "2.4").close("circle");
    html.close("svg");
  }

  /** Whole units: a 110 by 28 picture needs no finer coordinates. */
  private static String num(double v) {
    return Long.toString(Math.round(v));
  }
}
