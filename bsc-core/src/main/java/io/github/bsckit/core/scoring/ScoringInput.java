package io.github.bsckit.core.scoring;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.plan.ExpectedPath;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.function.Supplier;

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
  private final Month fiscalYearStart;
  private final Orientation orientation;
  /** The path to judge against when the caller gave one; else null, and {@link #path()} paces the KPI's own. */
  private final ExpectedPath givenPath;
  /** The scorer's memo of this KPI's own path (null outside a scorer): the path is the same at every date. */
  private final Supplier<ExpectedPath> knownPath;

  ScoringInput(Kpi kpi, ScoringSpec spec, LocalDate asOf, DatedValue actual, Month fiscalYearStart) {
    this(kpi, spec, asOf, actual, Objects.requireNonNull(fiscalYearStart, "fiscalYearStart"), null);
  }

  private ScoringInput(Kpi kpi, ScoringSpec spec, LocalDate asOf, DatedValue actual, Month fiscalYearStart,
      ExpectedPath givenPath) {
    this(kpi, spec, asOf, actual, fiscalYearStart, Orientation.of(Objects.requireNonNull(kpi, "kpi")), givenPath,
        null);
  }

  /** The scorer's input: the KPI's orientation and its path's memo are made once per run, not once per date. */
  ScoringInput(Kpi kpi, ScoringSpec spec, LocalDate asOf, DatedValue actual, Month fiscalYearStart,
      Orientation orientation, Supplier<ExpectedPath> knownPath) {
    this(kpi, spec, asOf, actual, Objects.requireNonNull(fiscalYearStart, "fiscalYearStart"), orientation, null,
        knownPath);
  }

  private ScoringInput(Kpi kpi, ScoringSpec spec, LocalDate asOf, DatedValue actual, Month fiscalYearStart,
      Orientation orientation, ExpectedPath givenPath, Supplier<ExpectedPath> knownPath) {
    this.kpi = Objects.requireNonNull(kpi, "kpi");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.actual = Objects.requireNonNull(actual, "actual");
    this.fiscalYearStart = fiscalYearStart;
    this.orientation = orientation;
    this.givenPath = givenPath;
    this.knownPath = knownPath;
  }

  /**
   * An input for trying a method outside a scorecard, for example in a test or in JShell; its quarters are
   * calendar quarters (a fiscal year starting in January).
   *
   * @param kpi the KPI
   * @param spec the method and its parameters
   * @param asOf the date the score is for
   * @param actual the actual to score, dated on or before {@code asOf}
   * @return the input
   * @throws BscException if the actual is dated after {@code asOf}
   */
  public static ScoringInput of(Kpi kpi, ScoringSpec spec, LocalDate asOf, DatedValue actual) {
    return of(kpi, spec, asOf, actual, Month.JANUARY);
  }

  /**
   * An input for trying a method outside a scorecard, with the scorecard's fiscal year start, which sets the
   * quarters the KPI's {@linkplain #path() expected path} is paced over.
   *
   * @param kpi the KPI
   * @param spec the method and its parameters
   * @param asOf the date the score is for
   * @param actual the actual to score, dated on or before {@code asOf}
   * @param fiscalYearStart the month the fiscal year starts in
   * @return the input
   * @throws BscException if the actual is dated after {@code asOf}
   */
  public static ScoringInput of(Kpi kpi, ScoringSpec spec, LocalDate asOf, DatedValue actual,
      Month fiscalYearStart) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(actual, "actual");
    checkDated(asOf, actual);
    return new ScoringInput(kpi, spec, asOf, actual, Objects.requireNonNull(fiscalYearStart, "fiscalYearStart"));
  }

  /**
   * An input that judges the KPI against a given expected path rather than the one its own pacing makes, as
   * bsc-okr grades a key result on the path its plan was made on (which {@code bsc okr --pacing} may pace
   * differently); every other part is the path's KPI.
   *
   * @param path the expected path, which names the KPI
   * @param spec the method and its parameters
   * @param asOf the date the score is for
   * @param actual the actual to score, dated on or before {@code asOf}
   * @return the input
   * @throws BscException if the actual is dated after {@code asOf}
   */
  public static ScoringInput of(ExpectedPath path, ScoringSpec spec, LocalDate asOf, DatedValue actual) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(actual, "actual");
    checkDated(asOf, actual);
    return new ScoringInput(path.kpi(), spec, asOf, actual, null, path);
  }

  private static void checkDated(LocalDate asOf, DatedValue actual) {
    if (actual.date().isAfter(asOf)) {
      throw new BscException("actual.date must be on or before asOf " + asOf + " but was " + actual.date());
    }
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
   * The KPI's expected path: from the baseline through the milestones to the target, paced by the KPI's
   * pacing over the scorecard's fiscal quarters; see {@link ExpectedPath}. An input made with
   * {@link #of(ExpectedPath, ScoringSpec, LocalDate, DatedValue)} has the path it was given.
   *
   * @return the path
   * @throws NotScorableException if the KPI has no baseline or no target, or a horizon too long to pace
   */
  public ExpectedPath path() {
    if (givenPath != null) {
      return givenPath;
    }
    ExpectedPath known = knownPath == null ? null : knownPath.get();
    if (known != null) {
      return known;
    }
    kpi.baseline().orElseThrow(() -> missing("a baseline"));
    kpi.target().orElseThrow(() -> missing("a target with a date"));
    try {
      return ExpectedPath.of(kpi, fiscalYearStart).orElseThrow();
    } catch (ValidationException e) {
      throw new NotScorableException(spec.method() + " cannot pace KPI " + kpi.id() + ": "
          + e.problems().get(0).message());
    }
  }

  /**
   * The value the KPI's {@linkplain #path() expected path} expects at {@link #asOf()}, in the oriented frame:
   * for a LEVEL KPI its expected level, for a FLOW KPI its expected running total. Before the baseline date it
   * expects the baseline, from the target date on the target.
   *
   * @return the oriented expected value
   * @throws NotScorableException if the KPI has no baseline or no target
   */
  public double expected() {
    return orient(path().valueAt(asOf));
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
