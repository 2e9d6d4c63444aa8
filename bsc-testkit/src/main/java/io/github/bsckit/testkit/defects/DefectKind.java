package io.github.bsckit.testkit.defects;

import io.github.bsckit.core.model.Keyed;

/**
 * The defects an injector can put into a valid scorecard, each named after the built-in rule that should
 * report it. Rule ids are those of DESIGN.md §5: the core rules live in bsc-core, the causality rules in
 * bsc-graph.
 */
public enum DefectKind implements Keyed {
  /** A link closing a loop of causes: rule {@code cycle} (bsc-graph). */
  CYCLE("cycle", false),
  /** A link from an objective to one in the perspective below: rule {@code downward-link} (bsc-graph). */
  DOWNWARD_LINK("downward-link", false),
  /** An objective without any link: rule {@code isolated-objective} (bsc-graph). */
  ISOLATED_OBJECTIVE("isolated-objective", false),
  /** A top-row objective with a link but nothing below driving it: rule {@code unsupported-outcome} (bsc-graph). */
  UNSUPPORTED_OUTCOME("unsupported-outcome", false),
  /** A KPI without a target: rule {@code missing-target} (bsc-core). */
  MISSING_TARGET("missing-target", true),
  /** A target on the wrong side of its baseline: rule {@code target-direction-mismatch} (bsc-core). */
  TARGET_DIRECTION_MISMATCH("target-direction-mismatch", true);

  private final String ruleId;
  private final boolean core;

  DefectKind(String ruleId, boolean core) {
    this.ruleId = ruleId;
    this.core = core;
  }

  /** {@return the id of the built-in rule that reports this defect} */
  public String ruleId() {
    return ruleId;
  }

  /** {@return true if that rule is one of bsc-core's, false if it is a causality rule of bsc-graph} */
  public boolean isCoreRule() {
    return core;
  }

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
