package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Scorecard;
import java.util.Objects;
import java.util.Optional;

/**
 * One organisational unit of a {@link Portfolio} (the corporation, a business unit, a team) with its own
 * scorecard. Immutable and thread-safe.
 *
 * @param id the unit's id, unique in the portfolio
 * @param name its display name, not blank
 * @param parent the unit one level up; empty for the portfolio's root (the corporate unit)
 * @param weight its weight among its siblings, such as revenue share or headcount: used by
 *     {@link Aggregation#WEIGHTED_MEAN} roll-ups; 0 or more, at most {@value Checks#MAX_WEIGHT}
 * @param scorecard the unit's own scorecard
 */
public record Unit(UnitId id, String name, Optional<UnitId> parent, double weight, Scorecard scorecard) {

  /**
   * Validates every component.
   *
   * @param id the unit's id, unique in the portfolio
   * @param name its display name, not blank
   * @param parent the unit one level up; empty for the root
   * @param weight its weight among its siblings, 0 or more
   * @param scorecard the unit's own scorecard
   * @throws io.github.bsckit.core.ValidationException naming the field and the value
   */
  public Unit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(scorecard, "scorecard");
    Checks c = new Checks();
    c.text("name", name);
    c.weight("weight", weight);
    c.check(parent.isEmpty() || !parent.get().equals(id), "parent", "must be another unit but was the unit itself, \""
        + id + "\"");
    c.throwIfAny();
  }

  /**
   * {@return a root unit (no parent) of weight 1}
   *
   * @param id the unit's id
   * @param name its display name
   * @param scorecard its scorecard
   */
  public static Unit root(String id, String name, Scorecard scorecard) {
    return new Unit(UnitId.of(id), name, Optional.empty(), 1, scorecard);
  }

  /**
   * {@return a unit under {@code parent}, of weight 1}
   *
   * @param id the unit's id
   * @param name its display name
   * @param parent the unit one level up
   * @param scorecard its scorecard
   */
  public static Unit of(String id, String name, String parent, Scorecard scorecard) {
    return new Unit(UnitId.of(id), name, Optional.of(UnitId.of(parent)), 1, scorecard);
  }

  /**
   * {@return this unit with another weight}
   *
   * @param weight 0 or more
   */
  public Unit withWeight(double weight) {
    return new Unit(id, name, parent, weight, scorecard);
  }

  /**
   * {@return this unit with another scorecard}
   *
   * @param scorecard the scorecard
   */
  public Unit withScorecard(Scorecard scorecard) {
    return new Unit(id, name, parent, weight, scorecard);
  }

  /**
   * {@return this unit under another parent}
   *
   * @param parent the new parent, or empty to make it a root
   */
  public Unit withParent(Optional<UnitId> parent) {
    return new Unit(id, name, parent, weight, scorecard);
  }

  /** {@return for example {@code unit retail "Retail" under corp, weight 0.6}} */
  @Override
  public String toString() {
    return "unit " + id + " \"" + name + "\"" + parent.map(p -> " under " + p).orElse(" (root)")
        + (weight == 1 ? "" : ", weight " + Numbers.plain(weight));
  }
}
