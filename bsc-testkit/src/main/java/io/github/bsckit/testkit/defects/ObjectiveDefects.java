package io.github.bsckit.testkit.defects;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Indicator;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.Source;
import io.github.bsckit.testkit.model.KpiGenerators;
import io.github.bsckit.testkit.model.NameGenerators;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The injectors that cut an objective off the map: an isolated objective, an unsupported outcome. */
final class ObjectiveDefects {
  /** The default limit of the too-many-objectives rule, which an added objective must not cross. */
  private static final int MAX_OBJECTIVES = 25;

  private ObjectiveDefects() {}

  /**
   * Adds an objective without links to a perspective below the top one, with one leading KPI with a baseline and
   * a target on the right side of it, so that no core rule fires. Not possible when the scorecard already has 25 objectives.
   * No side effect: bsc-graph's {@code no-path-to-outcome} leaves objectives without any link to
   * {@code isolated-objective}.
   */
  static Optional<InjectedDefect> isolatedObjective(Scorecard scorecard, Source source) {
    if (scorecard.objectives().size() >= MAX_OBJECTIVES || scorecard.perspectives().size() < 2) {
      return Optional.empty();
    }
    Set<String> used = new HashSet<>();
    scorecard.objectives().forEach(o -> used.add(o.id().value()));
    scorecard.kpis().forEach(k -> used.add(k.id().value()));
    int n = 1;
    while (used.contains("X" + n) || used.contains("x" + n + "-k1")) {
      n++;
    }
    ObjectiveId id = ObjectiveId.of("X" + n);
    List<Perspective> below = scorecard.perspectives().subList(1, scorecard.perspectives().size());
    Perspective perspective = below.get(source.between(0, below.size() - 1));
    Kpi kpi = KpiGenerators.withId(KpiId.of("x" + n + "-k1")).indicators(Indicator.LEADING)
        .directions(Direction.INCREASE, Direction.DECREASE).withBaseline().generate(source);
    Objective objective = new Objective(id, NameGenerators.objectiveNames().generate(source), perspective.id(),
        List.of(), Optional.empty(), Optional.empty(), 1.0, Optional.empty(), List.of(kpi));
    return Optional.of(new InjectedDefect(DefectKind.ISOLATED_OBJECTIVE, List.of(id), List.of(),
        "added objective " + id + " to perspective " + perspective.id() + " without any link",
        scorecard.withObjective(objective)));
  }

  /**
   * Takes every link into a drawn top-row objective away and links it to another top-row objective with the
   * same themes instead, so that it drives a neighbour but nothing below drives it, as when "Grow Revenue"
   * drives "Increase Shareholder Value" but no customer objective drives revenue. The one link keeps the objective
   * from being isolated, which bsc-graph's {@code unsupported-outcome} leaves to {@code isolated-objective};
   * it lies within the top row, the side effect {@code within-perspective-link}. A driver that would lose its
   * only effect is redirected to a top-row objective with the same themes, so that it still reaches the top
   * row. Top-row objectives without a neighbour of the same themes are passed over.
   */
  static Optional<InjectedDefect> unsupportedOutcome(Scorecard scorecard, Source source) {
    MapView view = MapView.ofValid(scorecard, DefectKind.UNSUPPORTED_OUTCOME);
    List<ObjectiveId> outcomes = view.objectives.stream().filter(o -> view.rank(o) == view.top).toList();
    for (ObjectiveId outcome : Generators.shuffle(outcomes, source)) {
      List<ObjectiveId> others = outcomes.stream().filter(o -> !o.equals(outcome) && view.sameThemes(o, outcome))
          .toList();
      if (others.isEmpty()) {
        continue;
      }
      ObjectiveId neighbour = others.get(source.between(0, others.size() - 1));
      List<CausalLink> links = new ArrayList<>();
      for (CausalLink l : scorecard.links()) {
        if (!l.to().equals(outcome)) {
          links.add(l);
        } else if (view.out(l.from()).size() == 1) {
          ObjectiveId instead = others.get(source.between(0, others.size() - 1));
          links.add(new CausalLink(l.from(), instead, l.strength(), l.polarity(), l.lag(), l.rationale(), l.basis()));
        }
      }
      links.add(CausalLink.of(outcome, neighbour));
      return Optional.of(new InjectedDefect(DefectKind.UNSUPPORTED_OUTCOME, List.of(outcome),
          List.of("within-perspective-link"), "took the links into top-row objective " + outcome
          + " away and linked it to " + neighbour + " in the same row, so that nothing below drives it",
          scorecard.withLinks(links)));
    }
    return Optional.empty();
  }
}
