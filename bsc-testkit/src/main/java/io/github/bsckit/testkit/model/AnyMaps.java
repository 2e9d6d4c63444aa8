package io.github.bsckit.testkit.model;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A generator of strategy maps whose links may point any way: up, down, within a perspective, from an
 * objective to itself, twice between the same two objectives, round in cycles. Get one from
 * {@link StrategyMapGenerators#any()}. Immutable and thread-safe; each setting returns a new generator.
 *
 * <p>For checking that rules, analyses and pictures cope with every map a user may draw, not only sensible
 * ones: "every rule runs without failing", "drivers and effects are each other's inverse", "the picture is
 * well-formed". Each link joins two objectives drawn at random, so a self-link is as likely as any other pair;
 * one link in ten repeats an earlier one. The objectives are made as by {@link UpwardMaps}, with no themes and
 * no KPIs unless {@link #withKpis()} is set. The simplest map has one perspective, one objective and no link.
 *
 * <pre>{@code
 * Generator<Scorecard> tangled = StrategyMapGenerators.any().layers(3).linksPerObjective(4);
 * }</pre>
 */
public final class AnyMaps implements Generator<Scorecard> {
  static final AnyMaps DEFAULT = new AnyMaps(UpwardMaps.DEFAULT.perspectives(PerspectiveGenerators.custom(1, 4)), 2);

  /** Makes the perspectives and objectives; its own links and density are not used. */
  private final UpwardMaps objectives;
  private final int linksPerObjective;

  private AnyMaps(UpwardMaps objectives, int linksPerObjective) {
    this.objectives = objectives;
    this.linksPerObjective = linksPerObjective;
  }

  /**
   * {@return a generator that takes its perspectives from the given generator (default
   * {@link PerspectiveGenerators#custom(int, int) custom(1, 4)}: one to four perspectives, a single one
   * included)}
   *
   * @param perspectives makes the perspectives, top to bottom
   */
  public AnyMaps perspectives(Generator<List<Perspective>> perspectives) {
    return new AnyMaps(objectives.perspectives(Objects.requireNonNull(perspectives, "perspectives")),
        linksPerObjective);
  }

  /**
   * {@return a generator of maps with {@code count} numbered perspectives ({@link PerspectiveGenerators#rows})}
   *
   * @param count how many perspectives, at least 1
   * @throws BscException if {@code count < 1}
   */
  public AnyMaps layers(int count) {
    return new AnyMaps(objectives.layers(count), linksPerObjective);
  }

  /**
   * {@return a generator with [min, max] objectives in each perspective (default 1 to 4)}
   *
   * @param min the fewest objectives per perspective, at least 0
   * @param max the most
   * @throws BscException if the bounds are wrong
   */
  public AnyMaps objectivesPerPerspective(int min, int max) {
    return new AnyMaps(objectives.objectivesPerPerspective(min, max), linksPerObjective);
  }

  /**
   * {@return a generator of maps with 0 to {@code max} links per objective (default 2), the count drawn for
   * the whole map}
   *
   * @param max the most links per objective, at least 0
   * @throws BscException if {@code max < 0}
   */
  public AnyMaps linksPerObjective(int max) {
    Checks.requireAtLeast("max", max, 0);
    return new AnyMaps(objectives, max);
  }

  /**
   * {@return a generator whose objectives have 1 to 3 KPIs that pass the core rules, a leading one in every
   * perspective below the top}
   */
  public AnyMaps withKpis() {
    return new AnyMaps(objectives.withKpis(), linksPerObjective);
  }

  @Override
  public Scorecard generate(Source source) {
    UpwardMaps.Rows rows = objectives.rows(source);
    List<ObjectiveId> ids = rows.objectives().stream().map(Objective::id).toList();
    List<CausalLink> links = new ArrayList<>();
    int count = source.between(0, (int) Math.min(Integer.MAX_VALUE, (long) linksPerObjective * ids.size()));
    for (int i = 0; i < count; i++) {
      if (!links.isEmpty() && source.chance(10)) {
        links.add(links.get(source.between(0, links.size() - 1)));
      } else {
        ObjectiveId from = ids.get(source.between(0, ids.size() - 1));
        links.add(Parts.link(from, ids.get(source.between(0, ids.size() - 1)), source));
      }
    }
    return rows.scorecard(links, source);
  }

  /** {@return the settings, for example {@code AnyMaps[linksPerObjective=2, UpwardMaps[…]]}} */
  @Override
  public String toString() {
    return "AnyMaps[linksPerObjective=" + linksPerObjective + ", objectives as in " + objectives + "]";
  }
}
