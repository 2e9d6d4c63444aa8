package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Status;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One unit's scores in a {@link PortfolioReport}: its own scorecard's report (scored with its rolled-up KPIs),
 * each objective's consolidated score, and the unit's consolidated score, its objectives' consolidated scores
 * rolled up through its scorecard as the scorer rolls up its own. Immutable and thread-safe.
 */
public final class UnitScore {
  private final Unit unit;
  private final ScoreReport own;
  private final OptionalDouble score;
  private final Status status;
  private final double coverage;
  private final Map<ObjectiveId, ConsolidatedScore> objectives;

  UnitScore(Unit unit, ScoreReport own, OptionalDouble score, Status status, double coverage,
      Map<ObjectiveId, ConsolidatedScore> objectives) {
    this.unit = unit;
    this.own = own;
    this.score = score;
    this.status = status;
    this.coverage = coverage;
    this.objectives = Collections.unmodifiableMap(new LinkedHashMap<>(objectives));
  }

  /** {@return the unit} */
  public Unit unit() {
    return unit;
  }

  /** {@return the unit's own scorecard scored alone, with its rolled-up KPIs' computed values} */
  public ScoreReport own() {
    return own;
  }

  /** {@return the consolidated score in [0, 1]; empty when nothing below the unit has data} */
  public OptionalDouble score() {
    return score;
  }

  /** {@return the consolidated status, judged by the unit scorecard's thresholds, or NO_DATA} */
  public Status status() {
    return status;
  }

  /** {@return the share of the weight below the unit, through its KPIs and supporters, that had data} */
  public double coverage() {
    return coverage;
  }

  /** {@return every objective's consolidated score, in the order of the unit's report; unmodifiable} */
  public Map<ObjectiveId, ConsolidatedScore> objectives() {
    return objectives;
  }

  /**
   * Finds an objective's consolidated score.
   *
   * @param id the objective's id
   * @return its score, or empty when the unit has no such objective
   */
  public Optional<ConsolidatedScore> objective(ObjectiveId id) {
    return Optional.ofNullable(objectives.get(Objects.requireNonNull(id, "id")));
  }

  /** {@return for example {@code retail "Retail": 68.0% AT_RISK, coverage 92.0% (own 71.0%)}} */
  @Override
  public String toString() {
    OptionalDouble alone = own.scorecard().score();
    return unit.id() + " \"" + unit.name() + "\": " + (score.isPresent() ? Numbers.percent(score.getAsDouble()) + " "
        + status : "NO_DATA") + ", coverage " + Numbers.share(coverage) + " (own "
        + (alone.isPresent() ? Numbers.percent(alone.getAsDouble()) : "NO_DATA") + ")";
  }
}
