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
import io.github.bsckit.core.internal.Checks;
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
 * implied by longer chains ({@link #maxRowsUp(int)} limits how far they reach). Objectives have no KPIs unless
 * {@link #withKpis()} is set, which keeps large maps cheap to make.
 *
 * <pre>{@code
 * Generator<Scorecard> deep = StrategyMapGenerators.upward().layers(60).objectivesPerPerspective(30, 30)
 *     .adjacentOnly().density(0.5);
 * }</pre>
 */
public final class UpwardMaps implements Generator<Scorecard> {
  static final UpwardMaps DEFAULT = new UpwardMaps(PerspectiveGenerators.classic(), 1, 4, 3000, Integer.MAX_VALUE,
      false);

  private final Generator<List<Perspective>> perspectives;
  private final int minPerRow;
  private final int maxPerRow;
  private final int densityBasisPoints;
  private final int maxRowsUp;
  private final boolean withKpis;

  private UpwardMaps(Generator<List<Perspective>> perspectives, int minPerRow, int maxPerRow,
      int densityBasisPoints, int maxRowsUp, boolean withKpis) {
    this.perspectives = perspectives;
    this.minPerRow = minPerRow;
    this.maxPerRow = maxPerRow;
    this.densityBasisPoints = densityBasisPoints;
    this.maxRowsUp = maxRowsUp;
    this.withKpis = withKpis;
  }

  /**
   * {@return a generator that takes its perspectives from the given generator (default the classic four)}
   *
   * @param perspectives makes the perspectives, top to bottom
   */
  public UpwardMaps perspectives(Generator<List<Perspective>> perspectives) {
    return new UpwardMaps(Objects.requireNonNull(perspectives, "perspectives"), minPerRow, maxPerRow,
        densityBasisPoints, maxRowsUp, withKpis);
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
    Checks.requireAtLeast("min", min, 0);
    Checks.requireAtMost("min", min, max);
    return new UpwardMaps(perspectives, min, max, densityBasisPoints, maxRowsUp, withKpis);
  }

  /**
   * {@return a generator in which each possible upward link is present with this probability (default 0.3)}
   *
   * @param density a probability from 0 to 1, used to four decimals
   * @throws BscException if it is outside [0, 1]
   */
  public UpwardMaps density(double density) {
    Checks.require(density >= 0 && density <= 1, "density", "must be between 0 and 1 but was " + density);
    return new UpwardMaps(perspectives, minPerRow, maxPerRow, (int) Math.round(density * 10_000), maxRowsUp,
        withKpis);
  }

  /**
   * {@return a generator whose links only go to the perspective directly above (none skips a perspective)}
   * The same as {@code maxRowsUp(1)}.
   */
  public UpwardMaps adjacentOnly() {
    return maxRowsUp(1);
  }

  /**
   * {@return a generator whose links go up at most {@code rows} perspectives (default: any number)} With
   * {@code maxRowsUp(2)} and density 1, every objective drives every objective of the next two rows up: a
   * complete layered map whose path counts have a closed form.
   *
   * @param rows how far a link may reach, at least 1
   * @throws BscException if {@code rows < 1}
   */
  public UpwardMaps maxRowsUp(int rows) {
    Checks.requireAtLeast("rows", rows, 1);
    return new UpwardMaps(perspectives, minPerRow, maxPerRow, densityBasisPoints, rows, withKpis);
  }

  /**
   * {@return a generator whose objectives have 1 to 3 KPIs that pass the core rules, a leading one in every
   * perspective below the top}
   */
  public UpwardMaps withKpis() {
    return new UpwardMaps(perspectives, minPerRow, maxPerRow, densityBasisPoints, maxRowsUp, true);
  }

  @Override
  public Scorecard generate(Source source) {
    Rows rows = rows(source);
    List<CausalLink> links = new ArrayList<>();
    // From the bottom row up, each objective to every objective above it, up to maxRowsUp rows up.
    for (int r = rows.ids.size() - 1; r > 0; r--) {
      for (ObjectiveId from : rows.ids.get(r)) {
        int highest = (int) Math.max(0L, (long) r - maxRowsUp);
        for (int q = r - 1; q >= highest; q--) {
          for (ObjectiveId to : rows.ids.get(q)) {
            if (source.between(0, 9_999) >= 10_000 - densityBasisPoints) {
              links.add(Parts.link(from, to, source));
            }
          }
        }
      }
    }
    return rows.scorecard(links, source);
  }

  /**
   * The perspectives and their objectives, without links.
   *
   * @param perspectives top to bottom
   * @param ids the objective ids of each perspective, top to bottom
   * @param objectives the objectives, perspective by perspective
   */
  record Rows(List<Perspective> perspectives, List<List<ObjectiveId>> ids, List<Objective> objectives) {

    /** {@return the scorecard of these rows with the given links and a drawn header} */
    Scorecard scorecard(List<CausalLink> links, Source source) {
      Parts.Header h = Parts.Header.generate(source);
      return new Scorecard(h.name(), h.vision(), h.mission(), h.stage(), h.fiscalYearStart(), perspectives,
          List.of(), objectives, links, List.of(), h.scoring());
    }
  }

  /** Draws the perspectives and each one's objectives, the first choices of every map. */
  Rows rows(Source source) {
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
    return new Rows(ps, rows, objectives);
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
        + densityBasisPoints / 10_000.0 + ", maxRowsUp=" + (maxRowsUp == Integer.MAX_VALUE ? "any" : maxRowsUp)
        + ", withKpis=" + withKpis + "]";
  }
}
