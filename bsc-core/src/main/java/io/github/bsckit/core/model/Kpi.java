package io.github.bsckit.core.model;

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
    Optional<ScoringSpec> scoring) {

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
    c.throwIfAny();
  }

  /**
   * Starts a builder with the defaults: lagging, increase, level, monthly, precision 2, weight 1, no unit.
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
        .frequency(frequency).precision(precision).weight(weight);
    range.ifPresent(r -> b.range = r);
    baseline.ifPresent(v -> b.baseline(v.value(), v.date()));
    target.ifPresent(v -> b.target(v.value(), v.date()));
    milestones.forEach(m -> b.milestone(m.value(), m.date()));
    pacing.ifPresent(b::pacing);
    thresholds.ifPresent(b::thresholds);
    scoring.ifPresent(b::scoring);
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
        Optional.of(target), milestones, pacing, thresholds, scoring);
  }

  /** {@return this KPI without a target (and therefore without milestones)} */
  public Kpi withoutTarget() {
    return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, precision, weight, baseline,
        Optional.empty(), List.of(), pacing, thresholds, scoring);
  }

  /**
   * {@return this KPI with another baseline}
   *
   * @param baseline the new baseline
   */
  public Kpi withBaseline(DatedValue baseline) {
    return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, precision, weight,
        Optional.of(baseline), target, milestones, pacing, thresholds, scoring);
  }

  /**
   * {@return this KPI with another pacing}
   *
   * @param pacing the pacing of its way from baseline to target
   */
  public Kpi withPacing(Pacing pacing) {
    return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, precision, weight, baseline,
        target, milestones, Optional.of(pacing), thresholds, scoring);
  }

  /**
   * {@return this KPI with another weight}
   *
   * @param weight the weight, finite and not negative
   */
  public Kpi withWeight(double weight) {
    return new Kpi(id, name, unit, indicator, direction, range, kind, frequency, precision, weight, baseline,
        target, milestones, pacing, thresholds, scoring);
  }

  /** {@return for example {@code retention "Customer retention rate" lagging increase 85% -> 90% by 2026-12-31}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(id).append(" \"").append(name).append("\" ")
        .append(indicator.key()).append(' ').append(direction.key());
    range.ifPresent(r -> sb.append(" [").append(Numbers.withUnit(r.low(), unit)).append(", ")
        .append(Numbers.withUnit(r.high(), unit)).append(']'));
    baseline.ifPresent(b -> sb.append(' ').append(Numbers.withUnit(b.value(), unit)));
    target.ifPresent(t -> sb.append(baseline.isPresent() ? " -> " : " target ")
        .append(Numbers.withUnit(t.value(), unit)).append(" by ").append(t.date()));
    return sb.toString();
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
    private Direction direction = Direction.INCREASE;
    private Range range;
    private double rangeLow = Double.NaN;
    private double rangeHigh = Double.NaN;
    private KpiKind kind = KpiKind.LEVEL;
    private Frequency frequency = Frequency.MONTHLY;
    private int precision = DEFAULT_PRECISION;
    private double weight = 1;
    private double baselineValue;
    private Object baselineDate;
    private double targetValue;
    private Object targetDate;
    private final List<Double> milestoneValues = new ArrayList<>();
    private final List<Object> milestoneDates = new ArrayList<>();
    private Object pacing; // a Pacing, or its text to parse in build()
    private Thresholds thresholds;
    private ScoringSpec scoring;

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
     * Sets the direction; use {@link #range(double, double)} for RANGE.
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
      this.baselineDate = date;
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
      this.targetDate = date;
      return this;
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
      Optional<DatedValue> b = dated(c, "baseline", baselineValue, baselineDate);
      Optional<DatedValue> t = dated(c, "target", targetValue, targetDate);
      List<DatedValue> ms = new ArrayList<>(milestoneDates.size());
      for (int i = 0; i < milestoneDates.size(); i++) {
        dated(c, "milestones[" + i + "]", milestoneValues.get(i), milestoneDates.get(i)).ifPresent(ms::add);
      }
      Range r = range;
      if (direction == Direction.RANGE && r == null && !Double.isNaN(rangeLow)) {
        r = c.attempt("range", () -> Range.of(rangeLow, rangeHigh));
        if (r == null) {
          r = Range.of(0, 0); // stands in for the reported bad range, so no "range is required" follows
        }
      }
      Range finalRange = r;
      Pacing p = pacing instanceof String text ? c.attempt("", () -> Pacing.parse(text)) : (Pacing) pacing;
      Kpi kpi = c.attempt("", () -> new Kpi(kpiId == null ? KpiId.of("x") : kpiId, name, unit, indicator,
          direction, Optional.ofNullable(finalRange), kind, frequency, precision, weight, b, t, ms,
          Optional.ofNullable(p), Optional.ofNullable(thresholds), Optional.ofNullable(scoring)));
      c.throwIfAny();
      return kpi;
    }

    private static Optional<DatedValue> dated(Checks c, String path, double value, Object date) {
      if (date == null) {
        return Optional.empty();
      }
      LocalDate d = c.date(path + ".date", date);
      c.finite(path + ".value", value);
      return d == null || !Double.isFinite(value) ? Optional.empty() : Optional.of(DatedValue.of(value, d));
    }
  }
}
