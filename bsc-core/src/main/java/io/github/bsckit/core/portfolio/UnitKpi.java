package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.model.KpiId;
import java.util.Objects;

/**
 * A KPI of one unit's scorecard, named across the portfolio: {@code retail/revenue}. Immutable and thread-safe.
 *
 * @param unit the unit
 * @param kpi the KPI of that unit's scorecard
 */
public record UnitKpi(UnitId unit, KpiId kpi) {

  /**
   * Rejects nulls.
   *
   * @param unit the unit
   * @param kpi the KPI of that unit's scorecard
   */
  public UnitKpi {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kpi, "kpi");
  }

  /**
   * {@return the KPI {@code kpi} of unit {@code unit}}
   *
   * @param unit the unit's id
   * @param kpi the KPI's id
   * @throws io.github.bsckit.core.ValidationException if either is not a valid id
   */
  public static UnitKpi of(String unit, String kpi) {
    return new UnitKpi(UnitId.of(unit), KpiId.of(kpi));
  }

  /**
   * Reads the text form {@code unit/kpi}.
   *
   * @param text for example {@code retail/revenue}
   * @return the qualified KPI
   * @throws io.github.bsckit.core.ValidationException if the text has no {@code /} or either side is no id
   */
  public static UnitKpi parse(String text) {
    String[] parts = Qualified.split("a KPI", "retail/revenue", text);
    return of(parts[0], parts[1]);
  }

  /** {@return this KPI as a violation subject} */
  public UnitElement asElement() {
    return UnitElement.of(unit, kpi);
  }

  /** {@return {@code unit/kpi}} */
  @Override
  public String toString() {
    return unit + "/" + kpi;
  }
}
