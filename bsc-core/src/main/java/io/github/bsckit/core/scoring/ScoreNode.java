package io.github.bsckit.core.scoring;

import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.ElementId;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Thresholds;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The score of one KPI, objective, perspective or of the whole scorecard, as part of a {@link ScoreReport}.
 * Immutable and thread-safe; made only by the {@link Scorer}.
 *
 * <p>{@link #score()} is empty exactly when {@link #status()} is {@link Status#NO_DATA}; then
 * {@link #note()} says why.
 */
public final class ScoreNode {

  /** Which kind of element a node scores. */
  public enum Level implements Keyed {
    /** The whole scorecard: the root of the report. */
    SCORECARD,
    /** A perspective: its objectives rolled up. */
    PERSPECTIVE,
    /** An objective: its KPIs rolled up. */
    OBJECTIVE,
    /** A KPI, scored from its actual. */
    KPI;

    /** {@return the {@linkplain #key() key}, the canonical text form} */
    @Override
    public String toString() {
      return key();
    }
  }

  private final Level level;
  private final Optional<ElementId> id;
  private final String name;
  private final double weight;
  private final Evaluation evaluation;
  private final Status status;
  private final Thresholds thresholds;
  private final Trend trend;
  private final Optional<DatedValue> actual;
  private final Optional<ScoringSpec> method;
  private final List<ScoreNode> children;
  /** The scale the KPI's actual is on, to write it as a level; numbers for the other levels. */
  private final Scale scale;

  ScoreNode(Level level, Optional<ElementId> id, String name, double weight, Evaluation evaluation,
      Thresholds thresholds, Trend trend, Optional<DatedValue> actual, Optional<ScoringSpec> method,
      List<ScoreNode> children) {
    this(level, id, name, weight, evaluation, thresholds, trend, actual, method, children, Scale.numbers());
  }

  ScoreNode(Level level, Optional<ElementId> id, String name, double weight, Evaluation evaluation,
      Thresholds thresholds, Trend trend, Optional<DatedValue> actual, Optional<ScoringSpec> method,
      List<ScoreNode> children, Scale scale) {
    this.scale = Objects.requireNonNull(scale, "scale");
    this.level = Objects.requireNonNull(level, "level");
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.weight = weight;
    this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.status = evaluation.hasData() ? Status.of(evaluation.score(), thresholds) : Status.NO_DATA;
    this.trend = Objects.requireNonNull(trend, "trend");
    this.actual = Objects.requireNonNull(actual, "actual");
    this.method = Objects.requireNonNull(method, "method");
    this.children = List.copyOf(children);
  }

  /** {@return which kind of element this node scores} */
  public Level level() {
    return level;
  }

  /** {@return the id of the perspective, objective or KPI scored; empty for the scorecard} */
  public Optional<ElementId> id() {
    return id;
  }

  /** {@return the display name of the element scored} */
  public String name() {
    return name;
  }

  /** {@return the element's weight in its parent's roll-up (1 for perspectives and the scorecard)} */
  public double weight() {
    return weight;
  }

  /** {@return the score in [0, 1], capped at 1; empty when the status is NO_DATA} */
  public OptionalDouble score() {
    return evaluation.hasData() ? OptionalDouble.of(evaluation.score()) : OptionalDouble.empty();
  }

  /**
   * How far the raw score went above 1, reported apart from the capped {@link #score()}: a KPI at 120% of its
   * target scores 1 with overshoot 0.2. For a parent, its children's overshoots rolled up the same way as their
   * scores; overshoot never adds to a parent's score.
   *
   * @return the overshoot, 0 or more; 0 when there is no data
   */
  public double overshoot() {
    return evaluation.overshoot();
  }

  /** {@return ON_TRACK, AT_RISK or OFF_TRACK by {@link #thresholds()}, or NO_DATA} */
  public Status status() {
    return status;
  }

  /** {@return the thresholds the status was judged by} */
  public Thresholds thresholds() {
    return thresholds;
  }

  /** {@return the trend of the recent past} */
  public Trend trend() {
    return trend;
  }

  /**
   * The share of the weight below this node that had data: 1 or 0 for a KPI; for a parent
   * {@code Σ wᵢ·coverageᵢ / Σ wᵢ} over its children, with the weights of the roll-up.
   *
   * @return the coverage in [0, 1]
   */
  public double coverage() {
    return evaluation.coverage();
  }

  /**
   * {@return for a KPI, its latest actual on or before the as-of date: the one scored; empty for other levels
   * and for a KPI without one. Present even when the KPI could not be scored for lack of a baseline or target}
   */
  public Optional<DatedValue> actual() {
    return actual;
  }

  /**
   * {@return for a KPI on an ordinal or milestone scale, its actual as the scale writes it (the level's text, such
   * as {@code AA} or {@code done}; {@link #actual()} holds its position); empty for a KPI of plain numbers, for a
   * KPI without an actual and for other levels}
   */
  public Optional<String> actualLabel() {
    return scale.isNumbers() ? Optional.empty()
        : actual.filter(a -> scale.holds(a.value())).map(a -> scale.format(a.value()));
  }

  /** {@return for a KPI, the scoring method and parameters it was scored by; empty for other levels} */
  public Optional<ScoringSpec> method() {
    return method;
  }

  /** {@return why the status is NO_DATA, for example {@code no actual on or before 2026-06-30}; else empty} */
  public Optional<String> note() {
    return evaluation.hasData() ? Optional.empty() : Optional.of(evaluation.note());
  }

  /** {@return the nodes this one rolls up, in scorecard order; empty for a KPI; unmodifiable} */
  public List<ScoreNode> children() {
    return children;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreNode n && level == n.level && id.equals(n.id) && name.equals(n.name)
        && Double.compare(weight, n.weight) == 0 && evaluation.equals(n.evaluation)
        && thresholds.equals(n.thresholds) && trend.equals(n.trend) && actual.equals(n.actual)
        && method.equals(n.method) && children.equals(n.children) && scale.equals(n.scale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, id, name, weight, evaluation, thresholds, trend, actual, method, children, scale);
  }

  /**
   * {@return one line, for example
   * {@code kpi retention "Retention rate": 40.0% OFF_TRACK, actual 87 @ 2026-03-31 by progress, coverage 100%,
   * trend improving (+0.0222/day over 3 points)}}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(level.key());
    id.ifPresent(i -> sb.append(' ').append(i.value()));
    sb.append(" \"").append(name).append("\": ");
    if (evaluation.hasData()) {
      sb.append(Numbers.percent(evaluation.score())).append(' ').append(status);
      if (evaluation.overshoot() > 0) {
        sb.append(" (overshoot +").append(Numbers.percent(evaluation.overshoot())).append(')');
      }
    } else {
      sb.append(status).append(" (").append(evaluation.note()).append(')');
    }
    actual.ifPresent(a -> sb.append(", actual ").append(actualLabel().map(l -> l + " @ " + a.date())
        .orElse(a.toString())));
    method.ifPresent(m -> sb.append(actual.isPresent() ? " by " : ", by ").append(m));
    sb.append(", coverage ").append(Numbers.share(evaluation.coverage()));
    return sb.append(", trend ").append(trend).toString();
  }
}
