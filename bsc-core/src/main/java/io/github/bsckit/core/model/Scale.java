package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a KPI's values are: numbers (the default), the levels of an ordered scale such as a credit rating, or
 * the two states of a milestone, not done and done. Immutable and thread-safe.
 *
 * <pre>{@code
 * Scale rating = Scale.ordinal("D", "C", "B", "BB", "BBB", "A", "AA", "AAA");   // worst first
 * rating.indexOf("AA");   // OptionalInt[6]
 * rating.format(7);       // "AAA"
 * }</pre>
 *
 * <p>On an ordinal or milestone scale a value is the position of a level, counted from 0 at the first
 * level: baselines, targets, milestones and actuals are those whole numbers, so that scoring counts steps
 * on the scale ("from AA to AAA" is one step) and every method of {@link io.github.bsckit.core.scoring}
 * works unchanged. Documents and CSV files write the level's text, never the position.
 */
public final class Scale {
  /** The kinds of scale. */
  public enum Type {
    /** Plain numbers with a unit. */
    NUMBERS,
    /** An ordered list of levels, listed from the first (lowest) to the last (highest). */
    ORDINAL,
    /** Done by a date, or not: the levels {@code not done} (0) and {@code done} (1). */
    MILESTONE
  }

  /** The label of a milestone that is not done yet, position 0. */
  public static final String NOT_DONE = "not done";
  /** The label of a milestone that is done, position 1. */
  public static final String DONE = "done";

  private static final Scale NUMBERS = new Scale(Type.NUMBERS, List.of());
  private static final Scale MILESTONE = new Scale(Type.MILESTONE, List.of(NOT_DONE, DONE));

  /** The most levels an ordinal scale may have. */
  public static final int MAX_LEVELS = 100;

  private final Type type;
  private final List<String> levels;

  private Scale(Type type, List<String> levels) {
    this.type = type;
    this.levels = levels;
  }

  /** {@return the scale of plain numbers, every KPI's default} */
  public static Scale numbers() {
    return NUMBERS;
  }

  /** {@return the scale of a milestone: not done (0), done (1)} */
  public static Scale milestone() {
    return MILESTONE;
  }

  /**
   * Returns an ordinal scale.
   *
   * @param levels the levels from the first (lowest) to the last (highest), at least 2, at most
   *     {@value #MAX_LEVELS}, distinct, not blank, each at most 100 characters
   * @return the scale
   * @throws io.github.bsckit.core.ValidationException naming each bad level
   */
  public static Scale ordinal(List<String> levels) {
    Objects.requireNonNull(levels, "levels");
    Checks c = new Checks();
    if (levels.size() < 2 || levels.size() > MAX_LEVELS) {
      c.add("scale", "must list 2 to " + MAX_LEVELS + " levels but listed " + levels.size());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < levels.size(); i++) {
      String level = Objects.requireNonNull(levels.get(i), () -> "levels[" + levels.indexOf(null) + "]");
      String at = "scale[" + i + "]";
      if (level.isBlank()) {
        c.add(at, "must not be blank but was \"" + level + "\"");
      } else if (level.length() > 100) {
        c.add(at, "must be at most 100 characters but was " + level.length());
      } else if (!level.strip().equals(level)) {
        c.add(at, "must not start or end with a space but was \"" + level + "\"");
      } else if (!seen.add(level)) {
        c.add(at, "must differ from the levels before it but repeats \"" + level + "\"");
      }
    }
    c.throwIfAny();
    return new Scale(Type.ORDINAL, List.copyOf(levels));
  }

  /**
   * Returns an ordinal scale.
   *
   * @param levels the levels from the first (lowest) to the last (highest); see {@link #ordinal(List)}
   * @return the scale
   * @throws io.github.bsckit.core.ValidationException naming each bad level
   */
  public static Scale ordinal(String... levels) {
    return ordinal(List.of(Objects.requireNonNull(levels, "levels")));
  }

  /** {@return the kind of scale} */
  public Type type() {
    return type;
  }

  /** {@return true for plain numbers} */
  public boolean isNumbers() {
    return type == Type.NUMBERS;
  }

  /** {@return true for an ordinal scale} */
  public boolean isOrdinal() {
    return type == Type.ORDINAL;
  }

  /** {@return true for a milestone} */
  public boolean isMilestone() {
    return type == Type.MILESTONE;
  }

  /** {@return the levels from the first to the last; empty for numbers} */
  public List<String> levels() {
    return levels;
  }

  /**
   * Tells whether a value is one this scale can hold: any finite number on a number scale, the position of a
   * level (a whole number from 0 to the number of levels − 1) on the others.
   *
   * @param value the value
   * @return true if the scale holds it
   */
  public boolean holds(double value) {
    if (type == Type.NUMBERS) {
      return Double.isFinite(value);
    }
    return value == Math.rint(value) && value >= 0 && value < levels.size();
  }

  /**
   * Finds a level.
   *
   * @param label the level's text, exactly as the scale lists it
   * @return its position, or empty when it is no level of this scale (always, for numbers)
   */
  public OptionalInt indexOf(String label) {
    int i = levels.indexOf(Objects.requireNonNull(label, "label"));
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * Writes a value as this scale writes it.
   *
   * @param value a value the scale {@linkplain #holds holds}
   * @return the level's text, or for numbers the number ({@code 90}, {@code 87.5})
   * @throws io.github.bsckit.core.ValidationException if the scale does not hold the value
   */
  public String format(double value) {
    if (!holds(value)) {
      Checks c = new Checks();
      c.add("value", mustHold(value));
      c.throwIfAny();
    }
    return type == Type.NUMBERS ? io.github.bsckit.core.internal.Numbers.plain(value) : levels.get((int) value);
  }

  /** {@return the message for a value the scale does not hold} */
  String mustHold(double value) {
    return switch (type) {
      case NUMBERS -> "must be a finite number but was " + value;
      case ORDINAL, MILESTONE -> "must be a level of the scale " + this + " (a position from 0 to "
          + (levels.size() - 1) + ") but was " + io.github.bsckit.core.internal.Numbers.plain(value);
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scale s && type == s.type && levels.equals(s.levels);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + levels.hashCode();
  }

  /** {@return {@code numbers}, {@code milestone}, or the levels in order: {@code D < C < B}} */
  @Override
  public String toString() {
    return switch (type) {
      case NUMBERS -> "numbers";
      case MILESTONE -> "milestone";
      case ORDINAL -> String.join(" < ", levels);
    };
  }
}
