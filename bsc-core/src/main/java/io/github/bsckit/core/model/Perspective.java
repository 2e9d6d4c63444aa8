package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A row of the scorecard and its strategy map. The scorecard lists its perspectives top to bottom as drawn;
 * the classic four are {@link #FINANCIAL}, {@link #CUSTOMER}, {@link #INTERNAL_PROCESS} and
 * {@link #LEARNING_GROWTH}, and custom sets and orders are normal (a public agency puts its mission on top).
 * Immutable and thread-safe.
 *
 * @param id the id
 * @param name the display name, not blank
 */
public record Perspective(PerspectiveId id, String name) {

  /** Financial: how do we define a win? */
  public static final Perspective FINANCIAL = new Perspective(PerspectiveId.FINANCIAL, "Financial");
  /** Customer: why will our customers choose us? */
  public static final Perspective CUSTOMER = new Perspective(PerspectiveId.CUSTOMER, "Customer");
  /** Internal process: what must we be great at? */
  public static final Perspective INTERNAL_PROCESS = new Perspective(PerspectiveId.INTERNAL_PROCESS,
      "Internal Process");
  /** Learning and growth: how do we build our future? */
  public static final Perspective LEARNING_GROWTH = new Perspective(PerspectiveId.LEARNING_GROWTH,
      "Learning & Growth");

  private static final List<Perspective> CLASSIC = List.of(FINANCIAL, CUSTOMER, INTERNAL_PROCESS, LEARNING_GROWTH);

  /**
   * Validates the components.
   *
   * @param id the id
   * @param name the display name, not blank
   * @throws io.github.bsckit.core.ValidationException if the name is blank
   */
  public Perspective {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Checks c = new Checks();
    c.text("name", name);
    c.throwIfAny();
  }

  /**
   * Returns a perspective.
   *
   * @param id the id
   * @param name the display name
   * @return the perspective
   */
  public static Perspective of(String id, String name) {
    return new Perspective(PerspectiveId.of(id), name);
  }

  /** {@return the classic four, top to bottom: financial, customer, internal process, learning &amp; growth} */
  public static List<Perspective> classic() {
    return CLASSIC;
  }

  /** {@return for example {@code financial (Financial)}} */
  @Override
  public String toString() {
    return id + " (" + name + ")";
  }
}
