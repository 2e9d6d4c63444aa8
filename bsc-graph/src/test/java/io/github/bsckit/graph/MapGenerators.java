package io.github.bsckit.graph;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Strength;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of strategy maps for bsc-graph's own laws. Kept in test scope until bsc-testkit's
 * generators replace them. Each map has perspectives {@code r<k>} (rank k from the bottom) and objectives
 * {@code o<k>-<i>}; the shape comes from small integers that shrink, the details from a seed.
 */
public final class MapGenerators {
  private MapGenerators() {}

  /**
   * Maps whose links all point up: 2 to {@code maxRows} rows of 1 to {@code maxWidth} objectives, links to the
   * next row up more likely than links skipping rows, random strengths and polarities.
   *
   * @param maxRows the most rows
   * @param maxWidth the most objectives in a row
   * @return the generator
   */
  public static Gen<Scorecard> upwardMaps(int maxRows, int maxWidth) {
    return integers().between(2, maxRows).zip(integers().between(1, maxWidth), integers().between(0, 100),
        longs().all(), (rows, width, density, seed) -> layered(rows, width, density, seed, false));
  }

  /**
   * Maps with any links: up, down, within a row, self-links, duplicates, cycles.
   *
   * @return the generator
   */
  public static Gen<Scorecard> anyMaps() {
    return integers().between(1, 4).zip(integers().between(1, 4), integers().between(0, 100), longs().all(),
        (rows, width, density, seed) -> layered(rows, width, density, seed, true));
  }

  static Scorecard layered(int rows, int width, int density, long seed, boolean anyDirection) {
    Random random = new Random(seed);
    Scorecard.Builder b = Scorecard.builder("Generated " + rows + "x" + width + " d" + density + " s" + seed);
    for (int r = rows - 1; r >= 0; r--) {
      b.perspective("r" + r, "Row " + r);
    }
    List<String> ids = new ArrayList<>();
    List<Integer> rank = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      int n = 1 + random.nextInt(width);
      for (int i = 0; i < n; i++) {
        String id = "o" + r + "-" + i;
        b.objective(id, "Objective " + r + "." + i, "r" + r);
        ids.add(id);
        rank.add(r);
      }
    }
    List<CausalLink> links = new ArrayList<>();
    if (anyDirection) {
      int count = random.nextInt(2 * ids.size() * density / 100 + 1);
      for (int k = 0; k < count; k++) {
        if (!links.isEmpty() && random.nextInt(10) == 0) {
          links.add(links.get(random.nextInt(links.size())));
        } else {
          links.add(link(random, ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size()))));
        }
      }
    } else {
      for (int a = 0; a < ids.size(); a++) {
        for (int c = 0; c < ids.size(); c++) {
          int gap = rank.get(c) - rank.get(a);
          if (gap > 0 && random.nextInt(100 * gap * gap) < density) {
            links.add(link(random, ids.get(a), ids.get(c)));
          }
        }
      }
    }
    links.forEach(b::link);
    return b.build();
  }

  private static CausalLink link(Random random, String from, String to) {
    CausalLink l = CausalLink.of(ObjectiveId.of(from), ObjectiveId.of(to));
    switch (random.nextInt(5)) {
      case 0 -> l = l.withStrength(Strength.WEAK);
      case 1 -> l = l.withStrength(Strength.MODERATE);
      case 2 -> l = l.withStrength(Strength.STRONG);
      case 3 -> l = l.withStrength(Strength.of(0.5));
      default -> { }
    }
    return random.nextInt(4) == 0 ? l.withPolarity(Polarity.INVERSE) : l;
  }
}
