package io.github.bsckit.okr.grading;

import io.github.bsckit.okr.plan.OkrObjective;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a quarterly objective has come: the weighted mean of the grades of its key results that have data.
 * Immutable and thread-safe.
 *
 * @param objective the quarterly objective
 * @param grade the weighted mean grade, or empty when none of its key results has data yet
 * @param keyResults the grades of the key results that have data, in the objective's order
 */
public record ObjectiveGrade(OkrObjective objective, Optional<Grade> grade, List<KeyResultGrade> keyResults) {

  /**
   * Validates the components.
   *
   * @param objective the quarterly objective
   * @param grade the weighted mean grade, or empty when none of its key results has data yet
   * @param keyResults the grades of the key results that have data, in the objective's order
   */
  public ObjectiveGrade {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(grade, "grade");
    keyResults = List.copyOf(keyResults);
  }

  /** {@return true if the objective has a grade that meets its commitment (1.0 committed, 0.7 aspirational)} */
  public boolean isSuccess() {
    return grade.map(g -> g.meets(objective.commitment())).orElse(false);
  }

  /** {@return how many of the objective's key results have data, as a fraction from 0 to 1} */
  public double coverage() {
    return (double) keyResults.size() / objective.keyResults().size();
  }

  /** {@return for example {@code FY2026 Q2 C1 "Increase Customer Retention" (committed, 1 key result): 0.6 (yellow)}} */
  @Override
  public String toString() {
    return objective + ": " + grade.map(Grade::toString).orElse("no data");
  }
}
