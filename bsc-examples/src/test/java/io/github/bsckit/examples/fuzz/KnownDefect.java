package io.github.bsckit.examples.fuzz;

import io.github.bsckit.examples.fuzz.Oracle.Breach;
import java.util.Arrays;
import java.util.List;

/**
 * Known open defects: breaches of the fuzz oracle that are already reported and being fixed, each with its
 * reproducer. The fuzz suite counts a breach that an open defect explains instead of failing; a defect is open
 * only while its reproducer still shows it ({@link #stillOpen()}), and {@link KnownDefectsTest} fails as soon as
 * a fix lands, naming the entry to delete. So an exemption lasts exactly as long as the defect.
 *
 * <p>Empty today. The fuzz suite found five of issue 18's defects, listed here until the fixes landed: a syntax
 * error quoting {@code (java.lang.NumberFormatException)}; an unpaired surrogate that changed in a round trip;
 * {@code lag: P999999999W} escaping the reader as {@code ArithmeticException}; a {@code 1e-1000} budget written
 * as a number the reader refused ({@code 1e-999999999} hung the writer); and weights of 1e308 making a roll-up's
 * coverage NaN. Each is now refused with a located problem, and the suite checks those cases again.
 *
 * <p>Never add an entry to make a red build green without a reported defect and a reproducer behind it. An
 * entry overrides {@link #reproduces}, {@link #excuses} (by the breach's stage, {@link #stage}, and what the
 * mutant contains) and, if writing such a mutant would exhaust memory or time, {@link #endangers}.
 */
enum KnownDefect {
  ;

  private final String reproducer;

  KnownDefect(String reproducer) {
    this.reproducer = reproducer;
  }

  /** {@return the defects whose reproducer still shows them} */
  static List<KnownDefect> open() {
    return Arrays.stream(values()).filter(KnownDefect::stillOpen).toList();
  }

  /** {@return the smallest document that shows the defect} */
  String reproducer() {
    return reproducer;
  }

  /** {@return whether the reproducer still shows the defect} */
  boolean stillOpen() {
    try {
      return reproduces(reproducer);
    } catch (RuntimeException e) {
      return true;
    }
  }

  /**
   * {@return whether a document shows the defect; each entry overrides this}
   *
   * @param document the reproducer
   */
  boolean reproduces(String document) {
    return false;
  }

  /**
   * {@return whether this defect explains a breach of the oracle; each entry overrides this}
   *
   * @param breach what the oracle threw
   * @param mutant the mutant's text
   */
  boolean excuses(Throwable breach, String mutant) {
    return false;
  }

  /**
   * {@return whether writing this mutant would exhaust memory or time because of this defect}
   *
   * @param mutant the mutant's text
   */
  boolean endangers(String mutant) {
    return false;
  }

  /** {@return the oracle stage at which a breach happened, or empty} */
  static String stage(Throwable breach) {
    return breach instanceof Breach b ? b.stage : "";
  }
}
