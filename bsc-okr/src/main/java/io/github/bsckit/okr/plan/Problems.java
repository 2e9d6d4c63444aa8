package io.github.bsckit.okr.plan;

import io.github.bsckit.core.internal.Checks;

/**
 * A {@link Checks} made on the first problem only: the plan's values validate themselves in their constructors,
 * and a plan of 100,000 KPIs builds 400,000 key results that have none.
 */
final class Problems {
  private Problems() {}

  /** {@return {@code c}, or a new collector when it is null, with the problem added} */
  static Checks add(Checks c, String path, String message) {
    Checks out = c == null ? new Checks() : c;
    out.add(path, message);
    return out;
  }

  /** Throws the collected problems, if any. */
  static void throwIfAny(Checks c) {
    if (c != null) {
      c.throwIfAny();
    }
  }
}
