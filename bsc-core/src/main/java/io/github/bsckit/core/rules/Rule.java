package io.github.bsckit.core.rules;

import io.github.bsckit.core.model.Scorecard;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A check of a scorecard's quality. A rule reports {@link Violation}s through its {@link RuleContext}; the
 * {@link RuleSet} running it supplies the rule id and the severity (the rule's default unless overridden).
 * Rules must be stateless and thread-safe. User-written rules are first-class:
 *
 * <pre>{@code
 * Rule ownerless = Rule.of("objective-without-owner", Severity.WARNING, "Every objective names an owner",
 *     (scorecard, ctx) -> scorecard.objectives().stream().filter(o -> o.owner().isEmpty())
 *         .forEach(o -> ctx.report("objective " + o.id() + " has no owner", o.id())));
 * RuleSet rules = RuleSet.core().with(ownerless);
 * }</pre>
 */
public interface Rule {

  /** {@return the stable kebab-case id, part of the public contract (for example {@code too-many-kpis})} */
  String id();

  /** {@return the severity used unless a rule set overrides it} */
  Severity defaultSeverity();

  /** {@return what the rule checks, in one sentence} */
  String description();

  /**
   * Checks a scorecard, reporting each finding to the context.
   *
   * @param scorecard the scorecard to check
   * @param context where findings go, and a cache of structures derived from the scorecard
   */
  void check(Scorecard scorecard, RuleContext context);

  /**
   * Makes a rule from a function.
   *
   * @param id the rule's kebab-case id
   * @param defaultSeverity its default severity
   * @param description what it checks
   * @param check the check
   * @return the rule
   * @throws io.github.bsckit.core.ValidationException if the id is not kebab-case
   */
  static Rule of(String id, Severity defaultSeverity, String description, BiConsumer<Scorecard, RuleContext> check) {
    return new FunctionRule(RuleIds.check(id), Objects.requireNonNull(defaultSeverity, "defaultSeverity"),
        Objects.requireNonNull(description, "description"), Objects.requireNonNull(check, "check"));
  }
}
