package io.github.bsckit.testkit.portfolio;

import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.UnitElement;
import java.util.List;
import java.util.Objects;

/**
 * A portfolio with one defect injected into an otherwise valid one, and what was done. Immutable and thread-safe.
 *
 * @param kind the defect
 * @param portfolio the portfolio holding it
 * @param subjects what the defect is about: the rule's findings name each of them
 * @param description what was injected, in words
 */
public record InjectedPortfolioDefect(PortfolioDefect kind, Portfolio portfolio, List<UnitElement> subjects,
    String description) {

  /**
   * Copies the subjects and rejects nulls.
   *
   * @param kind the defect
   * @param portfolio the portfolio
   * @param subjects what the defect is about
   * @param description what was injected
   */
  public InjectedPortfolioDefect {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(portfolio, "portfolio");
    subjects = List.copyOf(subjects);
    Objects.requireNonNull(description, "description");
  }

  /** {@return the id of the rule expected to report it} */
  public String ruleId() {
    return kind.ruleId();
  }

  /** {@return for example {@code alignment-cycle: root/O0 now supports bu0/O0 [root/O0, bu0/O0]}} */
  @Override
  public String toString() {
    return kind.ruleId() + ": " + description + " " + subjects;
  }
}
