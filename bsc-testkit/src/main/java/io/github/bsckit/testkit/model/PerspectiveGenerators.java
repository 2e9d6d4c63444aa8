package io.github.bsckit.testkit.model;

import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.Weighted;
import io.github.bsckit.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of a scorecard's perspectives, top to bottom: the classic four, the classic four in another
 * order, a public-sector order, and custom sets. The classic four are the simplest.
 */
public final class PerspectiveGenerators {
  private static final List<Perspective> PUBLIC_SECTOR = List.of(Perspective.of("mission", "Mission"),
      Perspective.CUSTOMER, Perspective.INTERNAL_PROCESS, Perspective.LEARNING_GROWTH, Perspective.FINANCIAL);

  private PerspectiveGenerators() {}

  /** {@return a generator of the classic four: financial, customer, internal process, learning &amp; growth} */
  public static Generator<List<Perspective>> classic() {
    return Generators.constant(Perspective.classic());
  }

  /** {@return a generator of the classic four in any order (a public agency puts customer on top)} */
  public static Generator<List<Perspective>> classicReordered() {
    return Generators.shuffled(Perspective.classic());
  }

  /**
   * {@return a generator of the public-sector order: mission on top, then customer, internal process,
   * learning &amp; growth, and financial resources at the bottom}
   */
  public static Generator<List<Perspective>> publicSector() {
    return Generators.constant(PUBLIC_SECTOR);
  }

  /**
   * {@return a generator of custom perspective sets of [min, max] rows, drawn from the classic four and
   * others such as mission, stakeholder, sustainability and people, in any order}
   *
   * @param min the fewest perspectives, at least 1
   * @param max the most perspectives, at most 13
   * @throws io.github.bsckit.core.BscException if the bounds are wrong
   */
  public static Generator<List<Perspective>> custom(int min, int max) {
    List<Perspective> pool = new ArrayList<>(Perspective.classic());
    Vocabulary.CUSTOM_PERSPECTIVES.forEach(p -> pool.add(Perspective.of(p.get(0), p.get(1))));
    Checks.requireAtLeast("min", min, 1);
    Checks.requireAtMost("min", min, max);
    Checks.requireBetween("max", max, min, pool.size());
    return source -> {
      int n = source.between(min, max);
      return Generators.shuffle(pool, source).subList(0, n);
    };
  }

  /**
   * {@return {@code count} numbered perspectives ({@code row-1} on top), for maps with many layers}
   *
   * @param count how many rows, at least 1
   * @throws io.github.bsckit.core.BscException if {@code count < 1}
   */
  public static List<Perspective> rows(int count) {
    Checks.requireAtLeast("count", count, 1);
    List<Perspective> rows = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      rows.add(Perspective.of("row-" + i, "Row " + i));
    }
    return List.copyOf(rows);
  }

  /**
   * {@return a generator of every kind above: mostly the classic four, then reordered, public-sector and
   * custom sets of 2 to 6 perspectives}
   */
  public static Generator<List<Perspective>> any() {
    return Generators.frequency(Weighted.of(6, classic()), Weighted.of(2, classicReordered()),
        Weighted.of(1, publicSector()), Weighted.of(2, custom(2, 6)));
  }
}
