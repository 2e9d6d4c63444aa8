package io.github.bsckit.core.rules;

import io.github.bsckit.core.model.ElementId;
import java.util.List;
import java.util.Objects;

/**
 * One finding of a {@link Rule}: which rule, how serious, about which elements, and what is wrong. Immutable
 * and thread-safe.
 *
 * @param ruleId the stable kebab-case id of the rule that found it
 * @param severity how serious it is, after the rule set's overrides
 * @param subjects the ids of the elements concerned, most relevant first; may be empty for the whole scorecard
 * @param message what is wrong, in a sentence naming the elements
 */
public record Violation(String ruleId, Severity severity, List<ElementId> subjects, String message) {

  /**
   * Rejects nulls and copies the subjects.
   *
   * @param ruleId the stable kebab-case id of the rule that found it
   * @param severity how serious it is, after the rule set's overrides
   * @param subjects the ids of the elements concerned, most relevant first; may be empty for the whole scorecard
   * @param message what is wrong, in a sentence naming the elements
   */
  public Violation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    subjects = List.copyOf(subjects);
    Objects.requireNonNull(message, "message");
  }

  /** {@return the subjects' ids as text, as the CLI's JSON lists them} */
  public List<String> subjectIds() {
    return subjects.stream().map(ElementId::value).toList();
  }

  /** {@return for example {@code ERROR cycle [A, B, C]: objectives A -> B -> C -> A form a cycle}} */
  @Override
  public String toString() {
    return severity + " " + ruleId + " " + subjects + ": " + message;
  }
}
