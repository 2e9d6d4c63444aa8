package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.Predicate;

/**
 * How {@link Scorecard.Builder} assembles a scorecard, kept out of {@code Scorecard.java} so that file holds the
 * value. {@code Scorecard.Builder} is the only subclass and adds nothing: its public methods are these, as
 * {@code StringBuilder}'s come from the package-private {@code AbstractStringBuilder}.
 *
 * <p>Every declared part is kept typed, as what it refers to (checked even when the part itself is broken, so
 * one build reports every problem) and how to make it under its document path.
 */
abstract sealed class ScorecardAssembly permits Scorecard.Builder {

  /**
   * A declared part: how to tell its references, and how to make it under its path, reporting problems to the
   * checks and returning null when it cannot be made. The references are told only when some part cannot be made
   * (a valid scorecard's are checked by {@link Scorecard} itself), so they are not gathered before.
   */
  private record Part<T, R>(Supplier<R> ref, Maker<T> make) {
    static <T, R> Part<T, R> done(Supplier<R> ref, T value) {
      return new Part<>(ref, (c, list, i) -> value);
    }
  }

  /**
   * Makes a declared part as item {@code index} of the list at {@code list}, reporting its problems under that
   * path; the path's text is made only when there are problems.
   */
  @FunctionalInterface
  private interface Maker<T> {
    T make(Checks c, String list, int index);
  }

  private final String name;
  private String vision;
  private String mission;
  private LifecycleStage stage;
  private Month fiscalYearStart = Month.JANUARY;
  private final List<Part<Perspective, String>> perspectives = new ArrayList<>();
  private final List<Part<Theme, String>> themes = new ArrayList<>();
  private final List<Part<Objective, Structure.ObjectiveRef>> objectives = new ArrayList<>();
  private final List<Part<CausalLink, Structure.LinkRef>> links = new ArrayList<>();
  private final List<Part<Initiative, Structure.InitiativeRef>> initiatives = new ArrayList<>();
  private ScoringPolicy scoring = ScoringPolicy.DEFAULT;

  ScorecardAssembly(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** Starts from every part of a scorecard, for {@link Scorecard#toBuilder()}. */
  ScorecardAssembly(Scorecard from) {
    this(from.name());
    vision = from.vision().orElse(null);
    mission = from.mission().orElse(null);
    stage = from.stage().orElse(null);
    fiscalYearStart = from.fiscalYearStart();
    from.perspectives().forEach(this::perspective);
    from.themes().forEach(this::theme);
    from.objectives().forEach(this::objective);
    from.links().forEach(this::link);
    from.initiatives().forEach(this::initiative);
    scoring = from.scoring();
  }

  private Scorecard.Builder self() {
    return (Scorecard.Builder) this;
  }

  /**
   * {@return this builder}
   *
   * @param vision where the organisation wants to be
   */
  public Scorecard.Builder vision(String vision) {
    this.vision = Objects.requireNonNull(vision, "vision");
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param mission why the organisation exists
   */
  public Scorecard.Builder mission(String mission) {
    this.mission = Objects.requireNonNull(mission, "mission");
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param stage the life-cycle stage
   */
  public Scorecard.Builder stage(LifecycleStage stage) {
    this.stage = Objects.requireNonNull(stage, "stage");
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param month the first month of the fiscal year (default January)
   */
  public Scorecard.Builder fiscalYearStart(Month month) {
    this.fiscalYearStart = Objects.requireNonNull(month, "month");
    return self();
  }

  /**
   * Declares the next perspective down. Declaring any replaces the classic four.
   *
   * @param perspective the perspective
   * @return this builder
   */
  public Scorecard.Builder perspective(Perspective perspective) {
    Objects.requireNonNull(perspective, "perspective");
    perspectives.add(Part.done(() -> perspective.id().value(), perspective));
    return self();
  }

  /**
   * Declares the next perspective down. Declaring any replaces the classic four.
   *
   * @param id the perspective's id
   * @param perspectiveName its display name
   * @return this builder
   */
  public Scorecard.Builder perspective(String id, String perspectiveName) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(perspectiveName, "name");
    perspectives.add(new Part<>(() -> id, (c, list, i) -> c.attempt(list, i, "", () -> Perspective.of(id, perspectiveName))));
    return self();
  }

  /**
   * Declares the next perspective down. Declaring any replaces the classic four.
   *
   * @param id the perspective's id
   * @param perspectiveName its display name
   * @return this builder
   */
  public Scorecard.Builder perspective(PerspectiveId id, String perspectiveName) {
    return perspective(Objects.requireNonNull(id, "id").value(), perspectiveName);
  }

  /**
   * Declares perspectives, top to bottom, after any declared before.
   *
   * @param list the perspectives
   * @return this builder
   */
  public Scorecard.Builder perspectives(List<Perspective> list) {
    list.forEach(this::perspective);
    return self();
  }

  /**
   * Declares a theme.
   *
   * @param id the theme's id
   * @param themeName its display name
   * @return this builder
   */
  public Scorecard.Builder theme(String id, String themeName) {
    return theme(id, themeName, null);
  }

  /**
   * Declares a theme with a description.
   *
   * @param id the theme's id
   * @param themeName its display name
   * @param description what it means, or null for none
   * @return this builder
   */
  public Scorecard.Builder theme(String id, String themeName, String description) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(themeName, "name");
    themes.add(new Part<>(() -> id, (c, list, i) -> c.attempt(list, i, "", () -> new Theme(ThemeId.of(id), themeName,
        Optional.ofNullable(description)))));
    return self();
  }

  /**
   * Declares a theme.
   *
   * @param id the theme's id
   * @param themeName its display name
   * @return this builder
   */
  public Scorecard.Builder theme(ThemeId id, String themeName) {
    return theme(Objects.requireNonNull(id, "id").value(), themeName, null);
  }

  /**
   * Declares a theme built elsewhere.
   *
   * @param theme the theme
   * @return this builder
   */
  public Scorecard.Builder theme(Theme theme) {
    Objects.requireNonNull(theme, "theme");
    themes.add(Part.done(() -> theme.id().value(), theme));
    return self();
  }

  /**
   * Declares an objective, configured by a function of its builder.
   *
   * @param id the objective's id
   * @param objectiveName its display name
   * @param perspective its perspective's id, such as {@code customer}
   * @param spec sets the objective's fields and KPIs
   * @return this builder
   */
  public Scorecard.Builder objective(String id, String objectiveName, String perspective,
      Consumer<Objective.Builder> spec) {
    Objective.Builder b = Objective.builder(id, objectiveName, perspective);
    Objects.requireNonNull(spec, "spec").accept(b);
    return objective(b);
  }

  /**
   * Declares an objective without KPIs or other details.
   *
   * @param id the objective's id
   * @param objectiveName its display name
   * @param perspective its perspective's id
   * @return this builder
   */
  public Scorecard.Builder objective(String id, String objectiveName, String perspective) {
    return objective(Objective.builder(id, objectiveName, perspective));
  }

  /**
   * Declares an objective, configured by a function of its builder.
   *
   * @param id the objective's id
   * @param objectiveName its display name
   * @param perspective its perspective
   * @param spec sets the objective's fields and KPIs
   * @return this builder
   */
  public Scorecard.Builder objective(String id, String objectiveName, Perspective perspective,
      Consumer<Objective.Builder> spec) {
    return objective(id, objectiveName, perspective.id().value(), spec);
  }

  /**
   * Declares an objective, configured by a function of its builder.
   *
   * @param id the objective's id
   * @param objectiveName its display name
   * @param perspective its perspective's id, such as {@link PerspectiveId#CUSTOMER}
   * @param spec sets the objective's fields and KPIs
   * @return this builder
   */
  public Scorecard.Builder objective(ObjectiveId id, String objectiveName, PerspectiveId perspective,
      Consumer<Objective.Builder> spec) {
    return objective(Objects.requireNonNull(id, "id").value(), objectiveName,
        Objects.requireNonNull(perspective, "perspective").value(), spec);
  }

  /**
   * Declares an objective without KPIs or other details.
   *
   * @param id the objective's id
   * @param objectiveName its display name
   * @param perspective its perspective's id, such as {@link PerspectiveId#CUSTOMER}
   * @return this builder
   */
  public Scorecard.Builder objective(ObjectiveId id, String objectiveName, PerspectiveId perspective) {
    return objective(Objects.requireNonNull(id, "id").value(), objectiveName,
        Objects.requireNonNull(perspective, "perspective").value());
  }

  /**
   * Declares an objective built elsewhere.
   *
   * @param objective the objective
   * @return this builder
   */
  public Scorecard.Builder objective(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    objectives.add(Part.done(() -> new Structure.ObjectiveRef(objective.id().value(),
        objective.perspective().value(), objective.themes().stream().map(ThemeId::value).toList(),
        objective.kpis().stream().map(k -> k.id().value()).toList()), objective));
    return self();
  }

  private Scorecard.Builder objective(Objective.Builder b) {
    objectives.add(new Part<>(() -> new Structure.ObjectiveRef(b.id(), b.perspective(), List.copyOf(b.themes()),
        b.kpiIds()), (c, list, i) -> c.attempt(list, i, "", b::build)));
    return self();
  }

  /**
   * Draws a direct arrow from cause to effect.
   *
   * @param from the cause's id
   * @param to the effect's id
   * @return this builder
   */
  public Scorecard.Builder link(String from, String to) {
    return link(from, to, l -> { });
  }

  /**
   * Draws an arrow from cause to effect, configured by a function of its builder.
   *
   * @param from the cause's id
   * @param to the effect's id
   * @param spec sets strength, polarity, lag, rationale
   * @return this builder
   */
  public Scorecard.Builder link(String from, String to, Consumer<CausalLink.Builder> spec) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    CausalLink.Builder b = new CausalLink.Builder();
    Objects.requireNonNull(spec, "spec").accept(b);
    links.add(new Part<>(() -> new Structure.LinkRef(from, to), (c, list, i) -> {
      ObjectiveId f = c.id(list, i, ".from", from, ObjectiveId::of);
      ObjectiveId t = c.id(list, i, ".to", to, ObjectiveId::of);
      return f == null || t == null ? null : c.attempt(list, i, "", () -> b.build(f, t));
    }));
    return self();
  }

  /**
   * Draws a direct arrow from cause to effect.
   *
   * @param from the cause
   * @param to the effect
   * @return this builder
   */
  public Scorecard.Builder link(ObjectiveId from, ObjectiveId to) {
    return link(from, to, l -> { });
  }

  /**
   * Draws an arrow from cause to effect, configured by a function of its builder.
   *
   * @param from the cause
   * @param to the effect
   * @param spec sets strength, polarity, lag, rationale
   * @return this builder
   */
  public Scorecard.Builder link(ObjectiveId from, ObjectiveId to, Consumer<CausalLink.Builder> spec) {
    return link(Objects.requireNonNull(from, "from").value(), Objects.requireNonNull(to, "to").value(), spec);
  }

  /**
   * Draws an arrow built elsewhere.
   *
   * @param link the link
   * @return this builder
   */
  public Scorecard.Builder link(CausalLink link) {
    Objects.requireNonNull(link, "link");
    links.add(Part.done(() -> new Structure.LinkRef(link.from().value(), link.to().value()), link));
    return self();
  }

  /**
   * Declares an initiative, configured by a function of its builder.
   *
   * @param id the initiative's id
   * @param initiativeName its display name
   * @param spec sets objectives, budget, dates, status
   * @return this builder
   */
  public Scorecard.Builder initiative(String id, String initiativeName, Consumer<Initiative.Builder> spec) {
    Initiative.Builder b = Initiative.builder(id, initiativeName);
    Objects.requireNonNull(spec, "spec").accept(b);
    initiatives.add(new Part<>(() -> new Structure.InitiativeRef(b.id(), List.copyOf(b.objectives())),
        (c, list, i) -> c.attempt(list, i, "", b::build)));
    return self();
  }

  /**
   * Declares an initiative built elsewhere.
   *
   * @param initiative the initiative
   * @return this builder
   */
  public Scorecard.Builder initiative(Initiative initiative) {
    Objects.requireNonNull(initiative, "initiative");
    initiatives.add(Part.done(() -> new Structure.InitiativeRef(initiative.id().value(),
        initiative.objectives().stream().map(ObjectiveId::value).toList()), initiative));
    return self();
  }

  /**
   * {@return this builder}
   *
   * @param policy the scoring defaults (default {@link ScoringPolicy#DEFAULT})
   */
  public Scorecard.Builder scoring(ScoringPolicy policy) {
    this.scoring = Objects.requireNonNull(policy, "policy");
    return self();
  }

  /**
   * Builds the scorecard.
   *
   * @return the scorecard
   * @throws io.github.bsckit.core.ValidationException listing every problem of every part, each with its path
   */
  public Scorecard build() {
    Checks c = new Checks();
    List<Perspective> ps = perspectives.isEmpty() ? Perspective.classic() : make(c, "perspectives", perspectives);
    List<Theme> ts = make(c, "themes", themes);
    List<Objective> os = make(c, "objectives", objectives);
    List<CausalLink> ls = make(c, "links", links);
    List<Initiative> is = make(c, "initiatives", initiatives);
    if (!c.isEmpty()) {
      // Some parts failed their own checks: report the references among all declared parts too, then stop.
      c.text("name", name);
      Structure.check(c, perspectives.isEmpty() ? ps.stream().map(p -> p.id().value()).toList()
          : refs(perspectives), refs(themes), refs(objectives), refs(links), refs(initiatives));
      c.throwIfAny();
    }
    return new Scorecard(name, Optional.ofNullable(vision), Optional.ofNullable(mission),
        Optional.ofNullable(stage), fiscalYearStart, ps, ts, os, ls, is, scoring);
  }

  private static <T> List<T> make(Checks c, String field, List<? extends Part<T, ?>> parts) {
    List<T> out = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      T built = parts.get(i).make().make(c, field, i);
      if (built != null) {
        out.add(built);
      }
    }
    return out;
  }

  private static <R> List<R> refs(List<? extends Part<?, R>> parts) {
    return parts.stream().map(p -> p.ref().get()).toList();
  }

  /**
   * A scorecard's components, to change a few and make a new scorecard without repeating the others: the
   * {@code with…} derivations of {@link Scorecard} go through it. Not thread-safe; short-lived.
   */
  static final class Parts {
    String name;
    Optional<String> vision;
    Optional<String> mission;
    Optional<LifecycleStage> stage;
    Month fiscalYearStart;
    List<Perspective> perspectives;
    List<Theme> themes;
    List<Objective> objectives;
    List<CausalLink> links;
    List<Initiative> initiatives;
    ScoringPolicy scoring;

    Parts(Scorecard s) {
      name = s.name();
      vision = s.vision();
      mission = s.mission();
      stage = s.stage();
      fiscalYearStart = s.fiscalYearStart();
      perspectives = s.perspectives();
      themes = s.themes();
      objectives = s.objectives();
      links = s.links();
      initiatives = s.initiatives();
      scoring = s.scoring();
    }

    Scorecard make() {
      return new Scorecard(name, vision, mission, stage, fiscalYearStart, perspectives, themes, objectives, links,
          initiatives, scoring);
    }
  }

  /** {@return a copy of the list with the value replacing the first item the same, or added at the end} */
  static <T> List<T> upsert(List<T> list, T value, Predicate<T> same) {
    List<T> copy = new ArrayList<>(list);
    for (int i = 0; i < copy.size(); i++) {
      if (same.test(copy.get(i))) {
        copy.set(i, value);
        return copy;
      }
    }
    copy.add(value);
    return copy;
  }

  /** {@return a copy of the list without the items to drop} */
  static <T> List<T> remove(List<T> list, Predicate<T> drop) {
    List<T> copy = new ArrayList<>(list);
    copy.removeIf(drop);
    return copy;
  }
}
