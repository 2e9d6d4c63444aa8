package io.github.bsckit.okr.plan;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One quarter's OKR objective: a strategic objective of the scorecard, carried into the quarter with one key
 * result per KPI that has something to do in it. Immutable and thread-safe.
 *
 * @param objective the scorecard objective it comes from
 * @param quarter the fiscal quarter
 * @param name the objective's name, not blank
 * @param owner who is accountable, if named
 * @param perspective the perspective the objective belongs to
 * @param themes the themes it serves
 * @param weight the objective's weight, finite and not negative
 * @param commitment committed or aspirational
 * @param keyResults its key results, at least one, all for {@code quarter}, in the order of the objective's KPIs
 */
public record OkrObjective(
    ObjectiveId objective,
    FiscalQuarter quarter,
    String name,
    Optional<String> owner,
    PerspectiveId perspective,
    List<ThemeId> themes,
    double weight,
    Commitment commitment,
    List<KeyResult> keyResults) {

  /**
   * Validates the components.
   *
   * @param objective the scorecard objective it comes from
   * @param quarter the fiscal quarter
   * @param name the objective's name, not blank
   * @param owner who is accountable, if named
   * @param perspective the perspective the objective belongs to
   * @param themes the themes it serves
   * @param weight the objective's weight, finite and not negative
   * @param commitment committed or aspirational
   * @param keyResults its key results, at least one, all for {@code quarter}, in the order of the objective's KPIs
   * @throws io.github.bsckit.core.ValidationException listing every problem
   */
  public OkrObjective {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(perspective, "perspective");
    themes = List.copyOf(themes);
    Objects.requireNonNull(commitment, "commitment");
    keyResults = List.copyOf(keyResults);
    Checks c = new Checks(); // makes its list only on a problem
    if (name.isBlank()) {
      c.add("name", "must not be blank but was \"" + name + "\"");
    }
    if (!Double.isFinite(weight) || weight < 0) {
      c.add("weight", "must be a finite number >= 0 but was " + weight);
    }
    if (keyResults.isEmpty()) {
      c.add("keyResults", "must hold at least one key result");
    }
    for (int i = 0; i < keyResults.size(); i++) {
      FiscalQuarter q = keyResults.get(i).quarter();
      if (q != quarter && !q.equals(quarter)) {
        c.add("keyResults[" + i + "].quarter", "must be " + quarter + " but was " + q);
      }
    }
    c.throwIfAny();
  }

  /** {@return for example {@code FY2026 Q2 C1 "Increase Customer Retention" (committed, 1 key result)}} */
  @Override
  public String toString() {
    return quarter + " " + objective + " \"" + name + "\" (" + commitment.key() + ", "
        + Numbers.plural(keyResults.size(), "key result") + ")";
  }
}
