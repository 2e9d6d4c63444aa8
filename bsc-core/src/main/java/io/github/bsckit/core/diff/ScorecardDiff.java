package io.github.bsckit.core.diff;

import io.github.bsckit.core.diff.Change.Element;
import io.github.bsckit.core.diff.Change.Kind;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.internal.ReportJson;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Theme;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * What changed between two versions of a scorecard, element by element: objectives, KPIs, links, initiatives,
 * perspectives and themes added or removed, and every field that changed on an element both versions hold
 * (an objective renamed or moved to another perspective or theme; a KPI's target, baseline, milestones,
 * direction or weight; a link re-weighted; an initiative's budget; the scoring policy). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ScorecardDiff diff = ScorecardDiff.between(lastYear, thisYear);
 * diff.isEmpty();              // false
 * System.out.println(diff);    // one change a line: "objective C1 name: \"Grow\" -> \"Keep\"", "added kpi nps …"
 * }</pre>
 *
 * <p><b>Identity.</b> Elements are matched by id (a renamed objective is the same objective with a new name); a
 * KPI by its id wherever it sits, so a KPI moved to another objective is one change of its {@code objective}; a
 * link by its cause and effect (duplicates pair up in order). An element's fields are compared by their
 * canonical text, the form documents write, so that two versions that read and write the same document have no
 * differences. A change in the order of perspectives, themes, objectives, links, initiatives or of an
 * objective's KPIs is one change of the parent's {@code … order}.
 *
 * <p><b>Order.</b> Changes are listed by kind of element (the scorecard, perspectives, themes, objectives, KPIs,
 * links, initiatives); within a kind, elements in the later version's order followed by those only the earlier
 * one holds in its order; within an element, its fields in the order of the document format. The same two
 * scorecards always give the same list.
 *
 * <p>{@code between(a, b).isEmpty()} exactly when {@code a.equals(b)}. Cost: O(n) for n elements of both
 * versions (each list is indexed once by id).
 */
public final class ScorecardDiff {
  private final List<Change> changes;

  private ScorecardDiff(List<Change> changes) {
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two versions of a scorecard.
   *
   * @param before the earlier version
   * @param after the later version
   * @return the differences, empty when the two are equal
   */
  public static ScorecardDiff between(Scorecard before, Scorecard after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<Change> out = new ArrayList<>();
    scorecard(before, after, out);
    elements(Element.PERSPECTIVE, before.perspectives(), after.perspectives(), p -> p.id().value(),
        Perspective::name, ScorecardDiff::perspectiveFields, out);
    elements(Element.THEME, before.themes(), after.themes(), t -> t.id().value(), Theme::name,
        ScorecardDiff::themeFields, out);
    elements(Element.OBJECTIVE, before.objectives(), after.objectives(), o -> o.id().value(), Objective::name,
        ScorecardDiff::objectiveFields, out);
    elements(Element.KPI, placed(before), placed(after), p -> p.kpi().id().value(), p -> p.kpi().name(),
        ScorecardDiff::kpiFields, out);
    elements(Element.LINK, numbered(before.links()), numbered(after.links()), NumberedLink::subject,
        l -> "", ScorecardDiff::linkFields, out);
    elements(Element.INITIATIVE, before.initiatives(), after.initiatives(), i -> i.id().value(),
        Initiative::name, ScorecardDiff::initiativeFields, out);
    return new ScorecardDiff(out);
  }

  /** {@return every change, in the order described above; unmodifiable} */
  public List<Change> changes() {
    return changes;
  }

  /** {@return true when the two versions are equal} */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * {@return the changes to one kind of element, in order}
   *
   * @param element the kind of element
   */
  public List<Change> of(Element element) {
    Objects.requireNonNull(element, "element");
    return changes.stream().filter(c -> c.element() == element).toList();
  }

  /**
   * {@return the diff as JSON} The shape, pretty-printed with two-space indentation:
   *
   * <pre>{@code
   * {"equal": false, "changes": [{"element": "objective", "subject": "C1", "change": "changed",
   *   "field": "name", "before": "\"Grow\"", "after": "\"Keep\""}]}
   * }</pre>
   *
   * <p>{@code element} and {@code change} are the keys of {@link Element} and {@link Kind}; {@code field} is null
   * for an element added or removed; {@code before} and {@code after} are the field's text, or null where there
   * is none (for an added element, {@code after} is its name).
   */
  public String toJson() {
    return ReportJson.write(this::write);
  }

  /**
   * Writes {@link #toJson()} to a writer.
   *
   * @param out where to write; flushed, not closed
   * @throws java.io.UncheckedIOException if the writer fails
   */
  public void writeJson(Writer out) {
    ReportJson.write(out, this::write);
  }

  private void write(JsonGenerator g) {
    g.writeStartObject();
    g.writeBooleanProperty("equal", changes.isEmpty());
    g.writeArrayPropertyStart("changes");
    for (Change c : changes) {
      g.writeStartObject();
      g.writeStringProperty("element", c.element().key());
      g.writeStringProperty("subject", c.subject());
      g.writeStringProperty("change", c.kind().key());
      ReportJson.stringOrNull(g, "field", c.field().orElse(null));
      ReportJson.stringOrNull(g, "before", c.before().orElse(null));
      ReportJson.stringOrNull(g, "after", c.after().orElse(null));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScorecardDiff d && changes.equals(d.changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  /** {@return one change a line, or {@code no differences}} */
  @Override
  public String toString() {
    if (changes.isEmpty()) {
      return "no differences";
    }
    StringBuilder sb = new StringBuilder();
    for (Change c : changes) {
      sb.append(sb.length() == 0 ? "" : "\n").append(c);
    }
    return sb.toString();
  }

  // ---- the elements --------------------------------------------------------------------------------------

  /**
   * The fields of one element, by name, as text (absent ones map to null), and the orders of its parts, by the
   * ids of the parts. Insertion order is output order.
   */
  private static final class Fields {
    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, List<String>> orders = new LinkedHashMap<>();

    Fields put(String field, Object value) {
      values.put(field, value == null ? null : value.toString());
      return this;
    }

    Fields order(String field, List<String> ids) {
      orders.put(field, ids);
      return this;
    }

    Fields opt(String field, Optional<?> value) {
      return put(field, value.map(ScorecardDiff::text).orElse(null));
    }
  }

  private static String text(Object value) {
    if (value instanceof Keyed k) {
      return k.key();
    }
    if (value instanceof Double d) {
      return Numbers.plain(d);
    }
    return value.toString();
  }

  private static String quoted(String s) {
    return "\"" + s + "\"";
  }

  private static <T> List<String> ids(List<T> list, Function<T, String> id) {
    return list.stream().map(id).toList();
  }

  private static void scorecard(Scorecard a, Scorecard b, List<Change> out) {
    Fields fa = scorecardFields(a);
    Fields fb = scorecardFields(b);
    compare(Element.SCORECARD, b.name(), fa, fb, out);
  }

  private static Fields scorecardFields(Scorecard s) {
    return new Fields().put("name", quoted(s.name())).opt("vision", s.vision().map(ScorecardDiff::quoted))
        .opt("mission", s.mission().map(ScorecardDiff::quoted)).opt("stage", s.stage())
        .put("fiscalYearStart", s.fiscalYearStart().getValue())
        .put("scoring.method", s.scoring().method())
        .opt("scoring.thresholds", s.scoring().thresholds())
        .put("scoring.rollUp", s.scoring().rollUp().key())
        .order("perspectives order", ids(s.perspectives(), p -> p.id().value()))
        .order("themes order", ids(s.themes(), t -> t.id().value()))
        .order("objectives order", ids(s.objectives(), o -> o.id().value()))
        .order("links order", ids(numbered(s.links()), NumberedLink::subject))
        .order("initiatives order", ids(s.initiatives(), i -> i.id().value()));
  }

  private static Fields perspectiveFields(Perspective p) {
    return new Fields().put("name", quoted(p.name()));
  }

  private static Fields themeFields(Theme t) {
    return new Fields().put("name", quoted(t.name())).opt("description", t.description().map(ScorecardDiff::quoted));
  }

  private static Fields objectiveFields(Objective o) {
    return new Fields().put("name", quoted(o.name())).put("perspective", o.perspective().value())
        .put("themes", ids(o.themes(), t -> t.value())).opt("owner", o.owner().map(ScorecardDiff::quoted))
        .opt("description", o.description().map(ScorecardDiff::quoted)).put("weight", text(o.weight()))
        .opt("category", o.category()).order("kpis order", ids(o.kpis(), k -> k.id().value()));
  }

  /** A KPI with the objective it sits in. */
  private record PlacedKpi(Kpi kpi, String objective) {}

  private static List<PlacedKpi> placed(Scorecard s) {
    List<PlacedKpi> out = new ArrayList<>();
    for (Objective o : s.objectives()) {
      o.kpis().forEach(k -> out.add(new PlacedKpi(k, o.id().value())));
    }
    return out;
  }

  private static Fields kpiFields(PlacedKpi p) {
    Kpi k = p.kpi();
    Function<DatedValue, String> dated = v -> (k.scale().holds(v.value()) && !k.scale().isNumbers()
        ? k.scale().format(v.value()) : Numbers.plain(v.value())) + " @ " + v.date();
    return new Fields().put("objective", p.objective()).put("name", quoted(k.name())).put("unit", quoted(k.unit()))
        .put("indicator", text(k.indicator())).put("direction", text(k.direction())).opt("range", k.range())
        .put("kind", text(k.kind())).put("frequency", text(k.frequency())).put("precision", k.precision())
        .put("weight", text(k.weight())).put("scale", k.scale()).put("targetKind", text(k.targetKind()))
        .opt("baseline", k.baseline().map(dated)).opt("target", k.target().map(dated))
        .put("milestones", k.milestones().stream().map(dated).toList()).opt("pacing", k.pacing())
        .opt("thresholds", k.thresholds()).opt("scoring", k.scoring());
  }

  /** A link with its place among the links of the same cause and effect: duplicates pair up in order. */
  private record NumberedLink(CausalLink link, int n) {
    String subject() {
      return link.from() + " -> " + link.to() + (n == 1 ? "" : " (" + n + ")");
    }
  }

  private static List<NumberedLink> numbered(List<CausalLink> links) {
    Map<String, Integer> seen = new HashMap<>();
    List<NumberedLink> out = new ArrayList<>(links.size());
    for (CausalLink l : links) {
      out.add(new NumberedLink(l, seen.merge(l.from() + " -> " + l.to(), 1, Integer::sum)));
    }
    return out;
  }

  private static Fields linkFields(NumberedLink n) {
    CausalLink l = n.link();
    return new Fields().opt("strength", l.strength()).put("polarity", text(l.polarity())).opt("lag", l.lag())
        .opt("rationale", l.rationale().map(ScorecardDiff::quoted));
  }

  private static Fields initiativeFields(Initiative i) {
    return new Fields().put("name", quoted(i.name())).opt("owner", i.owner().map(ScorecardDiff::quoted))
        .put("objectives", ids(i.objectives(), o -> o.value())).opt("budget", i.budget()).opt("start", i.start())
        .opt("end", i.end()).put("status", text(i.status()));
  }

  // ---- the comparison --------------------------------------------------------------------------------------

  private static <T> void elements(Element element, List<T> before, List<T> after, Function<T, String> id,
      Function<T, String> name, Function<T, Fields> fields, List<Change> out) {
    Map<String, T> earlier = new LinkedHashMap<>();
    before.forEach(e -> earlier.put(id.apply(e), e));
    Map<String, T> later = new HashMap<>();
    after.forEach(e -> later.put(id.apply(e), e));
    for (T b : after) {
      String key = id.apply(b);
      T a = earlier.get(key);
      if (a == null) {
        out.add(new Change(element, key, Kind.ADDED, Optional.empty(), Optional.empty(), named(name.apply(b))));
      } else if (!a.equals(b)) {
        compare(element, key, fields.apply(a), fields.apply(b), out);
      }
    }
    for (Map.Entry<String, T> e : earlier.entrySet()) {
      if (!later.containsKey(e.getKey())) {
        out.add(new Change(element, e.getKey(), Kind.REMOVED, Optional.empty(), named(name.apply(e.getValue())),
            Optional.empty()));
      }
    }
  }

  private static Optional<String> named(String name) {
    return name.isEmpty() ? Optional.empty() : Optional.of(quoted(name));
  }

  private static void compare(Element element, String subject, Fields a, Fields b, List<Change> out) {
    for (Map.Entry<String, String> e : b.values.entrySet()) {
      String was = a.values.get(e.getKey());
      if (!Objects.equals(was, e.getValue())) {
        out.add(new Change(element, subject, Kind.CHANGED, Optional.of(e.getKey()), Optional.ofNullable(was),
            Optional.ofNullable(e.getValue())));
      }
    }
    for (Map.Entry<String, List<String>> e : b.orders.entrySet()) {
      List<String> was = a.orders.get(e.getKey());
      if (!common(was, e.getValue()).equals(common(e.getValue(), was))) {
        out.add(new Change(element, subject, Kind.CHANGED, Optional.of(e.getKey()), Optional.of(was.toString()),
            Optional.of(e.getValue().toString())));
      }
    }
  }

  /**
   * The ids of {@code ids} that {@code other} holds too, in their order: an order changed when the parts both
   * versions hold come in another order, not when a part is only added or removed.
   */
  private static List<String> common(List<String> ids, List<String> other) {
    Set<String> held = new HashSet<>(other);
    return ids.stream().filter(held::contains).toList();
  }
}
