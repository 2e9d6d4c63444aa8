package io.github.bsckit.core.model;

import io.github.bsckit.core.formula.Formula;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.pacing.Pacing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A key performance indicator (a measure) of an objective, with its baseline, target and the milestones in
 * between. Immutable and thread-safe; build one with {@link #builder(String, String)}:
 *
 * <pre>{@code
 * Kpi retention = Kpi.builder("retention", "Customer retention rate")
 *     .lagging().unit("%").baseline(85, "2026-01-01").target(90, "2026-12-31").build();
 * }</pre>
 *
 * @param id the id, unique within the scorecard
 * @param name the display name, not blank
 * @param unit the unit as people write it ({@code %}, {@code $}, {@code days}), possibly empty
 * @param indicator leading or lagging
 * @param direction which way is better
 * @param range the band to stay in: present exactly when the direction is RANGE
 * @param kind a level (state) or a flow (adds up over periods)
 * @param frequency how often it is measured
 * @param precision how many decimals its values carry, 0 to 10
 * @param weight its weight in its objective's score, finite and not negative
 * @param baseline where it started, if known
 * @param target where it should be, if set; its date is after the baseline's
 * @param milestones dated intermediate targets, sorted by date, strictly between baseline and target dates
 * @param pacing how the way from baseline to target is spread over the quarters between milestones, if set
 *     (the expected path is linear without one)
 * @param thresholds status thresholds overriding the scorecard's, if any
 * @param scoring the scoring method overriding the scorecard's default, if any
 * @param targetKind whether the target is to be reached (the default) or kept as a floor or a ceiling
 * @param scale what the values are: numbers, the levels of an ordinal scale, or a milestone's not done and done
 * @param aggregate how a LEVEL KPI's values within a period make the period's value (LAST for a FLOW, whose
 *     values add up)
 * @param emptyPeriods what a period without an actual gets in a period series
 * @param formula for a calculated KPI, the formula its values are computed by from other KPIs' period values
 */
public record Kpi(
    KpiId id,
    String name,
    String unit,
    Indicator indicator,
    Direction direction,
    Optional<Range> range,
    KpiKind kind,
    Frequency frequency,
    int precision,
    double weight,
    Optional<DatedValue> baseline,
    Optional<DatedValue> target,
    List<DatedValue> milestones,
    Optional<Pacing> pacing,
    Optional<Thresholds> thresholds,
    Optional<ScoringSpec> scoring,
    TargetKind targetKind,
    Scale scale,
    LevelAggregate aggregate,
    EmptyPeriods emptyPeriods,
    Optional<Formula> formula) {

  /** The default precision: two decimals. */
  public static final int DEFAULT_PRECISION = 2;

  /**
   * Validates every component and reports all problems at once.
   *
   * @param id the id, unique within the scorecard
   * @param name the display name, not blank
   * @param unit the unit as people write it ({@code %}, {@code $}, {@code days}), possibly empty
   * @param indicator leading or lagging
   * @param direction which way is better
   * @param range the band to stay in: present exactly when the direction is RANGE
   * @param kind a level (state) or a flow (adds up over periods)
   * @param frequency how often it is measured
   * @param precision how many decimals its values carry, 0 to 10
   * @param weight its weight in its objective's score, finite and not negative
   * @param baseline where it started, if known
   * @param target where it should be, if set; its date is after the baseline's
   * @param milestones dated intermediate targets, sorted by date, strictly between baseline and target dates
   * @param pacing how the way from baseline to target is spread over the quarters, if set
   * @param thresholds status thresholds overriding the scorecard's, if any
   * @param scoring the scoring method overriding the scorecard's default, if any
   * @param targetKind whether the target is to be reached (the default) or kept as a floor or a ceiling;
   *     AT_LEAST needs direction INCREASE and AT_MOST needs DECREASE
   * @param scale what the values are; on an ordinal or milestone scale the baseline, target and milestones
   *     are positions of its levels, and such a KPI has no unit, is a LEVEL and is not RANGE; a milestone KPI
   *     also has no milestones and its target, if any, is {@code done}
   * @param aggregate how a LEVEL KPI's values within a period make the period's value; a FLOW's add up, so it
   *     must be LAST
   * @param emptyPeriods what a period without an actual gets: CARRY only for a LEVEL, ZERO only for a FLOW
   * @param formula for a calculated KPI, its formula; numbers only
   * @throws io.github.bsckit.core.ValidationException listing each broken invariant
   */
  public Kpi {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(pacing, "pacing");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(targetKind, "targetKind");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(aggregate, "aggregate");
    Objects.requireNonNull(emptyPeriods, "emptyPeriods");
    Objects.requireNonNull(formula, "formula");
    milestones = List.copyOf(milestones);
    Checks c = new Checks();
    c.text("name", name);
    c.notTooLong("unit", unit);
    c.between("precision", precision, 0, 10);
    c.weight("weight", weight);
    if (direction == Direction.RANGE && range.isEmpty()) {
      c.add("range", "is required when direction is range");
    } else if (direction != Direction.RANGE && range.isPresent()) {
      c.add("range", "is only allowed when direction is range, but direction is " + direction.key());
    }
    if (baseline.isPresent() && target.isPresent() && !target.get().date().isAfter(baseline.get().date())) {
      c.add("target.date", "must be after the baseline date " + baseline.get().date() + " but was "
          + target.get().date());
    }
    for (int i = 0; i < milestones.size(); i++) {
      LocalDate d = milestones.get(i).date();
      if (i > 0 && !d.isAfter(milestones.get(i - 1).date())) {
        c.add("milestones[" + i + "].date", "must be after the previous milestone's date "
            + milestones.get(i - 1).date() + " but was " + d);
      }
      if (baseline.isPresent() && !d.isAfter(baseline.get().date())) {
        c.add("milestones[" + i + "].date", "must be after the baseline date " + baseline.get().date()
            + " but was " + d);
      }
      if (target.isPresent() && !d.isBefore(target.get().date())) {
        c.add("milestones[" + i + "].date", "must be before the target date " + target.get().date()
            + " but was " + d);
      }
    }
    checkTarget(c, direction, target, targetKind);
    checkScale(c, scale, unit, direction, kind, targetKind, baseline, target, milestones);
    checkPeriods(c, kind, aggregate, emptyPeriods, scale, formula);
    c.throwIfAny();
  }

  /**
   * A KPI as before calculated KPIs and period policies: its values are its own actuals, a LEVEL's period value
   * is its last, and an empty period is a gap.
   *
   * @param id the id, unique within the scorecard
   * @param name the display name, not blank
   * @param unit the unit, possibly empty
   * @param indicator leading or lagging
   * @param direction which way is better
   * @param range the band to stay in: present exactly when the direction is RANGE
   * @param kind a level or a flow
   * @param frequency how often it is measured
   * @param precision how many decimals its values carry, 0 to 10
   * @param weight its weight in its objective's score
   * @param baseline where it started, if known
   * @param target where it should be, if set
   * @param milestones dated intermediate targets
   * @param pacing how the way from baseline to target is spread over the quarters, if set
   * @param thresholds status thresholds overriding the scorecard's, if any
   * @param scoring the scoring method overriding the scorecard's default, if any
   * @param targetKind whether the target is to be reached or kept as a floor or a ceiling
   * @param scale what the values are
   * @throws io.github.bsckit.core.ValidationException listing each broken invariant
   */
  public Kpi(KpiId id, String name, String unit, Indicator indicator, Direction direction, Optional<Range> range,
      KpiKind kind, Frequency frequency, int precision, double weight, Optional<DatedValue> baseline,
      Optional<DatedValue> target, List<DatedValue> milestones, Optional<Pacing> pacing,
      Optional<Thresholds> thresholds, Optional<ScoringSpec> scoring, TargetKind targetKind, Scale scale) {
    this(id, name, unit, indicator, direction, range, kind, frequency, precision, weight, baseline, target,
        milestones, pacing, thresholds, scoring, targetKind, scale, LevelAggregate.LAST, EmptyPeriods.GAP,
        Optional.empty());
  }

  private static void checkPeriods(Checks c, KpiKind kind, LevelAggregate aggregate, EmptyPeriods empty, Scale scale,
      Optional<Formula> formula) {
    if (kind == KpiKind.FLOW && aggregate != LevelAggregate.LAST) {
      c.add("aggregate", "must be last for a flow, whose values add up over a period, but was " + aggregate.key());
    }
    if (kind == KpiKind.FLOW && empty == EmptyPeriods.CARRY) {
      c.add("emptyPeriods", "must be gap or zero for a flow: an amount is not carried into the next period");
    }
    if (kind == KpiKind.LEVEL && empty == EmptyPeriods.ZERO) {
      c.add("emptyPeriods", "must be gap or carry for a level: a state is not zero because it was not measured");
    }
    if (formula.isPresent() && !scale.isNumbers()) {
      c.add("formula", "is only allowed on a KPI of numbers, but this one has the scale " + scale);
    }
  }

  /** {@return true if this KPI's values are computed by a formula from other KPIs} */
  public boolean isCalculated() {
    return formula.isPresent();
  }

  private static void checkTarget(Checks c, Direction direction, Optional<DatedValue> target, TargetKind kind) {
    if (kind.isOneSided() && target.isEmpty()) {
      c.add("target", "is required when the target kind is " + key(kind));
    }
    kind.impliedDirection().ifPresent(implied -> {
      if (direction != implied) {
        c.add("direction", "must be " + key(implied) + " for a target kept " + (kind == TargetKind.AT_LEAST
            ? "at or above" : "at or below") + " its value, but was " + key(direction));
      }
    });
  }

  private static void checkScale(Checks c, Scale scale, String unit, Direction direction, KpiKind kind,
      TargetKind targetKind,
      Optional<DatedValue> baseline, Optional<DatedValue> target, List<DatedValue> milestones) {
    if (scale.isNumbers()) {
      return;
    }
    String what = scale.isMilestone() ? "a milestone KPI" : "an ordinal KPI";
    if (!unit.isEmpty()) {
      c.add("unit", "must be empty for " + what + ", whose levels say what they mean, but was \"" + unit + "\"");
    }
    if (direction == Direction.RANGE) {
      c.add("direction", "must be increase or decrease for " + what + " but was range");
    }
    if (kind != KpiKind.LEVEL) {
      c.add("kind", "must be level for " + what + " but was " + key(kind));
    }
    baseline.filter(v -> !scale.holds(v.value())).ifPresent(v -> c.add("baseline.value", scale.mustHold(v.value())));
    target.filter(v -> !scale.holds(v.value())).ifPresent(v -> c.add("target.value", scale.mustHold(v.value())));
    for (int i = 0; i < milestones.size(); i++) {
      if (!scale.holds(milestones.get(i).value())) {
        c.add("milestones[" + i + "].value", scale.mustHold(milestones.get(i).value()));
      }
    }
    if (scale.isMilestone()) {
      if (direction != Direction.INCREASE) {
        c.add("direction", "must be increase for a milestone KPI (done is better than not done) but was "
            + key(direction));
      }
      if (!milestones.isEmpty()) {
        c.add("milestones", "must be empty for a milestone KPI, which is done once, but has " + milestones.size());
      }
      if (targetKind.isOneSided()) {
        c.add("target", "must be a date to be done by for a milestone KPI, not a floor or a ceiling");
      }
      target.filter(v -> v.value() != 1).ifPresent(v -> c.add("target.value", "must be done for a milestone KPI"
          + " but was " + scale.format(v.value())));
    }
  }

  private static String key(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * Starts a builder with the defaults: lagging, level, monthly, precision 2, weight 1, no unit, numbers, a
   * target to reach. The direction, unless set, is inferred when the KPI is built: INCREASE for a floor
   * ({@link Builder#atLeast(double, String) atLeast}), DECREASE for a ceiling ({@link Builder#atMost(double,
   * String) atMost}), DECREASE when the target lies below the baseline (a count of audit findings to bring
   * down), and INCREASE otherwise, including when there is no baseline or the target equals it.
   *
   * @param id the id
   * @param name the display name
   * @return a new builder
   */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** {@return a builder holding every field of this KPI, to derive a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder(id.value(), name).unit(unit).indicator(indicator).direction(direction).kind(kind)
        .frequency(frequency).precision(precision).weight(weight).scale(scale);
    range.ifPresent(r -> b.range = r);
    baseline.ifPresent(v -> b.baseline(v.value(), v.date()));
    target.ifPresent(v -> b.target(v.value(), v.date()).targetKind(targetKind));
    milestones.forEach(m -> b.milestone(m.value(), m.date()));
    pacing.ifPresent(b::pacing);
    thresholds.ifPresent(b::thresholds);
    scoring.ifPresent(b::scoring);
    b.aggregate(aggregate).emptyPeriods(emptyPeriods);
    formula.ifPresent(b::formula);
    return b;
  }

  /** {@return true if this KPI is a leading indicator} */
  public boolean isLeading() {
    return indicator == Indicator.LEADING;
  }

  /**
   * {@return this KPI with another target}
   *
   * @param target the new target
   */
  public Kpi withTarget(DatedValue target) {
    return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, precision, weight, baseline,
        Optional.of(target), milestones, pacing, thresholds, scoring, targetKind, scale, aggregate, emptyPeriods, formula);
  }

  /** {@return this KPI without a target (and therefore without milestones)} */
  public Kpi withoutTarget() {
    return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, precision, weight, baseline,
        Optional.empty(), List.of(), pacing, thresholds, scoring, TargetKind.REACH, scale, aggregate,
        emptyPeriods, formula);
  }

  /**
   * {@return this KPI with another baseline}
   *
   * @param baseline the new baseline
   */
  public Kpi withBaseline(DatedValue baseline) {
    return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, precision, weight,
        Optional.of(baseline), target, milestones, pacing, thresholds, scoring, targetKind, scale, aggregate, emptyPeriods, formula);
  }

  /**
   * {@return this KPI with another pacing}
   *
   * @param pacing the pacing of its way from baseline to target
   */
  public Kpi withPacing(Pacing pacing) {
    return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, precision, weight, baseline,
        target, milestones, Optional.of(pacing), thresholds, scoring, targetKind, scale, aggregate, emptyPeriods, formula);
  }

  /**
   * {@return this KPI with another weight}
   *
   * @param weight the weight, finite and not negative
   */
  public Kpi withWeight(double weight) {
    return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, precision, weight, baseline,
        target, milestones, pacing, thresholds, scoring, targetKind, scale, aggregate, emptyPeriods, formula);
  }

  /**
   * {@return for example {@code retention "Customer retention rate" lagging increase 85% -> 90% by 2026-12-31},
   * {@code participation "Participation" lagging increase 87% -> at least 70% by 2026-12-31},
   * {@code rating "Credit rating" lagging increase [D < C < B] C -> B by 2027-12-31} or
   * {@code erp "ERP implementation" lagging milestone target done by 2026-09-30}}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(id).append(" \"").append(name).append("\" ")
        .append(indicator.key()).append(' ').append(scale.isMilestone() ? "milestone" : direction.key());
    if (scale.isOrdinal()) {
      sb.append(" [").append(scale).append(']');
    }
    range.ifPresent(r -> sb.append(" [").append(Numbers.withUnit(r.low(), unit)).append(", ")
        .append(Numbers.withUnit(r.high(), unit)).append(']'));
    baseline.ifPresent(b -> sb.append(' ').append(scale.isNumbers() ? Numbers.withUnit(b.value(), unit)
        : scale.format(b.value())));
    target.ifPresent(t -> sb.append(baseline.isPresent() ? " -> " : " target ")
        .append(targetKind == TargetKind.AT_LEAST ? "at least " : targetKind == TargetKind.AT_MOST ? "at most " : "")
        .append(scale.isNumbers() ? Numbers.withUnit(t.value(), unit) : scale.format(t.value()))
        .append(" by ").append(t.date()));
    formula.ifPresent(f -> sb.append(" = ").append(f));
    return sb.toString();
  }

  /** {@return true if the target is a floor or a ceiling to keep rather than a value to reach} */
  public boolean isOneSided() {
    return targetKind.isOneSided();
  }

  /**
   * Builds a {@link Kpi}. Setters return this builder; {@link #build()} validates everything and reports all
   * problems at once, with paths relative to the KPI ({@code target.date}). Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private final String name;
    private String unit = "";
    private Indicator indicator = Indicator.LAGGING;
    private Direction direction; // null: inferred in build()
    private Range range;
    private double rangeLow = Double.NaN;
    private double rangeHigh = Double.NaN;
    private KpiKind kind = KpiKind.LEVEL;
    private Frequency frequency = Frequency.MONTHLY;
    private int precision = DEFAULT_PRECISION;
    private double weight = 1;
    private double baselineValue;
    private String baselineLevel;
    private Object baselineDate;
    private double targetValue;
    private String targetLevel;
    private Object targetDate;
    private TargetKind targetKind = TargetKind.REACH;
    private Scale scale = Scale.numbers();
    private final List<Double> milestoneValues = new ArrayList<>();
    private final List<String> milestoneLevels = new ArrayList<>();
    private final List<Object> milestoneDates = new ArrayList<>();
    private Object pacing; // a Pacing, or its text to parse in build()
    private Thresholds thresholds;
    private ScoringSpec scoring;
    private LevelAggregate aggregate = LevelAggregate.LAST;
    private EmptyPeriods emptyPeriods = EmptyPeriods.GAP;
    private Object formula; // a Formula, or its text to parse in build()

    private Builder(String id, String name) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * {@return this builder}
     *
     * @param unit the unit as people write it: {@code %}, {@code $}, {@code days}
     */
    public Builder unit(String unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param indicator leading or lagging
     */
    public Builder indicator(Indicator indicator) {
      this.indicator = Objects.requireNonNull(indicator, "indicator");
      return this;
    }

    /** {@return this builder, marked as a leading indicator} */
    public Builder leading() {
      return indicator(Indicator.LEADING);
    }

    /** {@return this builder, marked as a lagging indicator} */
    public Builder lagging() {
      return indicator(Indicator.LAGGING);
    }

    /**
     * Sets the direction; use {@link #range(double, double)} for RANGE. Without this call the direction is
     * inferred when the KPI is built (see {@link Kpi#builder(String, String)}).
     *
     * @param direction the direction
     * @return this builder
     */
    public Builder direction(Direction direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      if (direction != Direction.RANGE) {
        range = null;
        rangeLow = Double.NaN;
        rangeHigh = Double.NaN;
      }
      return this;
    }

    /** {@return this builder, higher is better} */
    public Builder increase() {
      return direction(Direction.INCREASE);
    }

    /** {@return this builder, lower is better} */
    public Builder decrease() {
      return direction(Direction.DECREASE);
    }

    /**
     * Makes this a RANGE KPI with the band [low, high].
     *
     * @param low the lower bound
     * @param high the upper bound
     * @return this builder
     */
    public Builder range(double low, double high) {
      this.direction = Direction.RANGE;
      this.range = null;
      this.rangeLow = low;
      this.rangeHigh = high;
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param kind level or flow
     */
    public Builder kind(KpiKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /** {@return this builder, a level (state) KPI} */
    public Builder level() {
      return kind(KpiKind.LEVEL);
    }

    /** {@return this builder, a flow KPI whose periods add up} */
    public Builder flow() {
      return kind(KpiKind.FLOW);
    }

    /**
     * {@return this builder}
     *
     * @param frequency how often it is measured
     */
    public Builder frequency(Frequency frequency) {
      this.frequency = Objects.requireNonNull(frequency, "frequency");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param precision decimals, 0 to 10
     */
    public Builder precision(int precision) {
      this.precision = precision;
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param weight the weight in the objective's score, finite and not negative
     */
    public Builder weight(double weight) {
      this.weight = weight;
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param value the baseline value
     * @param date the baseline date
     */
    public Builder baseline(double value, LocalDate date) {
      return baselineAt(value, Objects.requireNonNull(date, "date"));
    }

    /**
     * {@return this builder}
     *
     * @param value the baseline value
     * @param isoDate the baseline date as {@code yyyy-mm-dd}
     */
    public Builder baseline(double value, String isoDate) {
      return baselineAt(value, Objects.requireNonNull(isoDate, "isoDate"));
    }

    private Builder baselineAt(double value, Object date) {
      this.baselineValue = value;
      this.baselineLevel = null;
      this.baselineDate = date;
      return this;
    }

    /**
     * Sets the baseline of an ordinal or milestone KPI as a level of its {@linkplain #scale(Scale) scale}.
     *
     * @param level the level's text, such as {@code AA}
     * @param isoDate the baseline date as {@code yyyy-mm-dd}
     * @return this builder
     */
    public Builder baseline(String level, String isoDate) {
      baselineAt(0, Objects.requireNonNull(isoDate, "isoDate"));
      baselineLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Sets the baseline of an ordinal or milestone KPI as a level of its {@linkplain #scale(Scale) scale}.
     *
     * @param level the level's text, such as {@code AA}
     * @param date the baseline date
     * @return this builder
     */
    public Builder baseline(String level, LocalDate date) {
      baselineAt(0, Objects.requireNonNull(date, "date"));
      baselineLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param value the target value
     * @param date the target date
     */
    public Builder target(double value, LocalDate date) {
      return targetAt(value, Objects.requireNonNull(date, "date"));
    }

    /**
     * {@return this builder}
     *
     * @param value the target value
     * @param isoDate the target date as {@code yyyy-mm-dd}
     */
    public Builder target(double value, String isoDate) {
      return targetAt(value, Objects.requireNonNull(isoDate, "isoDate"));
    }

    private Builder targetAt(double value, Object date) {
      this.targetValue = value;
      this.targetLevel = null;
      this.targetDate = date;
      this.targetKind = TargetKind.REACH;
      return this;
    }

    private Builder targetAt(String level, Object date, TargetKind kind) {
      targetAt(0, date);
      this.targetLevel = Objects.requireNonNull(level, "level");
      this.targetKind = kind;
      return this;
    }

    /**
     * Sets a target level to reach on an ordinal KPI's {@linkplain #scale(Scale) scale}.
     *
     * @param level the level's text, such as {@code AAA}
     * @param isoDate the target date as {@code yyyy-mm-dd}
     * @return this builder
     */
    public Builder target(String level, String isoDate) {
      return targetAt(level, Objects.requireNonNull(isoDate, "isoDate"), TargetKind.REACH);
    }

    /**
     * Sets a target level to reach on an ordinal KPI's {@linkplain #scale(Scale) scale}.
     *
     * @param level the level's text, such as {@code AAA}
     * @param date the target date
     * @return this builder
     */
    public Builder target(String level, LocalDate date) {
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
    public Builder atLeast(double value, String isoDate) {
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
    public Builder atLeast(double value, LocalDate date) {
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
    public Builder atLeast(String level, String isoDate) {
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
    public Builder atMost(double value, String isoDate) {
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
    public Builder atMost(double value, LocalDate date) {
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
    public Builder atMost(String level, String isoDate) {
      return targetAt(level, Objects.requireNonNull(isoDate, "isoDate"), TargetKind.AT_MOST);
    }

    /**
     * Sets what the target asks for; {@link #target}, {@link #atLeast} and {@link #atMost} set it too.
     *
     * @param targetKind reach, at least or at most
     * @return this builder
     */
    public Builder targetKind(TargetKind targetKind) {
      this.targetKind = Objects.requireNonNull(targetKind, "targetKind");
      return this;
    }

    /**
     * Sets what the values are. On an ordinal or milestone scale the baseline, target and milestones are
     * levels: give them as text ({@code target("AAA", …)}) or as positions counted from 0.
     *
     * @param scale numbers (the default), an ordinal scale or a milestone
     * @return this builder
     */
    public Builder scale(Scale scale) {
      this.scale = Objects.requireNonNull(scale, "scale");
      return this;
    }

    /**
     * Makes this an ordinal KPI, {@code scale(Scale.ordinal(levels))}.
     *
     * @param levels the levels from the first (lowest) to the last (highest), such as
     *     {@code "not started", "in progress", "done"}
     * @return this builder
     */
    public Builder ordinal(String... levels) {
      return scale(Scale.ordinal(levels));
    }

    /**
     * Makes this a milestone KPI, done by a date ("successful implementation of the new ERP"): its scale is
     * {@linkplain Scale#milestone() not done, done} and its target is {@code done} at {@code isoDate}.
     *
     * @param isoDate the date it is due, as {@code yyyy-mm-dd}
     * @return this builder
     */
    public Builder doneBy(String isoDate) {
      return scale(Scale.milestone()).target(1, isoDate);
    }

    /**
     * Makes this a milestone KPI, done by a date; see {@link #doneBy(String)}.
     *
     * @param date the date it is due
     * @return this builder
     */
    public Builder doneBy(LocalDate date) {
      return scale(Scale.milestone()).target(1, date);
    }

    /**
     * Adds a dated milestone; milestones must come in date order.
     *
     * @param value the milestone value
     * @param date the milestone date
     * @return this builder
     */
    public Builder milestone(double value, LocalDate date) {
      milestoneValues.add(value);
      milestoneLevels.add(null);
      milestoneDates.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Adds a dated milestone; milestones must come in date order.
     *
     * @param value the milestone value
     * @param isoDate the milestone date as {@code yyyy-mm-dd}
     * @return this builder
     */
    public Builder milestone(double value, String isoDate) {
      milestoneValues.add(value);
      milestoneLevels.add(null);
      milestoneDates.add(Objects.requireNonNull(isoDate, "isoDate"));
      return this;
    }

    /**
     * Adds a dated milestone of an ordinal KPI as a level of its scale; milestones must come in date order.
     *
     * @param level the level's text
     * @param isoDate the milestone date as {@code yyyy-mm-dd}
     * @return this builder
     */
    public Builder milestone(String level, String isoDate) {
      milestoneValues.add(0.0);
      milestoneLevels.add(Objects.requireNonNull(level, "level"));
      milestoneDates.add(Objects.requireNonNull(isoDate, "isoDate"));
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param pacing how the way from baseline to target is spread over the quarters, such as
     *     {@code Pacing.frontLoaded()}; without one the expected path is linear
     */
    public Builder pacing(Pacing pacing) {
      this.pacing = Objects.requireNonNull(pacing, "pacing");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param pacing the pacing in its text form ({@link Pacing#parse}), such as {@code front-loaded} or
     *     {@code seasonal:1,1,2,4}; {@link #build()} reports it when it is not a pacing
     */
    public Builder pacing(String pacing) {
      this.pacing = Objects.requireNonNull(pacing, "pacing");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param thresholds status thresholds overriding the scorecard's
     */
    public Builder thresholds(Thresholds thresholds) {
      this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param scoring the scoring method overriding the scorecard's default
     */
    public Builder scoring(ScoringSpec scoring) {
      this.scoring = Objects.requireNonNull(scoring, "scoring");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param aggregate how a LEVEL KPI's values within a period make the period's value: its last (the default)
     *     or their mean
     */
    public Builder aggregate(LevelAggregate aggregate) {
      this.aggregate = Objects.requireNonNull(aggregate, "aggregate");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param emptyPeriods what a period without an actual gets in a period series: a gap (the default), the last
     *     level carried forward, or zero for a flow
     */
    public Builder emptyPeriods(EmptyPeriods emptyPeriods) {
      this.emptyPeriods = Objects.requireNonNull(emptyPeriods, "emptyPeriods");
      return this;
    }

    /**
     * Makes this a calculated KPI.
     *
     * @param formula its formula over other KPIs of the scorecard
     * @return this builder
     */
    public Builder formula(Formula formula) {
      this.formula = Objects.requireNonNull(formula, "formula");
      return this;
    }

    /**
     * Makes this a calculated KPI; {@link #build()} reports the text when it is not a formula, and the scorecard
     * reports names that are no KPI of it and cycles through other formulas.
     *
     * @param formula the formula's text, such as {@code revenue / customers}
     * @return this builder
     */
    public Builder formula(String formula) {
      this.formula = Objects.requireNonNull(formula, "formula");
      return this;
    }

    String id() {
      return id;
    }

    /**
     * Builds the KPI.
     *
     * @return the KPI
     * @throws io.github.bsckit.core.ValidationException listing every problem, with paths relative to the KPI
     */
    public Kpi build() {
      Checks c = new Checks();
      KpiId kpiId = c.id("id", id, KpiId::of);
      Optional<DatedValue> b = dated(c, "baseline", level(c, "baseline", baselineLevel, baselineValue), baselineDate);
      Optional<DatedValue> t = dated(c, "target", level(c, "target", targetLevel, targetValue), targetDate);
      List<DatedValue> ms = new ArrayList<>(milestoneDates.size());
      for (int i = 0; i < milestoneDates.size(); i++) {
        String at = "milestones[" + i + "]";
        dated(c, at, level(c, at, milestoneLevels.get(i), milestoneValues.get(i)), milestoneDates.get(i))
            .ifPresent(ms::add);
      }
      Direction direction = this.direction != null ? this.direction : targetKind.impliedDirection()
          .orElse(b.isPresent() && t.isPresent() && t.get().value() < b.get().value()
              ? Direction.DECREASE : Direction.INCREASE);
      Range r = range;
      if (direction == Direction.RANGE && r == null && !Double.isNaN(rangeLow)) {
        r = c.attempt("range", () -> Range.of(rangeLow, rangeHigh));
        if (r == null) {
          r = Range.of(0, 0); // stands in for the reported bad range, so no "range is required" follows
        }
      }
      Range finalRange = r;
      Pacing p = pacing instanceof String text ? c.attempt("", () -> Pacing.parse(text)) : (Pacing) pacing;
      Formula f = formula instanceof String text ? c.attempt("", () -> Formula.parse(text)) : (Formula) formula;
      Kpi kpi = c.attempt("", () -> new Kpi(kpiId == null ? KpiId.of("x") : kpiId, name, unit, indicator,
          direction, Optional.ofNullable(finalRange), kind, frequency, precision, weight, b, t, ms,
          Optional.ofNullable(p), Optional.ofNullable(thresholds), Optional.ofNullable(scoring), targetKind, scale,
          aggregate, emptyPeriods, Optional.ofNullable(f)));
      c.throwIfAny();
      return kpi;
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
            + io.github.bsckit.core.internal.DidYouMean.hint(level, scale.levels()));
        return null;
      }
      return (double) i.getAsInt();
    }

    /** {@return the dated value; empty when there is none or it is wrong (reported, or null: reported before)} */
    private static Optional<DatedValue> dated(Checks c, String path, Double value, Object date) {
      if (date == null) {
        return Optional.empty();
      }
      LocalDate d = c.date(path + ".date", date);
      if (value == null) {
        return Optional.empty();
      }
      c.finite(path + ".value", value);
      return d == null || !Double.isFinite(value) ? Optional.empty() : Optional.of(DatedValue.of(value, d));
    }
  }
}
