package io.github.bsckit.core.rules;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.ElementId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Findings of one rule that say the same thing about different elements ("objective F1 has no KPI", "objective
 * F2 has no KPI", …), shown as one finding naming them all. A group keeps every violation, so nothing is lost
 * for machines; {@link #message()} is the one line for people. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (ViolationGroup g : report.grouped()) {
 *   System.out.println(g.severity() + " " + g.ruleId() + ": " + g.message());
 * }
 * }</pre>
 *
 * @param violations the findings, in report order; at least one, all of the same rule and severity
 * @see ValidationReport#grouped()
 */
public record ViolationGroup(List<Violation> violations) {

  /**
   * Checks and copies the violations.
   *
   * @param violations the findings, in report order; at least one, all of the same rule and severity
   * @throws io.github.bsckit.core.ValidationException if there are none, or they differ in rule or severity
   */
  public ViolationGroup {
    violations = List.copyOf(violations);
    if (violations.isEmpty()) {
      throw Checks.invalid("violations", "must name at least one violation but was empty");
    }
    Violation first = violations.get(0);
    for (Violation v : violations) {
      if (!v.ruleId().equals(first.ruleId()) || v.severity() != first.severity()) {
        throw Checks.invalid("violations", "must share one rule and severity but had " + first.ruleId()
            + " " + first.severity() + " and " + v.ruleId() + " " + v.severity());
      }
    }
  }

  /** {@return the id of the rule that found them} */
  public String ruleId() {
    return violations.get(0).ruleId();
  }

  /** {@return their severity} */
  public Severity severity() {
    return violations.get(0).severity();
  }

  /** {@return how many findings the group holds} */
  public int size() {
    return violations.size();
  }

  /** {@return every subject of every finding, in order, without repeats} */
  public List<ElementId> subjects() {
    Set<ElementId> all = new LinkedHashSet<>();
    violations.forEach(v -> all.addAll(v.subjects()));
    return List.copyOf(all);
  }

  /**
   * {@return the first finding's message, and when there are more, the main subject of each of the others}
   * For example {@code objective F1 "Grow" has no KPI; likewise F2, F3 (3 in all)}.
   */
  public String message() {
    if (violations.size() == 1) {
      return violations.get(0).message();
    }
    List<String> others = new ArrayList<>();
    for (int i = 1; i < violations.size(); i++) {
      List<ElementId> s = violations.get(i).subjects();
      others.add(s.isEmpty() ? "the scorecard" : s.get(0).value());
    }
    return violations.get(0).message() + "; likewise " + String.join(", ", others) + " (" + violations.size()
        + " in all)";
  }

  /** {@return for example {@code WARNING objective-without-kpi ×3: objective F1 … (3 in all)}} */
  @Override
  public String toString() {
    return severity() + " " + ruleId() + (size() > 1 ? " \u00d7" + size() : "") + ": " + message();
  }

  /**
   * The text of a message with its own subjects' ids and every quoted name taken out: findings with the same
   * skeleton say the same thing about different elements.
   */
  static String skeleton(Violation v) {
    String text = v.message().replaceAll("\"[^\"]*\"", "\"…\"");
    List<ElementId> subjects = new ArrayList<>(v.subjects());
    subjects.sort((a, b) -> b.value().length() - a.value().length()); // longest first: F10 before F1
    for (ElementId id : subjects) {
      text = text.replaceAll("(?<![A-Za-z0-9._-])" + java.util.regex.Pattern.quote(id.value())
          + "(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])", "∎");
    }
    return Objects.requireNonNull(text);
  }
}
