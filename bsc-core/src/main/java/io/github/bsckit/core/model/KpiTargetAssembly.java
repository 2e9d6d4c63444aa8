package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.DidYouMean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Kpi.Builder} takes a KPI's way, its baseline, target and milestones with the scale their values
 * are on, kept apart from {@link KpiAssembly}'s description of the KPI. Dates and levels are kept as given
 * and checked when the KPI is built, which reports every problem at once.
 */
abstract sealed class KpiTargetAssembly permits KpiAssembly {
  private double baselineValue;
  private String baselineLevel;
  private Object baselineDate;
  private double targetValue;
  private String targetLevel;
  private Object targetDate;
  private TargetKind targetKind = TargetKind.REACH;
  private Scale scale = Scale.numbers();
  // Made on the first milestone: most KPIs have none, and a document reads thousands of KPIs.
  private List<Double> milestoneValues = List.of();
  private List<String> milestoneLevels = List.of();
  private List<Object> milestoneDates = List.of();

  KpiTargetAssembly() {
  }

  /** {@return this, as the builder it is} */
  final Kpi.Builder self() {
    return (Kpi.Builder) this;
  }

  /**
   * {@return this builder}
   *
   * @param value the baseline value
   * @param date the baseline date
   */
  public Kpi.Builder baseline(double value, LocalDate date) {
    return baselineAt(value, Objects.requireNonNull(date, "date"));
  }

  /**
   * {@return this builder}
   *
   * @param value the baseline value
   * @param isoDate the baseline date as {@code yyyy-mm-dd}
   */
  public Kpi.Builder baseline(double value, String isoDate) {
    return baselineAt(value, Objects.requireNonNull(isoDate, "isoDate"));
  }

  private Kpi.Builder baselineAt(double value, Object date) {
    this.baselineValue = value;
    this.baselineLevel = null;
    this.baselineDate = date;
    return self();
  }

  /**
   * Sets the baseline of an ordinal or milestone KPI as a level of its {@linkplain #scale(Scale) scale}.
   *
   * @param level the level's text, such as {@code AA}
   * @param isoDate the baseline date as {@code yyyy-mm-dd}
   * @return this builder
   */
  public Kpi.Builder baseline(String level, String isoDate) {
    baselineAt(0, Objects.requireNonNull(isoDate, "isoDate"));
    baselineLevel = Objects.requireNonNull(level, "level");
    return self();
  }

  /**
   * Sets the baseline of an ordinal or milestone KPI as a level of its {@linkplain #scale(Scale) scale}.
   *
   * @param level the level's text, such as {@code AA}
   * @param date the baseline date
   * @return this builder
   */
  public Kpi.Builder baseline(String level, LocalDate date) {
    baselineAt(0, Objects.requireNonNull(date, "date"));
    baselineLevel = Objects.requireNonNull(level, "level");
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param value the target value
   * @param date the target date
   */
  public Kpi.Builder target(double value, LocalDate date) {
    return targetAt(value, Objects.requireNonNull(date, "date"));
  }

  /**
   * {@return this builder}
   *
   * @param value the target value
   * @param isoDate the target date as {@code yyyy-mm-dd}
   */
  public Kpi.Builder target(double value, String isoDate) {
    return targetAt(value, Objects.requireNonNull(isoDate, "isoDate"));
  }

  private Kpi.Builder targetAt(double value, Object date) {
    this.targetValue = value;
    this.targetLevel = null;
    this.targetDate = date;
    this.targetKind = TargetKind.REACH;
    return self();
  }

  private Kpi.Builder targetAt(String level, Object date, TargetKind kind) {
    targetAt(0, date);
    this.targetLevel = Objects.requireNonNull(level, "level");
    this.targetKind = kind;
    return self();
  }

  /**
   * Sets a target level to reach on an ordinal KPI's {@linkplain #scale(Scale) scale}.
   *
   * @param level the level's text, such as {@code AAA}
   * @param isoDate the target date as {@code yyyy-mm-dd}
   * @return this builder
   */
  public Kpi.Builder target(String level, String isoDate) {
    return targetAt(level, Objects.requireNonNull(isoDate, "isoDate"), TargetKind.REACH);
  }

  /**
   * Sets a target level to reach on an ordinal KPI's {@linkplain #scale(Scale) scale}.
   *
   * @param level the level's text, such as {@code AAA}
   * @param date the target date
   * @return this builder
   */
  public Kpi.Builder target(String level, LocalDate date) {
    return targetAt(level, Objects.requireNonNull(date, "date"), TargetKind.REACH);
  }

  /**
   * Sets a floor as the target: keep the value at or above {@code value} ("at least 70% participation"),
   * a target often met already at the baseline. The direction is INCREASE.
   *
   * @param value the floor
   * @param isoDate the date the floor holds by, as {@code yyyy-mm-dd}
   * @return this builder
   */
  public Kpi.Builder atLeast(double value, String isoDate) {
    targetAt(value, Objects.requireNonNull(isoDate, "isoDate"));
    return targetKind(TargetKind.AT_LEAST);
  }

  /**
   * Sets a floor as the target; see {@link #atLeast(double, String)}.
   *
   * @param value the floor
   * @param date the date the floor holds by
   * @return this builder
   */
  public Kpi.Builder atLeast(double value, LocalDate date) {
    targetAt(value, Objects.requireNonNull(date, "date"));
    return targetKind(TargetKind.AT_LEAST);
  }

  /**
   * Sets a level of an ordinal KPI as a floor ("a credit rating of AA or better").
   *
   * @param level the lowest acceptable level
   * @param isoDate the date the floor holds by, as {@code yyyy-mm-dd}
   * @return this builder
   */
  public Kpi.Builder atLeast(String level, String isoDate) {
    return targetAt(level, Objects.requireNonNull(isoDate, "isoDate"), TargetKind.AT_LEAST);
  }

  /**
   * Sets a ceiling as the target: keep the value at or below {@code value} ("debt service at or below 2%",
   * "no audit findings" is {@code atMost(0, …)}). The direction is DECREASE.
   *
   * @param value the ceiling
   * @param isoDate the date the ceiling holds by, as {@code yyyy-mm-dd}
   * @return this builder
   */
  public Kpi.Builder atMost(double value, String isoDate) {
    targetAt(value, Objects.requireNonNull(isoDate, "isoDate"));
    return targetKind(TargetKind.AT_MOST);
  }

  /**
   * Sets a ceiling as the target; see {@link #atMost(double, String)}.
   *
   * @param value the ceiling
   * @param date the date the ceiling holds by
   * @return this builder
   */
  public Kpi.Builder atMost(double value, LocalDate date) {
    targetAt(value, Objects.requireNonNull(date, "date"));
    return targetKind(TargetKind.AT_MOST);
  }

  /**
   * Sets a level of an ordinal KPI as a ceiling ("a risk rating of medium or lower").
   *
   * @param level the highest acceptable level
   * @param isoDate the date the ceiling holds by, as {@code yyyy-mm-dd}
   * @return this builder
   */
  public Kpi.Builder atMost(String level, String isoDate) {
    return targetAt(level, Objects.requireNonNull(isoDate, "isoDate"), TargetKind.AT_MOST);
  }

  /**
   * Sets what the target asks for; {@link #target}, {@link #atLeast} and {@link #atMost} set it too.
   *
   * @param targetKind reach, at least or at most
   * @return this builder
   */
  public Kpi.Builder targetKind(TargetKind targetKind) {
    this.targetKind = Objects.requireNonNull(targetKind, "targetKind");
    return self();
  }

  /**
   * Sets what the values are. On an ordinal or milestone scale the baseline, target and milestones are
   * levels: give them as text ({@code target("AAA", …)}) or as positions counted from 0.
   *
   * @param scale numbers (the default), an ordinal scale or a milestone
   * @return this builder
   */
  public Kpi.Builder scale(Scale scale) {
    this.scale = Objects.requireNonNull(scale, "scale");
    return self();
  }

  /**
   * Makes this an ordinal KPI, {@code scale(Scale.ordinal(levels))}.
   *
   * @param levels the levels from the first (lowest) to the last (highest), such as
   *     {@code "not started", "in progress", "done"}
   * @return this builder
   */
  public Kpi.Builder ordinal(String... levels) {
    return scale(Scale.ordinal(levels));
  }

  /**
   * Makes this a milestone KPI, done by a date ("successful implementation of the new ERP"): its scale is
   * {@linkplain Scale#milestone() not done, done} and its target is {@code done} at {@code isoDate}.
   *
   * @param isoDate the date it is due, as {@code yyyy-mm-dd}
   * @return this builder
   */
  public Kpi.Builder doneBy(String isoDate) {
    return scale(Scale.milestone()).target(1, isoDate);
  }

  /**
   * Makes this a milestone KPI, done by a date; see {@link #doneBy(String)}.
   *
   * @param date the date it is due
   * @return this builder
   */
  public Kpi.Builder doneBy(LocalDate date) {
    return scale(Scale.milestone()).target(1, date);
  }

  /**
   * Adds a dated milestone; milestones must come in date order.
   *
   * @param value the milestone value
   * @param date the milestone date
   * @return this builder
   */
  public Kpi.Builder milestone(double value, LocalDate date) {
    return milestoneAt(value, null, Objects.requireNonNull(date, "date"));
  }

  /**
   * Adds a dated milestone; milestones must come in date order.
   *
   * @param value the milestone value
   * @param isoDate the milestone date as {@code yyyy-mm-dd}
   * @return this builder
   */
  public Kpi.Builder milestone(double value, String isoDate) {
    return milestoneAt(value, null, Objects.requireNonNull(isoDate, "isoDate"));
  }

  /**
   * Adds a dated milestone of an ordinal KPI as a level of its scale; milestones must come in date order.
   *
   * @param level the level's text
   * @param isoDate the milestone date as {@code yyyy-mm-dd}
   * @return this builder
   */
  public Kpi.Builder milestone(String level, String isoDate) {
    Objects.requireNonNull(level, "level");
    return milestoneAt(0.0, level, Objects.requireNonNull(isoDate, "isoDate"));
  }

  private Kpi.Builder milestoneAt(double value, String level, Object date) {
    if (milestoneDates.isEmpty()) {
      milestoneValues = new ArrayList<>();
      milestoneLevels = new ArrayList<>();
      milestoneDates = new ArrayList<>();
    }
    milestoneValues.add(value);
    milestoneLevels.add(level);
    milestoneDates.add(date);
    return self();
  }

  /** {@return what the target asks for} */
  final TargetKind targetKind() {
    return targetKind;
  }

  /** {@return what the values are} */
  final Scale scale() {
    return scale;
  }

  /** {@return the baseline, empty when there is none or it is wrong (reported)} */
  final Optional<DatedValue> baselineIn(Checks c) {
    return dated(c, "baseline", -1, baselineLevel, baselineValue, baselineDate);
  }

  /** {@return the target, empty when there is none or it is wrong (reported)} */
  final Optional<DatedValue> targetIn(Checks c) {
    return dated(c, "target", -1, targetLevel, targetValue, targetDate);
  }

  /** {@return the milestones that are right; the wrong ones are reported} */
  final List<DatedValue> milestonesIn(Checks c) {
    if (milestoneDates.isEmpty()) {
      return List.of();
    }
    List<DatedValue> ms = new ArrayList<>(milestoneDates.size());
    for (int i = 0; i < milestoneDates.size(); i++) {
      dated(c, "milestones", i, milestoneLevels.get(i), milestoneValues.get(i), milestoneDates.get(i))
          .ifPresent(ms::add);
    }
    return ms;
  }

  /** The position of a level given as text, or the value given as a number; null (reported) for no level. */
  private Double level(Checks c, String path, String level, double value) {
    if (level == null) {
      return value;
    }
    var i = scale.indexOf(level);
    if (i.isEmpty()) {
      c.add(path + ".value", scale.isNumbers() ? "must be a number, as the KPI has no scale of levels, but was \""
          + level + "\"" : "must be a level of the scale " + scale + " but was \"" + level + "\""
          + DidYouMean.hint(level, scale.levels()));
      return null;
    }
    return (double) i.getAsInt();
  }

  /**
   * {@return the dated value at {@code list[index]} (at {@code list} when {@code index} is negative); empty when
   * there is none or it is wrong (reported)}. The path's text is made only for a problem.
   */
  private Optional<DatedValue> dated(Checks c, String list, int index, String level, double given, Object date) {
    if (date == null) {
      return Optional.empty();
    }
    // In the order the checks always ran: the level, then the date, then the value.
    double value = given;
    if (level != null) {
      Double position = level(c, at(list, index), level, given);
      if (position == null) {
        c.date(at(list, index) + ".date", date);
        return Optional.empty();
      }
      value = position;
    }
    LocalDate d = date instanceof LocalDate known ? known : c.date(at(list, index) + ".date", date);
    if (!Double.isFinite(value)) {
      c.finite(at(list, index) + ".value", value);
      return Optional.empty();
    }
    return d == null ? Optional.empty() : Optional.of(DatedValue.of(value, d));
  }

  private static String at(String list, int index) {
    return index < 0 ? list : list + "[" + index + "]";
  }
}
