package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import java.util.Objects;
import java.util.Optional;

/**
 * How strongly a cause drives its effect: a named level or a number in (0, 1]. Immutable and thread-safe.
 * A named level and the same bare number are different values, because a document writes them differently.
 *
 * @param value the strength in (0, 1]
 * @param level the named level, when the strength was given as one
 */
public record Strength(double value, Optional<Level> level) implements Comparable<Strength> {

  /** Named strengths, as people draw them on a map. */
  public enum Level implements Keyed {
    /** A plausible but minor influence: 0.3. */
    WEAK(0.3),
    /** A clear influence: 0.6. */
    MODERATE(0.6),
    /** The main driver: 0.9. */
    STRONG(0.9);

    private final double value;

    Level(double value) {
      this.value = value;
    }

    /** {@return the number this level stands for} */
    public double value() {
      return value;
    }

    /** {@return the {@linkplain #key() key}, the canonical text form} */
    @Override
    public String toString() {
      return key();
    }
  }

  /** A weak link. */
  public static final Strength WEAK = new Strength(Level.WEAK.value, Optional.of(Level.WEAK));
  /** A moderate link. */
  public static final Strength MODERATE = new Strength(Level.MODERATE.value, Optional.of(Level.MODERATE));
  /** A strong link. */
  public static final Strength STRONG = new Strength(Level.STRONG.value, Optional.of(Level.STRONG));
  /**
   * What analyses assume for a link whose strength nobody stated: moderate. Counting it as 1 would let an
   * unannotated chain outrank one marked strong and pass a change on in full; counting it as weak would punish
   * maps drawn without numbers, which are most of them. Moderate says "a clear influence", which is what an
   * arrow on a strategy map claims.
   */
  public static final Strength UNSTATED = MODERATE;

  /**
   * Validates the components.
   *
   * @param value the strength in (0, 1]
   * @param level the named level, when the strength was given as one
   * @throws io.github.bsckit.core.ValidationException if the value is outside (0, 1] or disagrees with the level
   */
  public Strength {
    Objects.requireNonNull(level, "level");
    Checks c = new Checks();
    if (!(value > 0 && value <= 1)) {
      c.add("", "strength must be in (0, 1] but was " + value);
    } else if (level.isPresent() && level.get().value != value) {
      c.add("", "strength " + level.get().key() + " is " + level.get().value + " but the value was " + value);
    }
    c.throwIfAny();
  }

  /**
   * {@return a numeric strength}
   *
   * @param value the strength in (0, 1]
   */
  public static Strength of(double value) {
    return new Strength(value, Optional.empty());
  }

  /**
   * {@return the strength of a named level}
   *
   * @param level the level
   */
  public static Strength of(Level level) {
    return switch (Objects.requireNonNull(level, "level")) {
      case WEAK -> WEAK;
      case MODERATE -> MODERATE;
      case STRONG -> STRONG;
    };
  }

  /**
   * Parses {@code weak}, {@code moderate}, {@code strong} or a number in (0, 1].
   *
   * @param text the text
   * @return the strength
   * @throws io.github.bsckit.core.ValidationException if the text is neither
   */
  public static Strength parse(String text) {
    Objects.requireNonNull(text, "text");
    for (Level l : Level.values()) {
      if (l.key().equals(text)) {
        return of(l);
      }
    }
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    if (Double.isNaN(v)) {
      Checks c = new Checks();
      c.add("", "strength must be weak, moderate, strong or a number in (0, 1] but was \"" + text + "\"");
      c.throwIfAny();
    }
    return of(v);
  }

  @Override
  public int compareTo(Strength o) {
    return Double.compare(value, o.value);
  }

  /** {@return the level's name, or the number} */
  @Override
  public String toString() {
    return level.map(Level::key).orElseGet(() -> Numbers.plain(value));
  }
}
