package io.github.bsckit.testkit.portfolio;

import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.portfolio.PortfolioRuleSet;

/** The defects {@link PortfolioGenerators} can inject, one per portfolio rule, each named by the rule that finds it. */
public enum PortfolioDefect implements Keyed {
  /** An objective of a unit below the root that supports nothing above. */
  UNALIGNED_OBJECTIVE(PortfolioRuleSet.UNALIGNED_OBJECTIVE),
  /** An objective of a unit with units under it that none of them supports. */
  UNSUPPORTED_OBJECTIVE(PortfolioRuleSet.UNSUPPORTED_OBJECTIVE),
  /** An alignment back down, closing a cycle. */
  ALIGNMENT_CYCLE(PortfolioRuleSet.ALIGNMENT_CYCLE),
  /** An alignment past the parent, or within a unit. */
  ALIGNMENT_SKIPS_LEVEL(PortfolioRuleSet.ALIGNMENT_SKIPS_LEVEL),
  /** A roll-up of KPIs in days into a KPI in percent. */
  ROLLUP_UNIT_MISMATCH(PortfolioRuleSet.ROLLUP_UNIT_MISMATCH),
  /** A sum of LEVEL KPIs. */
  ROLLUP_KIND_MISMATCH(PortfolioRuleSet.ROLLUP_KIND_MISMATCH),
  /** A second unit without a parent. */
  ORPHAN_UNIT(PortfolioRuleSet.ORPHAN_UNIT);

  private final String ruleId;

  PortfolioDefect(String ruleId) {
    this.ruleId = ruleId;
  }

  /** {@return the id of the portfolio rule that reports this defect, and only it} */
  public String ruleId() {
    return ruleId;
  }

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
