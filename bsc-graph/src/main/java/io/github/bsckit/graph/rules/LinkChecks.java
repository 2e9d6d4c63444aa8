package io.github.bsckit.graph.rules;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.rules.RuleContext;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.graph.positions.MapArrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The checks that judge each link on its own: its ends, its direction, its copies. */
final class LinkChecks {
  private LinkChecks() {}

  static void selfLink(Scorecard s, RuleContext ctx) {
    Map<ObjectiveId, Integer> counts = new LinkedHashMap<>();
    for (CausalLink l : s.links()) {
      if (l.isSelfLink()) {
        counts.merge(l.from(), 1, Integer::sum);
      }
    }
    counts.forEach((id, n) -> ctx.report("objective " + id + " links to itself" + (n > 1 ? " " + n + " times" : "")
        + "; an objective cannot be its own cause", id));
  }

  static void duplicateLink(Scorecard s, RuleContext ctx) {
    int between = 0;
    for (CausalLink l : s.links()) {
      between += l.isSelfLink() ? 0 : 1;
    }
    if (between == MapArrays.of(StrategyMapRules.map(ctx)).arrows().size()) {
      return; // the map keeps one arrow per linked pair: as many arrows as links, so no pair is linked twice
    }
    Map<List<ObjectiveId>, List<CausalLink>> copies = new LinkedHashMap<>();
    for (CausalLink l : s.links()) {
      if (!l.isSelfLink()) {
        copies.computeIfAbsent(List.of(l.from(), l.to()), k -> new ArrayList<>(1)).add(l);
      }
    }
    for (List<CausalLink> same : copies.values()) {
      if (same.size() > 1) {
        CausalLink first = same.get(0);
        boolean differ = same.stream().distinct().count() > 1;
        ctx.report("link " + first.from() + " -> " + first.to() + " is drawn " + same.size() + " times"
            + (differ ? ", and the copies differ (" + same.stream().map(CausalLink::toString)
                .collect(Collectors.joining("; ")) + "); analyses use the first" : ""), first.from(), first.to());
      }
    }
  }

  static void downwardLink(Scorecard s, RuleContext ctx) {
    StrategyMap map = StrategyMapRules.map(ctx);
    MapArrays a = MapArrays.of(map);
    for (int e = 0; e < a.arrows().size(); e++) {
      int from = a.rank()[a.from()[e]];
      int to = a.rank()[a.to()[e]];
      if (to < from) {
        CausalLink l = a.arrows().get(e);
        ctx.report("link " + l.from() + " -> " + l.to() + " points down from " + map.perspectiveAt(from).name()
            + " to " + map.perspectiveAt(to).name() + "; causes usually sit below their effects", l.from(), l.to());
      }
    }
  }

  static void withinPerspectiveLink(Scorecard s, RuleContext ctx) {
    StrategyMap map = StrategyMapRules.map(ctx);
    MapArrays a = MapArrays.of(map);
    for (int e = 0; e < a.arrows().size(); e++) {
      int from = a.rank()[a.from()[e]];
      if (from == a.rank()[a.to()[e]]) {
        CausalLink l = a.arrows().get(e);
        ctx.report("link " + l.from() + " -> " + l.to() + " stays within " + map.perspectiveAt(from).name(),
            l.from(), l.to());
      }
    }
  }

  static void skippedPerspective(Scorecard s, RuleContext ctx) {
    StrategyMap map = StrategyMapRules.map(ctx);
    MapArrays a = MapArrays.of(map);
    for (int e = 0; e < a.arrows().size(); e++) {
      int from = a.rank()[a.from()[e]];
      int to = a.rank()[a.to()[e]];
      if (to > from + 1) {
        CausalLink l = a.arrows().get(e);
        List<String> skipped = new ArrayList<>();
        for (int r = from + 1; r < to; r++) {
          skipped.add(map.perspectiveAt(r).name());
        }
        ctx.report("link " + l.from() + " -> " + l.to() + " skips " + String.join(", ", skipped)
            + "; say how the intermediate " + (skipped.size() == 1 ? "perspective carries" : "perspectives carry")
            + " the effect, or draw the chain", l.from(), l.to());
      }
    }
  }

  static void themeCrossing(Scorecard s, RuleContext ctx) {
    StrategyMap map = StrategyMapRules.map(ctx);
    MapArrays a = MapArrays.of(map);
    List<Objective> objectives = s.objectives();
    for (int e = 0; e < a.arrows().size(); e++) {
      List<ThemeId> from = objectives.get(a.from()[e]).themes();
      List<ThemeId> to = objectives.get(a.to()[e]).themes();
      if (!from.isEmpty() && !to.isEmpty() && Collections.disjoint(from, to)) {
        CausalLink l = a.arrows().get(e);
        ctx.report("link " + l.from() + " -> " + l.to() + " crosses from theme " + names(s, from) + " to theme "
            + names(s, to), l.from(), l.to());
      }
    }
  }

  private static String names(Scorecard s, List<ThemeId> themes) {
    return themes.stream().map(t -> t + " (" + s.theme(t).orElseThrow().name() + ")")
        .collect(Collectors.joining(" and "));
  }
}
