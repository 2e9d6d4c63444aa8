package io.github.bsckit.testkit.defects;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ElementId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The injectors that add one link: a cycle, a downward link. */
final class LinkDefects {
  private LinkDefects() {}

  /**
   * Walks up from a drawn objective along existing links, one to a few perspectives, and adds the link from
   * where it ends back to where it started. The closing link points down, so {@code downward-link} reports it
   * too; bsc-graph's {@code skipped-perspective} judges upward links only, so it stays quiet even when the
   * closing link spans several rows. Tries other starts when another path joins the same two objectives (that
   * would make a second cycle) or when the loop would make some link implied by a longer chain.
   */
  static Optional<InjectedDefect> cycle(Scorecard scorecard, Source source) {
    MapView view = MapView.ofValid(scorecard, DefectKind.CYCLE);
    List<ObjectiveId> starts = view.objectives.stream().filter(o -> !view.out(o).isEmpty()).toList();
    for (ObjectiveId start : Generators.shuffle(starts, source)) {
      int height = source.between(1, view.top - view.rank(start));
      List<ObjectiveId> path = new ArrayList<>(List.of(start));
      ObjectiveId at = start;
      for (int i = 0; i < height && !view.out(at).isEmpty(); i++) {
        List<ObjectiveId> next = view.out(at);
        at = next.get(source.between(0, next.size() - 1));
        path.add(at);
      }
      if (at.equals(start) || !view.hasOnePath(start, at)) {
        // A second path from start to end would close a second cycle.
        continue;
      }
      Scorecard changed = scorecard.withLink(CausalLink.of(at, start));
      if (MapView.of(changed).hasImpliedLink()) {
        continue;
      }
      String loop = path.stream().map(ObjectiveId::value).collect(Collectors.joining(" -> ")) + " -> " + start;
      return Optional.of(new InjectedDefect(DefectKind.CYCLE, List.<ElementId>copyOf(path), List.of("downward-link"),
          "added link " + at + " -> " + start + ", closing the loop " + loop, changed));
    }
    return Optional.empty();
  }

  /**
   * Adds a link from an objective to one in the perspective directly below, with the same themes, where the
   * lower one does not already drive the upper one (that would be a cycle) and no link becomes implied by a
   * longer chain.
   */
  static Optional<InjectedDefect> downwardLink(Scorecard scorecard, Source source) {
    MapView view = MapView.ofValid(scorecard, DefectKind.DOWNWARD_LINK);
    List<ObjectiveId[]> pairs = new ArrayList<>();
    for (ObjectiveId upper : view.objectives) {
      for (ObjectiveId lower : view.objectives) {
        if (view.rank(upper) == view.rank(lower) + 1 && view.sameThemes(upper, lower)
            && !view.out(lower).contains(upper)) {
          pairs.add(new ObjectiveId[] {upper, lower});
        }
      }
    }
    for (ObjectiveId[] pair : Generators.shuffle(pairs, source)) {
      if (!view.linkWouldImplyAnother(pair[0], pair[1])) {
        return Optional.of(new InjectedDefect(DefectKind.DOWNWARD_LINK, List.of(pair[0], pair[1]), List.of(),
            "added link " + pair[0] + " -> " + pair[1] + " from a perspective down to the one below it",
            scorecard.withLink(CausalLink.of(pair[0], pair[1]))));
      }
    }
    return Optional.empty();
  }
}
