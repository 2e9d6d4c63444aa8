package io.github.bsckit.core.scoring;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.ScoringSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ScoringMethod} sees of one KPI at one date: the actual to score, the KPI's baseline, target
 * and milestones, and the method's parameters. Immutable and thread-safe.
 *
 * <p><b>The oriented frame.</b> {@link #value()}, {@link #baseline()}, {@link #target()} and
 * {@link #expected()} are <em>oriented</em>: mapped so that higher is always better. For an INCREASE KPI a
 * value is itself; for DECREASE it is negated (mirrored); for RANGE it is minus its distance to the band
 * (0 inside it). A method written for "higher is better" therefore scores DECREASE and RANGE KPIs correctly
 * without knowing their direction. Parameters are raw numbers in the KPI's unit; map a parameter that is a
 * point on the KPI's scale (a goal, a bound) with {@link #orient(double)} before comparing it to
 * {@link #value()}. Lengths such as a tolerance are not oriented.
 *
 * <p><b>FLOW KPIs.</b> A flow's actuals are the amounts of single periods; the scorer hands a method their
 * running total since the baseline date as {@link #actual()}, and the plan of a flow starts from nothing: its
 * {@link #baseline()} is 0 (the KPI's baseline value, such as last year's total, is not where this year's
 * running total starts) and {@link #expected()} grows from 0 at the baseline date to the target.
 *
 * <p>Accessors for optional parts of the KPI throw {@link NotScorableException} when the part is missing; the
 * scorer turns that into a NO_DATA score with the exception's message.
 */
public final class ScoringInput {
  private final Kpi kpi;
  private final ScoringSpec spec;
  private final LocalDate asOf;
  private final DatedValue actual;
  private final Orientation orientation;

  ScoringInput(Kpi kpi, ScoringSpec spec, LocalDate asOf, DatedValue actual) {
    this.kpi = Objects.requireNonNull(kpi, "kpi");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.actual = Objects.requireNonNull(actual, "actual");
    this.orientation = Orientation.of(kpi);
  }

  /**
   * An input for trying a method outside a scorecard, for example in a test or in JShell.
   *
   * @param kpi the KPI
   * @param spec the method and its parameters
   * @param asOf the date the score is for
   * @param actual the actual to score, dated on or before {@code asOf}
   * @return the input
   * @throws BscException if the actual is dated after {@code asOf}
   */
  public static ScoringInput of(Kpi kpi, ScoringSpec spec, LocalDate asOf, DatedValue actual) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(actual, "actual");
    if (actual.date().isAfter(asOf)) {
      throw new BscException("actual.date must be on or before asOf " + asOf + " but was " + actual.date());
    }
    return new ScoringInput(kpi, spec, asOf, actual);
  }

  /** {@return the KPI being scored} */
  public Kpi kpi() {
    return kpi;
  }

  /** {@return the method's name and parameters, as resolved for this KPI} */
  public ScoringSpec spec() {
    return spec;
  }

  /** {@return the date the score is for; the actual is dated on or before it} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the actual being scored, raw, with its date} */
  public DatedValue actual() {
    return actual;
  }

  /** {@return the actual's value in the oriented frame (higher is better)} */
  public double value() {
    return orientation.apply(actual.value());
  }

  /**
   * Maps a raw number on the KPI's scale into the oriented frame, as {@link #value()} is mapped.
   *
   * @param raw a point on the KPI's scale, such as a goal or a bound
   * @return the oriented number: {@code raw} for INCREASE, {@code −raw} for DECREASE, minus the distance to
   *     the band for RANGE
   */
  public double orient(double raw) {
    return orientation.apply(raw);
  }

  /**
   * The KPI's baseline in the oriented frame.
   *
   * @return the oriented baseline value
   * @throws NotScorableException if the KPI has no baseline
   */
  public double baseline() {
    if (kpi.kind() == KpiKind.FLOW) {
      return orient(0);
    }
    return orient(start().value());
  }

  /** Where the plan starts: the baseline, or for a FLOW KPI nothing at the baseline date. */
  private DatedValue start() {
    DatedValue b = kpi.baseline().orElseThrow(() -> missing("a baseline"));
    return kpi.kind() == KpiKind.FLOW ? DatedValue.of(0, b.date()) : b;
  }

  /**
   * The KPI's target in the oriented frame. A RANGE KPI without a target of its own has its band as target,
   * which is 0 in the oriented frame.
   *
   * @return the oriented target value
   * @throws NotScorableException if the KPI has no target and is not a RANGE KPI
   */
  public double target() {
    if (kpi.target().isEmpty() && kpi.direction() == Direction.RANGE) {
      return 0;
    }
    return orient(kpi.target().orElseThrow(() -> missing("a target")).value());
  }

  /**
   * The value the KPI's plan expects at {@link #asOf()}, in the oriented frame. The plan runs from the
   * baseline through the dated milestones to the target, linearly between neighbouring points; before the
   * baseline date it expects the baseline and after the target date the target. On an ordinal scale it expects
   * whole levels only, the last one the path has passed in full (as the OKR planner plans them): a rating to
   * rise from AA to AAA in a year is expected to be AA until the year is out.
   *
   * @return the oriented expected value
   * @throws NotScorableException if the KPI has no baseline or no target
   */
  public double expected() {
    DatedValue b = start();
    DatedValue t = kpi.target().orElseThrow(() -> missing("a target with a date"));
    List<DatedValue> plan = new ArrayList<>(kpi.milestones().size() + 2);
    plan.add(b);
    plan.addAll(kpi.milestones());
    plan.add(t);
    if (!asOf.isAfter(b.date())) {
      return orient(b.value());
    }
    for (int i = 1; i < plan.size(); i++) {
      DatedValue to = plan.get(i);
      if (asOf.isBefore(to.date())) {
        DatedValue from = plan.get(i - 1);
        double share = (double) (asOf.toEpochDay() - from.date().toEpochDay())
            / (to.date().toEpochDay() - from.date().toEpochDay());
        return orient(steps(from.value() + (to.value() - from.value()) * share, to.value() >= from.value()));
      }
    }
    return orient(t.value());
  }

  /** A point of the plan on the KPI's scale: itself, or on an ordinal scale the last whole level passed. */
  private double steps(double raw, boolean rising) {
    if (!kpi.scale().isOrdinal()) {
      return raw;
    }
    return rising ? Math.floor(raw + 1e-9) : Math.ceil(raw - 1e-9);
  }

  /**
   * A parameter of the method, raw (not oriented).
   *
   * @param name the parameter's name, such as {@code min}
   * @return its value
   * @throws BscException if the spec does not set it; a method's {@link ScoringMethod#check check} should
   *     have reported that before scoring started
   */
  public double parameter(String name) {
    Objects.requireNonNull(name, "name");
    return spec.parameter(name).orElseThrow(() -> new BscException(
        "parameter " + name + " of scoring method " + spec.method() + " is not set for KPI " + kpi.id()));
  }

  private NotScorableException missing(String what) {
    return new NotScorableException(spec.method() + " needs " + what + ", but KPI " + kpi.id() + " has none");
  }

  /** {@return for example {@code retention by progress: 87 @ 2026-03-31 as of 2026-03-31}} */
  @Override
  public String toString() {
    return kpi.id() + " by " + spec + ": " + actual + " as of " + asOf;
  }
}
