package io.github.bsckit.cli;

import io.github.bsckit.core.diff.Change;
import io.github.bsckit.core.diff.ScorecardDiff;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.graph.export.Mark;
import io.github.bsckit.graph.export.SvgOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The map {@code bsc map --diff A B} draws: version B, with the objectives and links only A holds put back as
 * ghosts, and every objective and link marked that was added, removed or changed (an objective counts as changed
 * when one of its fields or one of its KPIs changed).
 *
 * @param scorecard B with A's removed objectives (without their KPIs) and removed links added back
 * @param options the marks
 */
record DiffMap(Scorecard scorecard, SvgOptions options) {

  static DiffMap of(Scorecard before, Scorecard after) {
    ScorecardDiff diff = ScorecardDiff.between(before, after);
    Scorecard union = after;
    SvgOptions options = SvgOptions.defaults();
    for (Objective gone : before.objectives()) {
      if (after.objective(gone.id()).isPresent()) {
        continue;
      }
      if (union.perspectives().stream().noneMatch(p -> p.id().equals(gone.perspective()))) {
        List<Perspective> perspectives = new ArrayList<>(union.perspectives());
        Perspective p = before.perspectives().stream().filter(x -> x.id().equals(gone.perspective())).findFirst()
            .orElseThrow();
        perspectives.add(Math.min(before.perspectives().indexOf(p), perspectives.size()), p);
        union = union.withPerspectives(perspectives);
      }
      Set<ThemeId> themes = union.themes().stream().map(t -> t.id()).collect(Collectors.toSet());
      union = union.withObjective(gone.withKpis(List.of())
          .withThemes(gone.themes().stream().filter(themes::contains).toList()));
      options = options.withMark(gone.id(), Mark.REMOVED);
    }
    for (CausalLink l : before.links()) {
      boolean kept = after.links().stream().anyMatch(m -> m.from().equals(l.from()) && m.to().equals(l.to()));
      if (!kept) {
        union = union.withLink(l);
        options = options.withMark(l.from(), l.to(), Mark.REMOVED);
      }
    }
    for (Change c : diff.changes()) {
      switch (c.element()) {
        case OBJECTIVE -> {
          if (c.kind() != Change.Kind.REMOVED) {
            ObjectiveId id = ObjectiveId.of(c.subject());
            options = options.withMark(id, c.kind() == Change.Kind.ADDED ? Mark.ADDED
                : options.mark(id).orElse(Mark.CHANGED));
          }
        }
        case KPI -> {
          Optional<Objective> holder = after.objectiveOf(KpiId.of(c.subject()))
              .or(() -> before.objectiveOf(KpiId.of(c.subject())));
          if (holder.isPresent() && options.mark(holder.get().id()).isEmpty()) {
            options = options.withMark(holder.get().id(), Mark.CHANGED);
          }
        }
        case LINK -> {
          if (c.kind() != Change.Kind.REMOVED) {
            String[] ends = c.subject().replaceFirst(" \\(\\d+\\)$", "").split(" -> ", 2);
            options = options.withMark(ObjectiveId.of(ends[0]), ObjectiveId.of(ends[1]),
                c.kind() == Change.Kind.ADDED ? Mark.ADDED : Mark.CHANGED);
          }
        }
        default -> { }
      }
    }
    return new DiffMap(union, options);
  }
}
