package io.github.bsckit.okr.plan;

import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import java.util.Objects;

/**
 * A KPI the planner could not turn into key results, and why (no target, no baseline to start from, …).
 * Immutable and thread-safe.
 *
 * @param kpi the KPI
 * @param objective the objective it belongs to
 * @param reason why it has no key results, in words
 */
public record SkippedKpi(KpiId kpi, ObjectiveId objective, String reason) {

  /**
   * Validates the components.
   *
   * @param kpi the KPI
   * @param objective the objective it belongs to
   * @param reason why it has no key results, in words
   */
  public SkippedKpi {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@return for example {@code nps (C2): no baseline to start from}} */
  @Override
  public String toString() {
    return kpi + " (" + objective + "): " + reason;
  }
}
