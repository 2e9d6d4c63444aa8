package io.github.bsckit.okr.grading;

import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.internal.Checks;

/** Google's colour bands for a grade reported to one decimal. */
public enum GradeBand implements Keyed {
  /** 0.0 to 0.3: little progress. */
  RED,
  /** 0.4 to 0.6: progress, short of the mark. */
  YELLOW,
  /** 0.7 to 1.0: delivered. */
  GREEN;

  /**
   * Returns the band of a grade. An unrounded score gets the band of its one-decimal report (0.34 is red,
   * 0.35 reports as 0.4 and is yellow).
   *
   * @param reported a grade, 0.0 to 1.0
   * @return RED up to 0.3, YELLOW from 0.4 to 0.6, GREEN from 0.7
   * @throws io.github.bsckit.core.ValidationException if the grade lies outside [0, 1]
   */
  public static GradeBand of(double reported) {
    if (!(reported >= 0 && reported <= 1)) {
      throw Checks.invalid("reported", "must be between 0 and 1 but was " + reported);
    }
    return reported < 0.35 ? RED : reported < 0.65 ? YELLOW : GREEN;
  }

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
