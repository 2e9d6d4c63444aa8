package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.scoring.Status;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An objective's score across the cascade: its own KPIs' score blended with the consolidated scores of the
 * objectives that support it (see {@link Consolidation} for how). Immutable and thread-safe.
 *
 * @param objective the objective
 * @param name its display name
 * @param score the consolidated score in [0, 1]; empty when neither its KPIs nor its supporters have data
 * @param status judged by the objective's thresholds, or NO_DATA
 * @param coverage the share of the weight below, through KPIs and supporters alike, that had data
 * @param own the score of the objective's own KPIs, from its unit's report; empty when they have no data
 * @param ownCoverage the coverage of the objective's own KPIs
 * @param supportShare the share of the score from the supporters: the portfolio's support share when the
 *     objective has supporters, else 0
 * @param supporters each supporter's consolidated score and alignment weight, in alignment order
 */
public record ConsolidatedScore(UnitObjective objective, String name, OptionalDouble score, Status status,
    double coverage, OptionalDouble own, double ownCoverage, double supportShare, List<Contribution> supporters) {

  /**
   * Copies the supporters and rejects nulls.
   *
   * @param objective the objective
   * @param name its name
   * @param score the consolidated score
   * @param status its status
   * @param coverage its coverage
   * @param own its own KPIs' score
   * @param ownCoverage their coverage
   * @param supportShare the supporters' share
   * @param supporters the supporters
   */
  public ConsolidatedScore {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(own, "own");
    supporters = List.copyOf(supporters);
  }

  /**
   * {@return how the number was made, one line per input}, for example:
   *
   * <pre>
   * corp/C1 "Delight customers": 71.0% AT_RISK, coverage 83.3%
   *   = 50% x own KPIs 80.0% + 50% x supporters 62.0%
   *   supporter retail/C1 = 70.0% (weight 2)
   *   supporter online/C1 = 46.0%
   *   supporter b2b/C1: no data
   * </pre>
   */
  public String explain() {
    StringBuilder sb = new StringBuilder(objective.toString()).append(" \"").append(name).append("\": ")
        .append(score.isPresent() ? Numbers.percent(score.getAsDouble()) + " " + status : "NO_DATA")
        .append(", coverage ").append(Numbers.share(coverage));
    if (supporters.isEmpty()) {
      sb.append("\n  = own KPIs ").append(own.isPresent() ? Numbers.percent(own.getAsDouble()) : "(no data)")
          .append(" (nothing supports it)");
      return sb.toString();
    }
    OptionalDouble support = supporterScore();
    sb.append("\n  = ").append(Numbers.share(1 - supportShare)).append(" x own KPIs ")
        .append(own.isPresent() ? Numbers.percent(own.getAsDouble()) : "(no data)").append(" + ")
        .append(Numbers.share(supportShare)).append(" x supporters ")
        .append(support.isPresent() ? Numbers.percent(support.getAsDouble()) : "(no data)");
    if (own.isEmpty() || support.isEmpty()) {
      sb.append(" (a part without data is left out and lowers the coverage)");
    }
    supporters.forEach(c -> sb.append("\n  ").append(c));
    return sb.toString();
  }

  /** {@return the supporters' scores combined by alignment weight (equal when every weight is 0); empty without data} */
  public OptionalDouble supporterScore() {
    return Blend.weightedMean(supporters);
  }

  /** {@return for example {@code corp/C1 "Delight customers": 71.0% AT_RISK, coverage 83.3%}} */
  @Override
  public String toString() {
    return explain().lines().findFirst().orElseThrow();
  }
}
