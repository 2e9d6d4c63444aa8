package io.github.bsckit.testkit.defects;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.ElementId;
import io.github.bsckit.core.model.Scorecard;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link DefectInjector} did: which defect it put in, which elements it concerns, and the scorecard that
 * now has it. A test can then say "the rule fires on exactly these". Immutable and thread-safe.
 *
 * <pre>{@code
 * InjectedDefect d = Defects.missingTarget().into(ScorecardGenerators.valid()).generate(Source.seeded(7));
 * ValidationReport report = RuleSet.core().validate(d.scorecard());
 * assertThat(report.ofRule(d.ruleId())).extracting(Violation::subjectIds).containsExactly(d.subjectIds());
 * }</pre>
 *
 * @param kind the defect
 * @param subjects the elements the rule should name, most relevant first: the KPI then its objective for KPI
 *     defects; the objectives along the loop for a cycle, starting where it was closed; the cause then the
 *     effect for a downward link; the objective for an isolated objective or an unsupported outcome. Rules may
 *     list them in another order or rotation, so compare cycles as sets.
 * @param sideEffects ids of the other built-in rules that report this one defect too, because it cannot be
 *     made alone: a cycle's closing link points downward, an unsupported outcome keeps a link within the top
 *     row so that it is not isolated. With the core and strategy map rules exactly these and the defect's own
 *     rule fire. Never an ERROR-level rule.
 * @param description what was changed, in a sentence naming the elements
 * @param scorecard the scorecard with the defect
 */
public record InjectedDefect(DefectKind kind, List<ElementId> subjects, List<String> sideEffects, String description,
    Scorecard scorecard) {

  /**
   * Validates the components.
   *
   * @param kind the defect
   * @param subjects the elements the rule should name, most relevant first: the KPI then its objective for KPI defects; the objectives along the loop for a cycle, starting where it was closed; the cause then the effect for a downward link; the objective for an isolated objective or an unsupported outcome. Rules may list them in another order or rotation, so compare cycles as sets.
   * @param sideEffects ids of the other built-in rules that report this one defect too, because it cannot be made alone: a cycle's closing link points downward, an unsupported outcome keeps a link within the top row so that it is not isolated. With the core and strategy map rules exactly these and the defect's own rule fire. Never an ERROR-level rule.
   * @param description what was changed, in a sentence naming the elements
   * @param scorecard the scorecard with the defect
   * @throws BscException if there are no subjects or a side effect repeats the defect's own rule
   */
  public InjectedDefect {
    Objects.requireNonNull(kind, "kind");
    subjects = List.copyOf(subjects);
    sideEffects = List.copyOf(sideEffects);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(scorecard, "scorecard");
    if (subjects.isEmpty()) {
      throw new BscException("subjects must name at least one element but was empty");
    }
    if (sideEffects.contains(kind.ruleId())) {
      throw new BscException("sideEffects must not repeat the defect's own rule " + kind.ruleId() + " but was "
          + sideEffects);
    }
  }

  /** {@return the id of the rule that should report the defect} */
  public String ruleId() {
    return kind.ruleId();
  }

  /** {@return the subjects' ids as text, as {@code Violation.subjectIds()} gives them} */
  public List<String> subjectIds() {
    return subjects.stream().map(ElementId::value).toList();
  }

  /** {@return the rule, subjects and description, then the scorecard on the following lines} */
  @Override
  public String toString() {
    return ruleId() + " " + subjects + ": " + description + "\n" + scorecard;
  }
}
