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
import java.util.function.BiPredicate;
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
    if (before.equals(after)) {
      return new ScorecardDiff(out);
    }
    List<NumberedLink> linksBefore = numbered(before.links());
    List<NumberedLink> linksAfter = numbered(after.links());
    compare(Element.SCORECARD, after.name(), scorecardFields(before, linksBefore), scorecardFields(after, linksAfter),
        out);
    elements(Element.PERSPECTIVE, before.perspectives(), after.perspectives(), p -> p.id().value(),
        Perspective::name, ScorecardDiff::perspectiveFields, out);
    elements(Element.THEME, before.themes(), after.themes(), t -> t.id().value(), Theme::name,
        ScorecardDiff::themeFields, out);
    elements(Element.OBJECTIVE, before.objectives(), after.objectives(), o -> o.id().value(), Objective::name,
        ScorecardDiff::objectiveFields, ScorecardDiff::sameObjective, out);
    elements(Element.KPI, placed(before), placed(after), p -> p.kpi().id().value(), p -> p.kpi().name(),
        ScorecardDiff::kpiFields, out);
    elements(Element.LINK, linksBefore, linksAfter, NumberedLink::subject,
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
   * The fields of one element, by name, each a value and how to write it (an absent optional writes as null), and
   * the orders of its parts, by the ids of the parts. Values are compared as values and written only when they
   * differ. Insertion order is output order.
   */
  private static final class Fields {
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, Function<Object, String>> texts = new HashMap<>();
    final Map<String, List<String>> orders = new LinkedHashMap<>();

    Fields put(String field, Object value) {
      values.put(field, value);
      return this;
    }

    @SuppressWarnings("unchecked")
    <T> Fields put(String field, T value, Function<? super T, String> text) {
      values.put(field, value);
      texts.put(field, v -> text.apply((T) v));
      return this;
    }

    Fields order(String field, List<String> ids) {
      orders.put(field, ids);
      return this;
    }

    String text(String field, Object value) {
      return texts.getOrDefault(field, ScorecardDiff::text).apply(value);
    }
  }

  /** The canonical text of a value: a key for a closed set, a plain number, null for an empty optional. */
  private static String text(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(ScorecardDiff::text).orElse(null);
    }
    if (value instanceof List<?> l) {
      return l.stream().map(ScorecardDiff::text).toList().toString();
    }
    if (value instanceof Keyed k) {
      return k.key();
    }
    if (value instanceof Double d) {
      return Numbers.plain(d);
    }
    return value.toString();
  }

  private static String quoted(Object s) {
    return s instanceof Optional<?> o ? o.map(ScorecardDiff::quoted).orElse(null) : "\"" + s + "\"";
  }

  private static <T> List<String> ids(List<T> list, Function<T, String> id) {
    return list.stream().map(id).toList();
  }

  private static Fields scorecardFields(Scorecard s, List<NumberedLink> links) {
    return new Fields().put("name", s.name(), ScorecardDiff::quoted).put("vision", s.vision(), ScorecardDiff::quoted)
        .put("mission", s.mission(), ScorecardDiff::quoted).put("stage", s.stage())
        .put("fiscalYearStart", s.fiscalYearStart(), m -> Integer.toString(m.getValue()))
        .put("scoring.method", s.scoring().method())
        .put("scoring.thresholds", s.scoring().thresholds())
        .put("scoring.rollUp", s.scoring().rollUp())
        .order("perspectives order", ids(s.perspectives(), p -> p.id().value()))
        .order("themes order", ids(s.themes(), t -> t.id().value()))
        .order("objectives order", ids(s.objectives(), o -> o.id().value()))
        .order("links order", ids(links, NumberedLink::subject))
        .order("initiatives order", ids(s.initiatives(), i -> i.id().value()));
  }

  private static Fields perspectiveFields(Perspective p) {
    return new Fields().put("name", p.name(), ScorecardDiff::quoted);
  }

  private static Fields themeFields(Theme t) {
    return new Fields().put("name", t.name(), ScorecardDiff::quoted)
        .put("description", t.description(), ScorecardDiff::quoted);
  }

  private static Fields objectiveFields(Objective o) {
    return new Fields().put("name", o.name(), ScorecardDiff::quoted).put("perspective", o.perspective())
        .put("themes", o.themes()).put("owner", o.owner(), ScorecardDiff::quoted)
        .put("description", o.description(), ScorecardDiff::quoted).put("weight", o.weight())
        .put("category", o.category()).order("kpis order", ids(o.kpis(), k -> k.id().value()));
  }

  /** Equal but for the KPIs themselves, which are compared as KPIs: only their order counts here. */
  private static boolean sameObjective(Objective a, Objective b) {
    if (!a.name().equals(b.name()) || !a.perspective().equals(b.perspective()) || !a.themes().equals(b.themes())
        || !a.owner().equals(b.owner()) || !a.description().equals(b.description())
        || Double.compare(a.weight(), b.weight()) != 0 || !a.category().equals(b.category())
        || a.kpis().size() != b.kpis().size()) {
      return false;
    }
    for (int i = 0; i < a.kpis().size(); i++) {
      if (!a.kpis().get(i).id().equals(b.kpis().get(i).id())) {
        return false;
      }
    }
    return true;
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
    return new Fields().put("objective", p.objective()).put("name", k.name(), ScorecardDiff::quoted)
        .put("unit", k.unit(), ScorecardDiff::quoted).put("indicator", k.indicator()).put("direction", k.direction())
        .put("range", k.range()).put("kind", k.kind()).put("frequency", k.frequency())
        .put("precision", k.precision()).put("weight", k.weight()).put("scale", k.scale())
        .put("targetKind", k.targetKind()).put("baseline", k.baseline(), v -> v.map(dated).orElse(null))
        .put("target", k.target(), v -> v.map(dated).orElse(null))
        .put("milestones", k.milestones(), v -> v.stream().map(dated).toList().toString()).put("pacing", k.pacing())
        .put("thresholds", k.thresholds()).put("scoring", k.scoring()).put("aggregate", k.aggregate())
        .put("emptyPeriods", k.emptyPeriods())
        .put("formula", k.formula(), v -> v.map(f -> f.text() + " (missing inputs: " + f.missing().key() + ")")
            .orElse(null));
  }

  /** A link with its place among the links of the same cause and effect: duplicates pair up in order. */
  private record NumberedLink(CausalLink link, String subject) {}

  private static List<NumberedLink> numbered(List<CausalLink> links) {
    Map<String, Integer> seen = new HashMap<>(links.size() * 4 / 3 + 1);
    List<NumberedLink> out = new ArrayList<>(links.size());
    for (CausalLink l : links) {
      String key = l.from().value() + " -> " + l.to().value();
      int n = seen.merge(key, 1, Integer::sum);
      out.add(new NumberedLink(l, n == 1 ? key : key + " (" + n + ")"));
    }
    return out;
  }

  private static Fields linkFields(NumberedLink n) {
    CausalLink l = n.link();
    return new Fields().put("strength", l.strength()).put("polarity", l.polarity()).put("lag", l.lag())
        .put("rationale", l.rationale(), ScorecardDiff::quoted).put("basis", l.basis());
  }

  private static Fields initiativeFields(Initiative i) {
    return new Fields().put("name", i.name(), ScorecardDiff::quoted).put("owner", i.owner(), ScorecardDiff::quoted)
        .put("objectives", i.objectives()).put("budget", i.budget()).put("start", i.start()).put("end", i.end())
        .put("status", i.status());
  }

  // ---- the comparison --------------------------------------------------------------------------------------

  private static <T> void elements(Element element, List<T> before, List<T> after, Function<T, String> id,
      Function<T, String> name, Function<T, Fields> fields, List<Change> out) {
    elements(element, before, after, id, name, fields, Object::equals, out);
  }

  private static <T> void elements(Element element, List<T> before, List<T> after, Function<T, String> id,
      Function<T, String> name, Function<T, Fields> fields, BiPredicate<T, T> same, List<Change> out) {
    // Versions mostly keep their elements in place: walk both in step while the ids agree, without hashing.
    int n = Math.min(before.size(), after.size());
    int i = 0;
    for (; i < n; i++) {
      T a = before.get(i);
      T b = after.get(i);
      String key = id.apply(b);
      if (!id.apply(a).equals(key)) {
        break;
      }
      if (!same.test(a, b)) {
        compare(element, key, fields.apply(a), fields.apply(b), out);
      }
    }
    // The rest by id. Matched entries leave the map, so what stays are the removed ones, in the earlier order.
    Map<String, T> earlier = new LinkedHashMap<>((before.size() - i) * 4 / 3 + 1);
    for (T e : before.subList(i, before.size())) {
      earlier.put(id.apply(e), e);
    }
    for (T b : after.subList(i, after.size())) {
      String key = id.apply(b);
      T a = earlier.remove(key);
      if (a == null) {
        out.add(new Change(element, key, Kind.ADDED, Optional.empty(), Optional.empty(), named(name.apply(b))));
      } else if (!same.test(a, b)) {
        compare(element, key, fields.apply(a), fields.apply(b), out);
      }
    }
    for (Map.Entry<String, T> e : earlier.entrySet()) {
      out.add(new Change(element, e.getKey(), Kind.REMOVED, Optional.empty(), named(name.apply(e.getValue())),
          Optional.empty()));
    }
  }

  private static Optional<String> named(String name) {
    return name.isEmpty() ? Optional.empty() : Optional.of(quoted(name));
  }

  private static void compare(Element element, String subject, Fields a, Fields b, List<Change> out) {
    for (Map.Entry<String, Object> e : b.values.entrySet()) {
      Object was = a.values.get(e.getKey());
      if (!Objects.equals(was, e.getValue())) {
        out.add(new Change(element, subject, Kind.CHANGED, Optional.of(e.getKey()),
            Optional.ofNullable(a.text(e.getKey(), was)), Optional.ofNullable(b.text(e.getKey(), e.getValue()))));
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
