package io.github.bsckit.testkit.model;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Theme;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.testkit.GenerationException;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A generator of scorecards that pass every built-in rule: the core rules of bsc-core and the causality rules
 * of the strategy map (DESIGN.md §5). Get one from {@link ScorecardGenerators#valid()}. Immutable and
 * thread-safe; each setting returns a new generator.
 *
 * <p>How validity is built in rather than filtered for. The objectives form <em>slices</em>: one per theme
 * (objectives serving exactly that theme), and, with themes, possibly a slice serving two themes or none;
 * without themes a single theme-less slice. A slice covers the top {@code d >= 2} perspectives with at least
 * one objective in each; links join objectives of the same slice (identical themes, so no theme crossing) in
 * adjacent perspectives, always one perspective up (so no cycle, downward, within-perspective or skipping
 * link, and no link is implied by a longer chain). Every objective below its slice's top row drives one in the
 * row above (so every objective reaches the top row), every objective above its slice's bottom row is driven
 * from the row below (so no top-row objective is unsupported), and more links are added with the chosen
 * density. Every objective has 1 to 3 KPIs with targets on the right side of their baselines, every
 * perspective below the top with KPIs has a leading one, every KPI with a target has a baseline, only the
 * perspectives that hold objectives are declared, there are 3 to 5 themes when there are any, and at most 25
 * objectives unless {@link #objectives(int, int)} asks for more.
 *
 * <p>The smallest scorecard, which shrinking heads for, has two objectives in the top two perspectives and one
 * link between them.
 */
public final class ValidScorecards implements Generator<Scorecard> {
  enum Themes { SOMETIMES, NEVER, ALWAYS }

  static final ValidScorecards DEFAULT = new ValidScorecards(2, 25, PerspectiveGenerators.any(), Themes.SOMETIMES,
      false, 30, 4);

  private final int minObjectives;
  private final int maxObjectives;
  private final Generator<List<Perspective>> perspectives;
  private final Themes themes;
  private final boolean spanning;
  private final int densityPercent;
  private final int maxInitiatives;

  private ValidScorecards(int minObjectives, int maxObjectives, Generator<List<Perspective>> perspectives,
      Themes themes, boolean spanning, int densityPercent, int maxInitiatives) {
    this.minObjectives = minObjectives;
    this.maxObjectives = maxObjectives;
    this.perspectives = perspectives;
    this.themes = themes;
    this.spanning = spanning;
    this.densityPercent = densityPercent;
    this.maxInitiatives = maxInitiatives;
  }

  /**
   * {@return a generator of scorecards with [min, max] objectives (default 2 to 25)} Above 25 the
   * too-many-objectives rule fires; use that for scale tests only. A scorecard may need more than {@code min}
   * objectives to give every theme a slice of its own.
   *
   * @param min the fewest objectives, at least 2
   * @param max the most objectives
   * @throws io.github.bsckit.core.BscException if the bounds are wrong
   */
  public ValidScorecards objectives(int min, int max) {
    Checks.requireAtLeast("min", min, 2);
    Checks.requireAtMost("min", min, max);
    return new ValidScorecards(min, max, perspectives, themes, spanning, densityPercent, maxInitiatives);
  }

  /**
   * {@return a generator that takes its perspectives from the given generator (default
   * {@link PerspectiveGenerators#any()}); each list needs at least two perspectives}
   *
   * @param perspectives makes the perspectives, top to bottom
   */
  public ValidScorecards perspectives(Generator<List<Perspective>> perspectives) {
    return new ValidScorecards(minObjectives, maxObjectives, Objects.requireNonNull(perspectives, "perspectives"),
        themes, spanning, densityPercent, maxInitiatives);
  }

  /** {@return a generator of scorecards that always have 3 to 5 themes (default: half of them do)} */
  public ValidScorecards withThemes() {
    return new ValidScorecards(minObjectives, maxObjectives, perspectives, Themes.ALWAYS, spanning, densityPercent,
        maxInitiatives);
  }

  /** {@return a generator of scorecards without themes} */
  public ValidScorecards withoutThemes() {
    return new ValidScorecards(minObjectives, maxObjectives, perspectives, Themes.NEVER, spanning, densityPercent,
        maxInitiatives);
  }

  /**
   * {@return a generator whose slices each reach down to the bottom perspective, so that every perspective
   * holds objectives of every theme and every objective above the bottom row is driven from the row below it}
   * Useful for rules about how rows drive each other ("every customer objective is driven by a process
   * objective").
   */
  public ValidScorecards spanningAllPerspectives() {
    return new ValidScorecards(minObjectives, maxObjectives, perspectives, themes, true, densityPercent,
        maxInitiatives);
  }

  /**
   * {@return a generator that adds, beyond the links validity needs, each possible link between adjacent rows
   * of a slice with this probability (default 0.3)}
   *
   * @param density a probability from 0 to 1
   * @throws io.github.bsckit.core.BscException if it is outside [0, 1]
   */
  public ValidScorecards linkDensity(double density) {
    Checks.require(density >= 0 && density <= 1, "density", "must be between 0 and 1 but was " + density);
    return new ValidScorecards(minObjectives, maxObjectives, perspectives, themes, spanning,
        (int) Math.round(density * 100), maxInitiatives);
  }

  /**
   * {@return a generator of scorecards with 0 to {@code max} initiatives (default 4)}
   *
   * @param max the most initiatives, at least 0
   * @throws io.github.bsckit.core.BscException if {@code max < 0}
   */
  public ValidScorecards initiatives(int max) {
    Checks.requireAtLeast("max", max, 0);
    return new ValidScorecards(minObjectives, maxObjectives, perspectives, themes, spanning, densityPercent, max);
  }

  @Override
  public Scorecard generate(Source source) {
    List<Perspective> ps = perspectives.generate(source);
    int rows = ps.size();
    if (rows < 2) {
      throw new GenerationException("a valid scorecard needs at least 2 perspectives, because every top-row"
          + " objective must be driven from the row below, but the perspective generator made " + rows);
    }
    int minDepth = spanning ? rows : 2;
    if (minDepth > maxObjectives) {
      throw new GenerationException("spanning " + rows + " perspectives needs at least " + rows
          + " objectives but the most allowed is " + maxObjectives);
    }
    List<Theme> themeList = themes(source, minDepth);
    List<List<ThemeId>> slices = slices(source, themeList, minDepth);
    int[] depth = new int[slices.size()];
    int used = 0;
    for (int i = 0; i < depth.length; i++) {
      int budget = maxObjectives - used - minDepth * (depth.length - 1 - i);
      depth[i] = spanning ? rows : 2 + source.between(0, Math.min(rows, budget) - 2);
      used += depth[i];
    }
    int[][] counts = new int[depth.length][];
    for (int i = 0; i < depth.length; i++) {
      counts[i] = new int[depth[i]];
      Arrays.fill(counts[i], 1);
    }
    // The smaller of two draws: typical scorecards have 8 to 15 objectives, the largest stay possible.
    int fewest = Math.max(0, minObjectives - used);
    int extra = source.between(fewest, source.between(fewest, maxObjectives - used));
    for (int e = 0; e < extra; e++) {
      int slice = source.between(0, depth.length - 1);
      counts[slice][source.between(0, depth[slice] - 1)]++;
    }

    // Objectives perspective by perspective, so that the document reads top to bottom.
    List<String> prefixes = Parts.prefixes(ps);
    List<Objective> objectives = new ArrayList<>();
    List<List<List<ObjectiveId>>> grid = new ArrayList<>();
    for (int i = 0; i < depth.length; i++) {
      grid.add(new ArrayList<>());
    }
    for (int r = 0; r < rows; r++) {
      int number = 0;
      for (int i = 0; i < depth.length; i++) {
        if (r >= depth[i]) {
          continue;
        }
        List<ObjectiveId> cell = new ArrayList<>();
        for (int c = 0; c < counts[i][r]; c++) {
          ObjectiveId id = ObjectiveId.of(prefixes.get(r) + (++number));
          objectives.add(ObjectiveGenerators.make(id, ps.get(r), slices.get(i), source));
          cell.add(id);
        }
        grid.get(i).add(cell);
      }
    }
    // Declare only the rows the slices reach: a declared perspective without objectives is a finding
    // (empty-perspective), and the slices always fill the top rows without a gap.
    ps = ps.subList(0, Arrays.stream(depth).max().orElse(rows));
    objectives = Parts.withLeadingIndicators(ps, objectives);

    List<CausalLink> links = new ArrayList<>();
    for (List<List<ObjectiveId>> slice : grid) {
      for (int r = 1; r < slice.size(); r++) {
        link(slice.get(r), slice.get(r - 1), links, source);
      }
    }
    List<Initiative> initiatives = InitiativeGenerators.forObjectives(
        objectives.stream().map(Objective::id).toList(), maxInitiatives).generate(source);
    Parts.Header h = Parts.Header.generate(source);
    return new Scorecard(h.name(), h.vision(), h.mission(), h.stage(), h.fiscalYearStart(), ps, themeList,
        objectives, links, initiatives, h.scoring());
  }

  private List<Theme> themes(Source source, int minDepth) {
    int most = Math.min(5, maxObjectives / minDepth);
    boolean themed = switch (themes) {
      case NEVER -> false;
      case ALWAYS -> true;
      case SOMETIMES -> most >= 3 && source.chance(50);
    };
    if (themed && most < 3) {
      throw new GenerationException("3 themes need at least " + 3 * minDepth + " objectives but the most allowed is "
          + maxObjectives);
    }
    return themed ? ThemeGenerators.themes(3, most).generate(source) : List.of();
  }

  /** The theme sets of the slices: one per theme, maybe one or two more serving two themes or none. */
  private List<List<ThemeId>> slices(Source source, List<Theme> themeList, int minDepth) {
    List<List<ThemeId>> slices = new ArrayList<>();
    if (themeList.isEmpty()) {
      slices.add(List.of());
      return slices;
    }
    List<ThemeId> ids = themeList.stream().map(Theme::id).toList();
    ids.forEach(t -> slices.add(List.of(t)));
    int room = (maxObjectives - ids.size() * minDepth) / minDepth;
    int more = source.between(0, Math.min(2, room));
    for (int i = 0; i < more; i++) {
      slices.add(source.chance(50) ? Generators.subsetOf(ids, 2, 2).generate(source) : List.of());
    }
    return slices;
  }

  /**
   * Links one row of a slice to the row above: each lower objective drives a drawn upper one, and maybe more;
   * then every upper objective that nothing drives yet gets a drawn driver.
   */
  private void link(List<ObjectiveId> lower, List<ObjectiveId> upper, List<CausalLink> links, Source source) {
    boolean[] driven = new boolean[upper.size()];
    for (ObjectiveId l : lower) {
      int must = source.between(0, upper.size() - 1);
      for (int j = 0; j < upper.size(); j++) {
        if (j == must || source.chance(densityPercent)) {
          links.add(Parts.link(l, upper.get(j), source));
          driven[j] = true;
        }
      }
    }
    for (int j = 0; j < upper.size(); j++) {
      if (!driven[j]) {
        links.add(Parts.link(lower.get(source.between(0, lower.size() - 1)), upper.get(j), source));
      }
    }
  }

  /** {@return the settings, for example {@code ValidScorecards[objectives=2..25, themes=SOMETIMES, …]}} */
  @Override
  public String toString() {
    return "ValidScorecards[objectives=" + minObjectives + ".." + maxObjectives + ", themes=" + themes
        + ", spanningAllPerspectives=" + spanning + ", linkDensity=" + densityPercent + "%, initiatives=0.."
        + maxInitiatives + "]";
  }
}
