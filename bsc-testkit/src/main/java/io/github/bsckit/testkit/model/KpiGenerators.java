package io.github.bsckit.testkit.model;

import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.testkit.Generators;
import java.util.Objects;

/**
 * Generators of KPIs that pass every core rule: every direction and kind, a baseline (usually), a target on the
 * right side of it (a RANGE KPI's band is its target, so it may have none), milestones strictly between them
 * in date and value order, and values with no more decimals than the KPI's precision.
 *
 * <pre>{@code
 * Generator<Kpi> churn = KpiGenerators.withId(KpiId.of("churn")).directions(Direction.DECREASE);
 * }</pre>
 */
public final class KpiGenerators {
  private KpiGenerators() {}

  /** {@return a generator of KPIs with arbitrary ids} */
  public static KpiGenerator any() {
    return KpiGenerator.DEFAULT.ids(IdGenerators.kpiIds());
  }

  /**
   * {@return a generator of KPIs that all have the given id, as a scorecard's generator needs}
   *
   * @param id the id
   */
  public static KpiGenerator withId(KpiId id) {
    Objects.requireNonNull(id, "id");
    return KpiGenerator.DEFAULT.ids(Generators.constant(id));
  }
}
