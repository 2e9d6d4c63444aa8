package io.github.bsckit.core.scoring;

import com.google.common.collect.ImmutableSortedMap;
import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.ScoringSpec;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The scoring methods a {@link Scorer} knows, by kebab-case name. Immutable and thread-safe;
 * {@link #with(String, ScoringMethod)} returns a new registry.
 *
 * <pre>{@code
 * ScoringMethods methods = ScoringMethods.defaults().with("stepped", in -> in.value() >= in.target() ? 1 : 0.5);
 * }</pre>
 *
 * <p>The built-in methods, all computed in the oriented frame of {@link ScoringInput} (where {@code o(x)} maps
 * a raw number so that higher is better: {@code x} for INCREASE, {@code −x} for DECREASE, minus the distance to
 * the band for RANGE), so that each works for every direction without a special case:
 *
 * <table>
 *   <caption>Built-in scoring methods</caption>
 *   <tr><th>name</th><th>parameters</th><th>default thresholds (on track, at risk)</th></tr>
 *   <tr><td>{@code progress}</td><td>none</td><td>0.9, 0.6</td></tr>
 *   <tr><td>{@code performance}</td><td>{@code min}, {@code max}</td><td>0.9, 0.6</td></tr>
 *   <tr><td>{@code goal-red-flag}</td><td>{@code goal}, {@code redFlag}</td><td>2/3, 1/3</td></tr>
 *   <tr><td>{@code expected-to-date} (the default)</td><td>none</td><td>0.95, 0.65</td></tr>
 *   <tr><td>{@code binary}</td><td>none</td><td>1, 1</td></tr>
 *   <tr><td>{@code range}</td><td>{@code tolerance} (optional)</td><td>0.9, 0.6</td></tr>
 *   <tr><td>{@code milestone}</td><td>none</td><td>1, 1</td></tr>
 * </table>
 *
 * <p>Wherever a formula would divide by zero because its end point is no better than its start point (a
 * "maintain" KPI whose baseline equals its target, or nothing expected yet), the score is instead 1 at or
 * better than the end point and 0 below it.
 */
public final class ScoringMethods {

  /**
   * {@code progress}: how far the actual has come from the baseline to the target (BSC Designer's progress),
   * {@code (o(v) − o(b)) / (o(t) − o(b))}. For INCREASE this is {@code (v − b)/(t − b)}; for DECREASE it is
   * {@code (b − v)/(b − t)}. Baseline 15, target 45, actual 16 scores 1/30 = 3.33%. Needs a baseline and a
   * target (a RANGE KPI without a target aims for its band).
   */
  public static final ScoringMethod PROGRESS = new BuiltInMethods.Progress();

  /**
   * {@code performance}: where the actual lies between the bounds {@code min} and {@code max} (BSC Designer's
   * performance), {@code (o(v) − lo)/(hi − lo)} with {@code lo, hi} the worse and the better of
   * {@code o(min), o(max)}. For INCREASE this is {@code (v − min)/(max − min)}; for DECREASE
   * {@code (max − v)/(max − min)}. Min 0, max 200, actual 50 scores 25%. Needs {@code min < max}.
   */
  public static final ScoringMethod PERFORMANCE = new BuiltInMethods.Performance();

  /**
   * {@code goal-red-flag}: Spider Impact's bands, linear through 1/3 at the red flag and 2/3 at the goal,
   * {@code (1 + (o(v) − o(redFlag))/(o(goal) − o(redFlag)))/3}, before the scorer clamps it to [0, 1]. With goal
   * 700 and red flag 500 an actual of 300 scores 0, 500 scores 1/3, 700 scores 2/3 and 900 scores 1; on Spider
   * Impact's 0–10 scale that is ten times the score (0, 3.33, 6.67, 10), which it shows rounded as 3.3 and 6.6.
   * Needs a goal better than the red flag for the KPI's direction. Default thresholds: on track from the goal
   * (2/3), at risk from the red flag (1/3).
   */
  public static final ScoringMethod GOAL_RED_FLAG = new BuiltInMethods.GoalRedFlag();

  /**
   * {@code expected-to-date}, <b>the default</b> ({@link io.github.bsckit.core.model.ScoringPolicy#DEFAULT}):
   * Cascade's expected-progress health, the progress made divided by the progress the plan expects at the
   * as-of date, {@code (o(v) − o(b))/(o(e) − o(b))}, where {@code e} is the value of the KPI's
   * {@linkplain io.github.bsckit.core.plan.ExpectedPath expected path} at the as-of date (its milestones on their
   * dates, paced between them by the KPI's pacing over the scorecard's fiscal quarters, linear without one); see
   * {@link ScoringInput#expected()}. A KPI exactly on its path scores 1; being ahead overshoots. Until the plan
   * expects any progress (on or before the baseline date), being at or better than the baseline scores 1. For a
   * FLOW KPI {@code v} is the running total since the baseline date and {@code b} is 0. Needs a baseline and a
   * target.
   *
   * <p>It is the default because a score must mean the same mid-year as at year end: {@code progress} compares
   * a June actual with the December target, so a KPI exactly on plan at mid-year reads about 50%, OFF_TRACK,
   * while the OKRs planned on the same path grade it 1.0. Default thresholds: on track from 0.95, at risk from
   * 0.65, which are the points where an OKR grade reports as 1.0 and as green (Google's grades are reported to
   * one decimal, half up): ON_TRACK is a committed key result met, AT_RISK a green one short of 1.0 (an
   * aspirational success), OFF_TRACK yellow or red. Cascade itself uses 0.95 and 0.85.
   */
  public static final ScoringMethod EXPECTED_TO_DATE = new BuiltInMethods.ExpectedToDate();

  /**
   * {@code binary}: 1 if the target is reached ({@code o(v) ≥ o(t)}, so at or above it for INCREASE, at or below
   * for DECREASE, inside the band for RANGE without a target), else 0. Needs a target. Default thresholds 1 and
   * 1: reached is on track, anything else off track.
   */
  public static final ScoringMethod BINARY = new BuiltInMethods.Binary();

  /**
   * {@code range}: for RANGE KPIs and for floors and ceilings ({@link io.github.bsckit.core.model.TargetKind#AT_LEAST
   * AT_LEAST}, {@link io.github.bsckit.core.model.TargetKind#AT_MOST AT_MOST} targets), 1 inside the band and
   * falling linearly to 0 over {@code tolerance} outside it, {@code 1 − distance(v, band) / tolerance}. A floor
   * is the band from its target up, a ceiling the band from its target down, so the distance is how far the
   * actual falls short. {@code tolerance} defaults to a RANGE band's width, and to 0 for a floor or a ceiling:
   * "at least 70%" is met or missed, as its owner states it, and 69.9% is a miss (set a tolerance to give
   * partial credit: with tolerance 10, 65% scores 0.5). A tolerance of 0 scores 1 inside the band and 0
   * outside. While a RANGE KPI, a floor or a ceiling that starts outside its band is on its way in (its target
   * date not yet reached), the band in force is widened to where its expected path stands on the as-of date, so
   * that a KPI exactly on its plan scores 1. A RANGE KPI, a floor or a ceiling that names no method of its own
   * is scored by this method whatever the scorecard's default: what it aims at is a band, not a point.
   */
  public static final ScoringMethod RANGE = new BuiltInMethods.InRange();

  /**
   * {@code milestone}: for milestone KPIs ({@link io.github.bsckit.core.model.Scale#milestone()}), done by their
   * target date. 1 once an actual says done; not done, 1 before the due date, where not being done yet is
   * exactly what its plan expects (as {@code expected-to-date} scores any KPI on its path), and 0 from the due
   * date on. Default thresholds 1 and 1: done or not yet due is on track, overdue off track. A
   * milestone KPI that names no method of its own is scored by this method whatever the scorecard's default.
   */
  public static final ScoringMethod MILESTONE = new BuiltInMethods.Milestone();

  private static final ScoringMethods DEFAULTS = new ScoringMethods(ImmutableSortedMap.of(
      "progress", PROGRESS, "performance", PERFORMANCE, "goal-red-flag", GOAL_RED_FLAG,
      "expected-to-date", EXPECTED_TO_DATE, "binary", BINARY, "range", RANGE, "milestone", MILESTONE));

  private final ImmutableSortedMap<String, ScoringMethod> byName;

  private ScoringMethods(ImmutableSortedMap<String, ScoringMethod> byName) {
    this.byName = byName;
  }

  /** {@return the seven built-in methods under their names} */
  public static ScoringMethods defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this registry with one more method, or with {@code name}'s method replaced (a built-in one too).
   *
   * @param name a kebab-case name such as {@code weighted-stepped}
   * @param method the method
   * @return a new registry
   * @throws io.github.bsckit.core.ValidationException if the name is not kebab-case
   */
  public ScoringMethods with(String name, ScoringMethod method) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    ScoringSpec.of(name); // validates the name exactly as a spec naming it would be validated
    Map<String, ScoringMethod> copy = new TreeMap<>(byName);
    copy.put(name, method);
    return new ScoringMethods(ImmutableSortedMap.copyOf(copy));
  }

  /**
   * Finds a method.
   *
   * @param name the method's name
   * @return the method, or empty when none has that name
   */
  public Optional<ScoringMethod> find(String name) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Returns a method that must exist.
   *
   * @param name the method's name
   * @return the method
   * @throws BscException if no method has that name; the message lists the known names
   */
  public ScoringMethod get(String name) {
    return find(name).orElseThrow(() -> new BscException(unknown(name)));
  }

  /** {@return the known names, sorted; unmodifiable} */
  public SortedSet<String> names() {
    return byName.keySet();
  }

  String unknown(String name) {
    return "unknown scoring method \"" + name + "\"; known: " + String.join(", ", byName.keySet());
  }

  /** {@return for example {@code ScoringMethods[binary, expected-to-date, goal-red-flag, ...]}} */
  @Override
  public String toString() {
    return "ScoringMethods" + byName.keySet();
  }
}
