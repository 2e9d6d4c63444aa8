package io.github.bsckit.core.model;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.formula.Formula;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.pacing.Pacing;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Kpi.Builder} assembles a KPI, kept out of {@code Kpi.java} so that file holds the value.
 * {@code Kpi.Builder} is the only subclass and adds nothing: its public methods are these, as in
 * {@link ScorecardAssembly}. The baseline, target, milestones and their scale are set through
 * {@link KpiTargetAssembly}.
 */
abstract sealed class KpiAssembly extends KpiTargetAssembly permits Kpi.Builder {
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
  private int precision = Kpi.DEFAULT_PRECISION;
  private double weight = 1;
  private Object pacing; // a Pacing, or its text to parse in build()
  private Thresholds thresholds;
  private ScoringSpec scoring;
  private LevelAggregate aggregate = LevelAggregate.LAST;
  private EmptyPeriods emptyPeriods = EmptyPeriods.GAP;
  private Object formula; // a Formula, or its text to parse in build()

  KpiAssembly(String id, String name) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** Starts from every component of a KPI, for {@link Kpi#toBuilder()}. */
  KpiAssembly(Kpi from) {
    this(from.id().value(), from.name());
    unit(from.unit()).indicator(from.indicator()).direction(from.direction()).kind(from.kind())
        .frequency(from.frequency()).precision(from.precision()).weight(from.weight()).scale(from.scale());
    from.range().ifPresent(r -> range = r);
    from.baseline().ifPresent(v -> baseline(v.value(), v.date()));
    from.target().ifPresent(v -> target(v.value(), v.date()).targetKind(from.targetKind()));
    from.milestones().forEach(m -> milestone(m.value(), m.date()));
    from.pacing().ifPresent(this::pacing);
    from.thresholds().ifPresent(this::thresholds);
    from.scoring().ifPresent(this::scoring);
    aggregate(from.aggregate()).emptyPeriods(from.emptyPeriods());
    from.formula().ifPresent(this::formula);
  }

  /**
   * {@return this builder}
   *
   * @param unit the unit as people write it: {@code %}, {@code $}, {@code days}
   */
  public Kpi.Builder unit(String unit) {
    this.unit = Objects.requireNonNull(unit, "unit");
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param indicator leading or lagging
   */
  public Kpi.Builder indicator(Indicator indicator) {
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    return self();
  }

  /** {@return this builder, marked as a leading indicator} */
  public Kpi.Builder leading() {
    return indicator(Indicator.LEADING);
  }

  /** {@return this builder, marked as a lagging indicator} */
  public Kpi.Builder lagging() {
    return indicator(Indicator.LAGGING);
  }

  /**
   * Sets the direction; use {@link #range(double, double)} for RANGE. Without this call the direction is
   * inferred when the KPI is built (see {@link Kpi#builder(String, String)}).
   *
   * @param direction the direction
   * @return this builder
   */
  public Kpi.Builder direction(Direction direction) {
    this.direction = Objects.requireNonNull(direction, "direction");
    if (direction != Direction.RANGE) {
      range = null;
      rangeLow = Double.NaN;
      rangeHigh = Double.NaN;
    }
    return self();
  }

  /** {@return this builder, higher is better} */
  public Kpi.Builder increase() {
    return direction(Direction.INCREASE);
  }

  /** {@return this builder, lower is better} */
  public Kpi.Builder decrease() {
    return direction(Direction.DECREASE);
  }

  /**
   * Makes this a RANGE KPI with the band [low, high].
   *
   * @param low the lower bound
   * @param high the upper bound
   * @return this builder
   */
  public Kpi.Builder range(double low, double high) {
    this.direction = Direction.RANGE;
    this.range = null;
    this.rangeLow = low;
    this.rangeHigh = high;
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param kind level or flow
   */
  public Kpi.Builder kind(KpiKind kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    return self();
  }

  /** {@return this builder, a level (state) KPI} */
  public Kpi.Builder level() {
    return kind(KpiKind.LEVEL);
  }

  /** {@return this builder, a flow KPI whose periods add up} */
  public Kpi.Builder flow() {
    return kind(KpiKind.FLOW);
  }

  /**
   * {@return this builder}
   *
   * @param frequency how often it is measured
   */
  public Kpi.Builder frequency(Frequency frequency) {
    this.frequency = Objects.requireNonNull(frequency, "frequency");
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param precision decimals, 0 to 10
   */
  public Kpi.Builder precision(int precision) {
    this.precision = precision;
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param weight the weight in the objective's score, finite and not negative
   */
  public Kpi.Builder weight(double weight) {
    this.weight = weight;
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param pacing how the way from baseline to target is spread over the quarters, such as
   *     {@code Pacing.frontLoaded()}; without one the expected path is linear
   */
  public Kpi.Builder pacing(Pacing pacing) {
    this.pacing = Objects.requireNonNull(pacing, "pacing");
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param pacing the pacing in its text form ({@link Pacing#parse}), such as {@code front-loaded} or
   *     {@code seasonal:1,1,2,4}; {@link #build()} reports it when it is not a pacing
   */
  public Kpi.Builder pacing(String pacing) {
    this.pacing = Objects.requireNonNull(pacing, "pacing");
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param thresholds status thresholds overriding the scorecard's
   */
  public Kpi.Builder thresholds(Thresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param scoring the scoring method overriding the scorecard's default
   */
  public Kpi.Builder scoring(ScoringSpec scoring) {
    this.scoring = Objects.requireNonNull(scoring, "scoring");
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param aggregate how a LEVEL KPI's values within a period make the period's value: its last (the default)
   *     or their mean
   */
  public Kpi.Builder aggregate(LevelAggregate aggregate) {
    this.aggregate = Objects.requireNonNull(aggregate, "aggregate");
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param emptyPeriods what a period without an actual gets in a period series: a gap (the default), the last
   *     level carried forward, or zero for a flow
   */
  public Kpi.Builder emptyPeriods(EmptyPeriods emptyPeriods) {
    this.emptyPeriods = Objects.requireNonNull(emptyPeriods, "emptyPeriods");
    return self();
  }

  /**
   * Makes this a calculated KPI.
   *
   * @param formula its formula over other KPIs of the scorecard
   * @return this builder
   */
  public Kpi.Builder formula(Formula formula) {
    this.formula = Objects.requireNonNull(formula, "formula");
    return self();
  }

  /**
   * Makes this a calculated KPI; {@link #build()} reports the text when it is not a formula, and the scorecard
   * reports names that are no KPI of it and cycles through other formulas.
   *
   * @param formula the formula's text, such as {@code revenue / customers}
   * @return this builder
   */
  public Kpi.Builder formula(String formula) {
    this.formula = Objects.requireNonNull(formula, "formula");
    return self();
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
    Optional<DatedValue> b = baselineIn(c);
    Optional<DatedValue> t = targetIn(c);
    List<DatedValue> ms = milestonesIn(c);
    Direction direction = this.direction != null ? this.direction : targetKind().impliedDirection()
        .orElse(b.isPresent() && t.isPresent() && t.get().value() < b.get().value()
            ? Direction.DECREASE : Direction.INCREASE);
    Range r = range;
    if (direction == Direction.RANGE && r == null && !Double.isNaN(rangeLow)) {
      r = c.attempt("range", () -> Range.of(rangeLow, rangeHigh));
      if (r == null) {
        r = Range.of(0, 0); // stands in for the reported bad range, so no "range is required" follows
      }
    }
    Pacing p = pacing instanceof String text ? c.attempt("", () -> Pacing.parse(text)) : (Pacing) pacing;
    Formula f = formula instanceof String text ? c.attempt("", () -> Formula.parse(text)) : (Formula) formula;
    Kpi kpi;
    try {
      kpi = new Kpi(kpiId == null ? KpiId.of("x") : kpiId, name, unit, indicator,
          direction, Optional.ofNullable(r), kind, frequency, precision, weight, b, t, ms,
          Optional.ofNullable(p), Optional.ofNullable(thresholds), Optional.ofNullable(scoring), targetKind(), scale(),
          aggregate, emptyPeriods, Optional.ofNullable(f));
    } catch (ValidationException e) {
      c.addAll("", e.problems());
      kpi = null;
    }
    c.throwIfAny();
    return kpi;
  }
}
