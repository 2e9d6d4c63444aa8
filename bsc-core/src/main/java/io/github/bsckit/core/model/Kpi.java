package io.github.bsckit.core.model;

import io.github.bsckit.core.formula.Formula;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.pacing.Pacing;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
    // Plain tests rather than lambdas: this runs for every KPI built, and a capturing lambda is an object each time.
    Optional<Direction> implied = kind.impliedDirection();
    if (implied.isPresent() && direction != implied.get()) {
      c.add("direction", "must be " + key(implied.get()) + " for a target kept " + (kind == TargetKind.AT_LEAST
          ? "at or above" : "at or below") + " its value, but was " + key(direction));
    }
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
    if (baseline.isPresent() && !scale.holds(baseline.get().value())) {
      c.add("baseline.value", scale.mustHold(baseline.get().value()));
    }
    if (target.isPresent() && !scale.holds(target.get().value())) {
      c.add("target.value", scale.mustHold(target.get().value()));
    }
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
      if (target.isPresent() && target.get().value() != 1) {
        c.add("target.value", "must be done for a milestone KPI but was " + scale.format(target.get().value()));
      }
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
    return new Builder(this);
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
    return with(p -> p.target = Optional.of(target));
  }

  /** {@return this KPI without a target (and therefore without milestones)} */
  public Kpi withoutTarget() {
    return with(p -> {
      p.target = Optional.empty();
      p.milestones = List.of();
      p.targetKind = TargetKind.REACH;
    });
  }

  /**
   * {@return this KPI with another baseline}
   *
   * @param baseline the new baseline
   */
  public Kpi withBaseline(DatedValue baseline) {
    return with(p -> p.baseline = Optional.of(baseline));
  }

  /**
   * {@return this KPI with another pacing}
   *
   * @param pacing the pacing of its way from baseline to target
   */
  public Kpi withPacing(Pacing pacing) {
    return with(p -> p.pacing = Optional.of(pacing));
  }

  /**
   * {@return this KPI with another weight}
   *
   * @param weight the weight, finite and not negative
   */
  public Kpi withWeight(double weight) {
    return with(p -> p.weight = weight);
  }

  /** Derives a copy through {@link Parts}, so each {@code with…} names only what it changes. */
  private Kpi with(Consumer<Parts> change) {
    Parts p = new Parts(this);
    change.accept(p);
    return p.make();
  }

  /** The components of a KPI as mutable fields, for {@link #with}; {@link #make()} validates them again. */
  private static final class Parts {
    private final KpiId id;
    private final String name;
    private final String unit;
    private final Indicator indicator;
    private final Direction direction;
    private final Optional<Range> range;
    private final KpiKind kind;
    private final Frequency frequency;
    private final int precision;
    private double weight;
    private Optional<DatedValue> baseline;
    private Optional<DatedValue> target;
    private List<DatedValue> milestones;
    private Optional<Pacing> pacing;
    private final Optional<Thresholds> thresholds;
    private final Optional<ScoringSpec> scoring;
    private TargetKind targetKind;
    private final Scale scale;
    private final LevelAggregate aggregate;
    private final EmptyPeriods emptyPeriods;
    private final Optional<Formula> formula;

    Parts(Kpi k) {
      id = k.id;
      name = k.name;
      unit = k.unit;
      indicator = k.indicator;
      direction = k.direction;
      range = k.range;
      kind = k.kind;
      frequency = k.frequency;
      precision = k.precision;
      weight = k.weight;
      baseline = k.baseline;
      target = k.target;
      milestones = k.milestones;
      pacing = k.pacing;
      thresholds = k.thresholds;
      scoring = k.scoring;
      targetKind = k.targetKind;
      scale = k.scale;
      aggregate = k.aggregate;
      emptyPeriods = k.emptyPeriods;
      formula = k.formula;
    }

    Kpi make() {
      return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, precision, weight, baseline,
          target, milestones, pacing, thresholds, scoring, targetKind, scale, aggregate, emptyPeriods, formula);
    }
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
  public static final class Builder extends KpiAssembly {
    private Builder(String id, String name) {
      super(id, name);
    }

    private Builder(Kpi from) {
      super(from);
    }
  }
}
