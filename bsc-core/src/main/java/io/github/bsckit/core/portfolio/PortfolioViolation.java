package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.rules.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One finding of a portfolio-wide validation: which rule, how serious, about which units and unit elements, and
 * what is wrong. A finding of a unit's own scorecard rules names that unit in every subject
 * ({@code retail/C1}). Immutable and thread-safe.
 *
 * @param ruleId the stable kebab-case id of the rule that found it
 * @param severity how serious it is, after the rule set's overrides
 * @param subjects the units or unit elements concerned, most relevant first; never empty
 * @param message what is wrong, in a sentence naming the elements
 */
public record PortfolioViolation(String ruleId, Severity severity, List<UnitElement> subjects, String message) {

  /**
   * Rejects nulls and copies the subjects.
   *
   * @param ruleId the rule's id
   * @param severity the severity
   * @param subjects the subjects, never empty
   * @param message what is wrong
   */
  public PortfolioViolation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    subjects = List.copyOf(subjects);
    Objects.requireNonNull(message, "message");
  }

  /** {@return the subjects as text ({@code retail/C1}), as the CLI's JSON lists them} */
  public List<String> subjectIds() {
    return subjects.stream().map(UnitElement::toString).toList();
  }

  /** {@return for example {@code warning unaligned-objective [retail/C2]: objective C2 of unit retail supports …}} */
  @Override
  public String toString() {
    return severity + " " + ruleId + " " + subjects + ": " + message;
  }
}
