package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.DidYouMean;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

/**
 * The scorecard-wide invariants: unique ids and references that resolve. They run on plain id strings, so
 * that the builder can check references even among parts that failed their own checks, and report paths by
 * the parts' original positions.
 */
final class Structure {
  record ObjectiveRef(String id, String perspective, List<String> themes, List<String> kpis) {}

  record LinkRef(String from, String to) {}

  record InitiativeRef(String id, List<String> objectives) {}

  private Structure() {}

  /** {@return a read-only view of a list, each item mapped when it is read} */
  static <T, R> List<R> view(List<T> list, Function<? super T, ? extends R> map) {
    return new MappedView<>(list, map);
  }

  private static final class MappedView<T, R> extends AbstractList<R> implements RandomAccess {
    private final List<T> list;
    private final Function<? super T, ? extends R> map;

    MappedView(List<T> list, Function<? super T, ? extends R> map) {
      this.list = list;
      this.map = map;
    }

    @Override
    public R get(int index) {
      return map.apply(list.get(index));
    }

    @Override
    public int size() {
      return list.size();
    }
  }

  static void check(Checks c, List<String> perspectives, List<String> themes, List<ObjectiveRef> objectives,
      List<LinkRef> links, List<InitiativeRef> initiatives) {
    if (perspectives.isEmpty()) {
      c.add("perspectives", "must list at least one perspective");
    }
    Set<String> perspectiveIds = unique(c, "perspectives", "perspective", perspectives);
    Set<String> themeIds = unique(c, "themes", "theme", themes);
    Set<String> objectiveIds = new HashSet<>(Math.max(16, objectives.size() * 4 / 3 + 1));
    // Sized for two KPIs an objective, the usual, so that a large scorecard's map is not rehashed as it grows.
    Map<String, String> kpiOwner = new HashMap<>(Math.max(16, objectives.size() * 8 / 3 + 1));
    for (int i = 0; i < objectives.size(); i++) {
      ObjectiveRef o = objectives.get(i);
      if (!objectiveIds.add(o.id())) {
        c.add("objectives[" + i + "].id", "duplicate objective id \"" + o.id() + "\"");
      }
      if (!perspectiveIds.contains(o.perspective())) {
        c.add("objectives[" + i + "].perspective", "unknown perspective \"" + o.perspective() + "\"" + DidYouMean.choices(perspectives));
      }
      for (int j = 0; j < o.themes().size(); j++) {
        String t = o.themes().get(j);
        if (!themeIds.contains(t)) {
          c.add("objectives[" + i + "].themes[" + j + "]", "unknown theme \"" + t + "\"" + DidYouMean.choices(themes));
        }
      }
      for (int j = 0; j < o.kpis().size(); j++) {
        String k = o.kpis().get(j);
        String owner = kpiOwner.putIfAbsent(k, o.id());
        if (owner != null && !owner.equals(o.id())) {
          c.add("objectives[" + i + "].kpis[" + j + "].id", "duplicate KPI id \"" + k + "\" (also in objective " + owner + ")");
        }
      }
    }
    for (int i = 0; i < links.size(); i++) {
      LinkRef l = links.get(i);
      if (!objectiveIds.contains(l.from())) {
        c.add("links[" + i + "].from", "unknown objective \"" + l.from() + "\"" + DidYouMean.hint(l.from(), ids(objectives)));
      }
      if (!objectiveIds.contains(l.to())) {
        c.add("links[" + i + "].to", "unknown objective \"" + l.to() + "\"" + DidYouMean.hint(l.to(), ids(objectives)));
      }
    }
    Set<String> initiativeIds = new HashSet<>();
    for (int i = 0; i < initiatives.size(); i++) {
      InitiativeRef in = initiatives.get(i);
      if (!initiativeIds.add(in.id())) {
        c.add("initiatives[" + i + "].id", "duplicate initiative id \"" + in.id() + "\"");
      }
      for (int j = 0; j < in.objectives().size(); j++) {
        String o = in.objectives().get(j);
        if (!objectiveIds.contains(o)) {
          c.add("initiatives[" + i + "].objectives[" + j + "]", "unknown objective \"" + o + "\""
              + DidYouMean.hint(o, ids(objectives)));
        }
      }
    }
  }

  /** The objectives' ids, for a "did you mean": made only when a reference is wrong. */
  private static List<String> ids(List<ObjectiveRef> objectives) {
    return objectives.stream().map(ObjectiveRef::id).toList();
  }

  private static Set<String> unique(Checks c, String list, String kind, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        c.add(list + "[" + i + "].id", "duplicate " + kind + " id \"" + ids.get(i) + "\"");
      }
    }
    return seen;
  }
}
