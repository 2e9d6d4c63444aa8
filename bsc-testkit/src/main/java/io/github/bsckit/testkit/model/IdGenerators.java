package io.github.bsckit.testkit.model;

import io.github.bsckit.core.model.InitiativeId;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Generators;

/**
 * Generators of ids in bsc-kit's id syntax (a letter or digit, then up to 63 letters, digits, {@code .},
 * {@code _} or {@code -}), and of texts that break it, for tests of readers and builders. Short ids are the
 * simplest.
 */
public final class IdGenerators {
  private static final String FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String REST = FIRST + "._-";

  private IdGenerators() {}

  /** {@return a generator of id texts of 1 to 64 characters, mostly short} */
  public static Generator<String> ids() {
    return source -> {
      int length = source.chance(10) ? source.between(1, 64) : source.between(1, 8);
      StringBuilder sb = new StringBuilder(length);
      sb.append(FIRST.charAt(source.between(0, FIRST.length() - 1)));
      for (int i = 1; i < length; i++) {
        sb.append(REST.charAt(source.between(0, REST.length() - 1)));
      }
      return sb.toString();
    };
  }

  /**
   * {@return a generator of texts that are not valid ids: empty, too long, starting with a separator, or
   * holding a space, a slash or a non-ASCII letter}
   */
  public static Generator<String> invalid() {
    return Generators.oneOf(
        Generators.constant(""),
        ids().map(id -> "-" + id),
        ids().map(id -> "." + id),
        ids().map(id -> id + " " + id),
        ids().map(id -> id + "/x"),
        ids().map(id -> "é" + id),
        ids().map(id -> (id + "x".repeat(64)).substring(0, 65)));
  }

  /** {@return a generator of objective ids} */
  public static Generator<ObjectiveId> objectiveIds() {
    return ids().map(ObjectiveId::of);
  }

  /** {@return a generator of KPI ids} */
  public static Generator<KpiId> kpiIds() {
    return ids().map(KpiId::of);
  }

  /** {@return a generator of theme ids} */
  public static Generator<ThemeId> themeIds() {
    return ids().map(ThemeId::of);
  }

  /** {@return a generator of perspective ids} */
  public static Generator<PerspectiveId> perspectiveIds() {
    return ids().map(PerspectiveId::of);
  }

  /** {@return a generator of initiative ids} */
  public static Generator<InitiativeId> initiativeIds() {
    return ids().map(InitiativeId::of);
  }
}
