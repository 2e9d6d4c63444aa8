package io.github.bsckit.testkit.model;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.testkit.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A generator of strategy maps whose links all point upward, so every map is a directed acyclic graph by
 * construction: each link goes from an objective to one in a perspective above it, each possible such link
 * present with the chosen density. Get one from {@link StrategyMapGenerators#upward()}. Immutable and
 * thread-safe; each setting returns a new generator.
 *
 * <p>These maps are for the graph algorithms (paths, reachability, reduction), not for rule validity: a sparse
 * one has isolated objectives, and unless {@link #adjacentOnly()} is set links may skip perspectives and be
 * implied by longer chains. Objectives have no KPIs unless {@link #withKpis()} is set, which keeps large maps
 * cheap to make.
 *
 * <pre>{@code
 * Generator<Scorecard> deep = StrategyMapGenerators.upward().layers(60).objectivesPerPerspective(30, 30)
 *     .adjacentOnly().density(0.5);
 * }</pre>
 */
public final class UpwardMaps implements Generator<Scorecard> {
  static final UpwardMaps DEFAULT = new UpwardMaps(PerspectiveGenerators.classic(), 1, 4, 3000, false, false);

  private final Generator<List<Perspective>> perspectives;
  private final int minPerRow;
  private final int maxPerRow;
  private final int densityBasisPoints;
  private final boolean adjacentOnly;
  private final boolean withKpis;

  private UpwardMaps(Generator<List<Perspective>> perspectives, int minPerRow, int maxPerRow,
      int densityBasisPoints, boolean adjacentOnly, boolean withKpis) {
    this.perspectives = perspectives;
    this.minPerRow = minPerRow;
    this.maxPerRow = maxPerRow;
    this.densityBasisPoints = densityBasisPoints;
    this.adjacentOnly = adjacentOnly;
    this.withKpis = withKpis;
  }

  /**
   * {@return a generator that takes its perspectives from the given generator (default the classic four)}
   *
   * @param perspectives makes the perspectives, top to bottom
   */
  public UpwardMaps perspectives(Generator<List<Perspective>> perspectives) {
    return new UpwardMaps(Objects.requireNonNull(perspectives, "perspectives"), minPerRow, maxPerRow,
        densityBasisPoints, adjacentOnly, withKpis);
  }

  /**
   * {@return a generator of maps with {@code count} numbered perspectives ({@link PerspectiveGenerators#rows})}
   *
   * @param count how many perspectives, at least 1
   * @throws BscException if {@code count < 1}
   */
  public UpwardMaps layers(int count) {
    return perspectives(Generators.constant(PerspectiveGenerators.rows(count)));
  }

  /**
   * {@return a generator with [min, max] objectives in each perspective (default 1 to 4)}
   *
   * @param min the fewest objectives per perspective, at least 0
   * @param max the most
   * @throws BscException if the bounds are wrong
   */
  public UpwardMaps objectivesPerPerspective(int min, int max) {
    Checks.atLeast("min", min, 0);
    Checks.range("min", min, max);
    return new UpwardMaps(perspectives, min, max, densityBasisPoints, adjacentOnly, withKpis);
  }

  /**
   * {@return a generator in which each possible upward link is present with this probability (default 0.3)}
   *
   * @param density a probability from 0 to 1, used to four decimals
   * @throws BscException if it is outside [0, 1]
   */
  public UpwardMaps density(double density) {
    if (!(density >= 0 && density <= 1)) {
      throw new BscException("density must be between 0 and 1 but was " + density);
    }
    return new UpwardMaps(perspectives, minPerRow, maxPerRow, (int) Math.round(density * 10_000), adjacentOnly,
        withKpis);
  }

  /** {@return a generator whose links only go to the perspective directly above (none skips a perspective)} */
  public UpwardMaps adjacentOnly() {
    return new UpwardMaps(perspectives, minPerRow, maxPerRow, densityBasisPoints, true, withKpis);
  }

  /**
   * {@return a generator whose objectives have 1 to 3 KPIs that pass the core rules, a leading one in every
   * perspective below the top}
   */
  public UpwardMaps withKpis() {
    return new UpwardMaps(perspectives, minPerRow, maxPerRow, densityBasisPoints, adjacentOnly, true);
  }

  @Override
  public Scorecard generate(Source source) {
    List<Perspective> ps = perspectives.generate(source);
    List<String> prefixes = Parts.prefixes(ps);
    List<List<ObjectiveId>> rows = new ArrayList<>();
    List<Objective> objectives = new ArrayList<>();
    for (int r = 0; r < ps.size(); r++) {
      int n = source.between(minPerRow, maxPerRow);
      List<ObjectiveId> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        ObjectiveId id = ObjectiveId.of(prefixes.get(r) + i);
        row.add(id);
        objectives.add(withKpis ? ObjectiveGenerators.make(id, ps.get(r), List.of(), source) : bare(id, ps.get(r),
            source));
      }
      rows.add(row);
    }
    if (withKpis) {
      objectives = Parts.withLeadingIndicators(ps, objectives);
    }
    List<CausalLink> links = new ArrayList<>();
    // From the bottom row up, each objective to every objective above it (or only in the row directly above).
    for (int r = ps.size() - 1; r > 0; r--) {
      for (ObjectiveId from : rows.get(r)) {
        int highest = adjacentOnly ? r - 1 : 0;
        for (int q = r - 1; q >= highest; q--) {
          for (ObjectiveId to : rows.get(q)) {
            if (source.between(0, 9_999) >= 10_000 - densityBasisPoints) {
              links.add(Parts.link(from, to, source));
            }
          }
        }
      }
    }
    Parts.Header h = Parts.Header.generate(source);
    return new Scorecard(h.name(), h.vision(), h.mission(), h.stage(), h.fiscalYearStart(), ps, List.of(),
        objectives, links, List.of(), h.scoring());
  }

  private static Objective bare(ObjectiveId id, Perspective perspective, Source source) {
    List<String> names = Vocabulary.OBJECTIVES_BY_PERSPECTIVE.getOrDefault(perspective.id().value(),
        Vocabulary.OBJECTIVES);
    return new Objective(id, names.get(source.between(0, names.size() - 1)), perspective.id(), List.of(),
        Optional.empty(), Optional.empty(), 1.0, Optional.empty(), List.of());
  }

  /** {@return the settings, for example {@code UpwardMaps[objectivesPerPerspective=1..4, density=0.3, …]}} */
  @Override
  public String toString() {
    return "UpwardMaps[objectivesPerPerspective=" + minPerRow + ".." + maxPerRow + ", density="
        + densityBasisPoints / 10_000.0 + ", adjacentOnly=" + adjacentOnly + ", withKpis=" + withKpis + "]";
  }
}
