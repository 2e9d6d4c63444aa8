package io.github.bsckit.okr.plan;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Range;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One quarter's key result for one KPI: where the quarter starts, where it should end, and what kind of ask
 * that is. Immutable and thread-safe.
 *
 * <p>{@code start} and {@code target} mean, by {@link KeyResultType type}: for INCREASE and REDUCE the level at
 * the start and the level to reach; for KEEP_AT_LEAST and KEEP_AT_MOST the level at the start and the level to
 * stay on the right side of; for KEEP_BETWEEN the band's low and high ends; for DELIVER and LIMIT zero and the
 * amount of the quarter; for COMPLETE 0 (not done) and 1 (done). On an ordinal or milestone {@code scale} they
 * are positions of its levels, which the wording of key results writes as their text.
 *
 * @param kpi the KPI this key result measures
 * @param quarter the fiscal quarter it is set for
 * @param name the KPI's name, not blank
 * @param unit the KPI's unit, possibly empty
 * @param precision the KPI's decimals, 0 to 10
 * @param weight the KPI's weight in its objective, finite and not negative
 * @param type what the key result asks for
 * @param start see above; finite
 * @param target see above; finite
 * @param from the quarter's first day
 * @param due the quarter's last day, or the KPI's target date when that comes earlier; not before {@code from}
 * @param scale the KPI's scale: numbers, an ordinal scale or a milestone
 */
public record KeyResult(
    KpiId kpi,
    FiscalQuarter quarter,
    String name,
    String unit,
    int precision,
    double weight,
    KeyResultType type,
    double start,
    double target,
    LocalDate from,
    LocalDate due,
    Scale scale) {

  /**
   * Validates the components and that {@code start} and {@code target} fit the type.
   *
   * @param kpi the KPI this key result measures
   * @param quarter the fiscal quarter it is set for
   * @param name the KPI's name, not blank
   * @param unit the KPI's unit, possibly empty
   * @param precision the KPI's decimals, 0 to 10
   * @param weight the KPI's weight in its objective, finite and not negative
   * @param type what the key result asks for
   * @param start see above; finite
   * @param target see above; finite
   * @param from the quarter's first day
   * @param due the quarter's last day, or the KPI's target date when that comes earlier; not before {@code from}
   * @param scale the KPI's scale; {@code start} and {@code target} must be values it holds
   * @throws io.github.bsckit.core.ValidationException listing every problem
   */
  public KeyResult {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(due, "due");
    Checks c = new Checks(); // makes its list only on a problem
    if (name.isBlank()) {
      c.add("name", "must not be blank but was \"" + name + "\"");
    }
    if (precision < 0 || precision > 10) {
      c.add("precision", "must be between 0 and 10 but was " + precision);
    }
    if (!Double.isFinite(weight) || weight < 0) {
      c.add("weight", "must be a finite number >= 0 but was " + weight);
    }
    if (!Double.isFinite(start)) {
      c.add("start", "must be a finite number but was " + start);
    }
    if (!Double.isFinite(target)) {
      c.add("target", "must be a finite number but was " + target);
    }
    if (due.isBefore(from)) {
      c.add("due", "must not be before from (" + from + ") but was " + due);
    }
    if (c.isEmpty()) {
      String rule = switch (type) {
        case INCREASE -> target > start ? null : "must be above start (" + Numbers.plain(start) + ") for " + type;
        case REDUCE -> target < start ? null : "must be below start (" + Numbers.plain(start) + ") for " + type;
        case KEEP_BETWEEN -> target >= start ? null : "must not be below start (" + Numbers.plain(start) + ") for " + type;
        case DELIVER, LIMIT -> start == 0 ? null : "needs start 0 for " + type + " but start was " + Numbers.plain(start);
        case COMPLETE -> start == 0 && target == 1 ? null : "needs start 0 and target 1 (done) for " + type;
        case KEEP_AT_LEAST, KEEP_AT_MOST -> null;
      };
      if (rule != null) {
        c.add("target", rule + "; target was " + Numbers.plain(target));
      }
      if (type.isAmount() && !scale.isNumbers()) {
        c.add("scale", "must be numbers for " + type + " but was " + scale);
      }
      if (type == KeyResultType.COMPLETE && !scale.isMilestone()) {
        c.add("scale", "must be a milestone for " + type + " but was " + scale);
      }
      if (!scale.holds(start) || !scale.holds(target)) {
        c.add("scale", "must hold start (" + Numbers.plain(start) + ") and target (" + Numbers.plain(target) + ") but was "
            + scale);
      }
    }
    c.throwIfAny();
  }

  /**
   * A key result on a scale of numbers: the canonical constructor with {@link Scale#numbers()}.
   *
   * @param kpi the KPI this key result measures
   * @param quarter the fiscal quarter it is set for
   * @param name the KPI's name, not blank
   * @param unit the KPI's unit, possibly empty
   * @param precision the KPI's decimals, 0 to 10
   * @param weight the KPI's weight in its objective, finite and not negative
   * @param type what the key result asks for
   * @param start see the class comment; finite
   * @param target see the class comment; finite
   * @param from the quarter's first day
   * @param due the quarter's last day, or the KPI's target date when that comes earlier; not before {@code from}
   * @throws io.github.bsckit.core.ValidationException listing every problem
   */
  public KeyResult(KpiId kpi, FiscalQuarter quarter, String name, String unit, int precision, double weight,
      KeyResultType type, double start, double target, LocalDate from, LocalDate due) {
    this(kpi, quarter, name, unit, precision, weight, type, start, target, from, due, Scale.numbers());
  }

  /** {@return the band to stay in, for a KEEP_BETWEEN key result; empty for every other type} */
  public Optional<Range> band() {
    return type == KeyResultType.KEEP_BETWEEN ? Optional.of(Range.of(start, target)) : Optional.empty();
  }

  /** {@return for example {@code FY2026 Q2 retention: INCREASE 86.25% -> 87.5%}} */
  @Override
  public String toString() {
    return quarter + " " + kpi + ": " + type + " " + Numbers.withUnit(start, unit) + " -> "
        + Numbers.withUnit(target, unit);
  }
}
