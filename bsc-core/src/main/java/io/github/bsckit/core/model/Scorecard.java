package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.DidYouMean;
import io.github.bsckit.core.internal.Numbers;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A balanced scorecard: the destination (name, vision, mission, life-cycle stage), the perspectives top to
 * bottom, the strategic themes, the objectives with their KPIs, the causal links of the strategy map, and the
 * initiatives. Immutable and thread-safe; every {@code with…}/{@code without…} returns a new, valid scorecard.
 *
 * <p>Build one top-down, as the strategy reads:
 *
 * <pre>{@code
 * Scorecard acme = Scorecard.builder("Acme Retail")
 *     .objective("F1", "Grow Lifetime Customer Value", "financial", o -> o
 *         .kpi("clv", "Customer lifetime value", k -> k.unit("$").baseline(1200, "2026-01-01").target(1500, "2026-12-31")))
 *     .objective("C1", "Increase Customer Retention", "customer", o -> o
 *         .kpi("retention", "Retention rate", k -> k.unit("%").baseline(85, "2026-01-01").target(90, "2026-12-31")))
 *     .link("C1", "F1")
 *     .build();
 * }</pre>
 *
 * <p>Invariants, checked on every construction: ids are unique (KPI ids across the whole scorecard), every
 * objective sits in a declared perspective and names declared themes, and every link and initiative names
 * declared objectives. Quality judgements (a KPI without target, a cycle in the map) are not invariants but
 * {@linkplain io.github.bsckit.core.rules rules}.
 *
 * @param name the scorecard's name, not blank
 * @param vision the vision statement, if written
 * @param mission the mission statement, if written
 * @param stage the life-cycle stage, if stated
 * @param fiscalYearStart the first month of the fiscal year
 * @param perspectives the perspectives, top to bottom as drawn; at least one
 * @param themes the strategic themes
 * @param objectives the objectives, in the order they were declared
 * @param links the causal links of the strategy map (duplicates and self-links are allowed here and
 *     reported by the map rules)
 * @param initiatives the initiatives
 * @param scoring the scoring defaults
 */
public record Scorecard(
    String name,
    Optional<String> vision,
    Optional<String> mission,
    Optional<LifecycleStage> stage,
    Month fiscalYearStart,
    List<Perspective> perspectives,
    List<Theme> themes,
    List<Objective> objectives,
    List<CausalLink> links,
    List<Initiative> initiatives,
    ScoringPolicy scoring) {

  /**
   * Validates every component and the scorecard-wide invariants, and reports all problems at once.
   *
   * @param name the scorecard's name, not blank
   * @param vision the vision statement, if written
   * @param mission the mission statement, if written
   * @param stage the life-cycle stage, if stated
   * @param fiscalYearStart the first month of the fiscal year
   * @param perspectives the perspectives, top to bottom as drawn; at least one
   * @param themes the strategic themes
   * @param objectives the objectives, in the order they were declared
   * @param links the causal links of the strategy map (duplicates and self-links are allowed here and reported by the map rules)
   * @param initiatives the initiatives
   * @param scoring the scoring defaults
   * @throws io.github.bsckit.core.ValidationException listing each broken invariant with its path
   */
  public Scorecard {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(vision, "vision");
    Objects.requireNonNull(mission, "mission");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    perspectives = List.copyOf(perspectives);
    themes = List.copyOf(themes);
    objectives = List.copyOf(objectives);
    links = List.copyOf(links);
    initiatives = List.copyOf(initiatives);
    Objects.requireNonNull(scoring, "scoring");
    Checks c = new Checks();
    c.text("name", name);
    c.text("vision", vision);
    c.text("mission", mission);
    Structure.check(c,
        perspectives.stream().map(p -> p.id().value()).toList(),
        themes.stream().map(t -> t.id().value()).toList(),
        objectives.stream().map(o -> new Structure.ObjectiveRef(o.id().value(), o.perspective().value(),
            o.themes().stream().map(ThemeId::value).toList(), o.kpis().stream().map(k -> k.id().value()).toList()))
            .toList(),
        links.stream().map(l -> new Structure.LinkRef(l.from().value(), l.to().value())).toList(),
        initiatives.stream().map(i -> new Structure.InitiativeRef(i.id().value(),
            i.objectives().stream().map(ObjectiveId::value).toList())).toList());
    c.throwIfAny();
  }

  /**
   * Starts a builder. Without any {@code perspective(…)} call the scorecard gets the
   * {@linkplain Perspective#classic() classic four}.
   *
   * @param name the scorecard's name
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  // ---- queries ---------------------------------------------------------------------------------------------

  /**
   * Finds an objective.
   *
   * @param id the objective's id
   * @return the objective, or empty when there is none with that id
   */
  public Optional<Objective> objective(ObjectiveId id) {
    Objects.requireNonNull(id, "id");
    for (int i = 0; i < objectives.size(); i++) {
      if (objectives.get(i).id().equals(id)) {
        return Optional.of(objectives.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds an objective by the text of its id, as typed in JShell or read from a command line.
   *
   * @param id the objective's id
   * @return the objective, or empty when there is none with that id
   */
  public Optional<Objective> objective(String id) {
    return objective(ObjectiveId.of(id));
  }

  /**
   * Finds a KPI anywhere in the scorecard.
   *
   * @param id the KPI's id
   * @return the KPI, or empty when there is none with that id
   */
  public Optional<Kpi> kpi(KpiId id) {
    return objectiveOf(id).flatMap(o -> o.kpi(id));
  }

  /**
   * Finds the objective that a KPI measures.
   *
   * @param id the KPI's id
   * @return the objective, or empty when no objective has that KPI
   */
  public Optional<Objective> objectiveOf(KpiId id) {
    Objects.requireNonNull(id, "id");
    for (Objective o : objectives) {
      for (Kpi k : o.kpis()) {
        if (k.id().equals(id)) {
          return Optional.of(o);
        }
      }
    }
    return Optional.empty();
  }

  /** {@return every KPI of every objective, in objective order; unmodifiable} */
  public List<Kpi> kpis() {
    return objectives.stream().flatMap(o -> o.kpis().stream()).toList();
  }

  /**
   * Finds a perspective.
   *
   * @param id the perspective's id
   * @return the perspective, or empty when none has that id
   */
  public Optional<Perspective> perspective(PerspectiveId id) {
    Objects.requireNonNull(id, "id");
    return perspectives.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Finds a theme.
   *
   * @param id the theme's id
   * @return the theme, or empty when none has that id
   */
  public Optional<Theme> theme(ThemeId id) {
    Objects.requireNonNull(id, "id");
    return themes.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Finds an initiative.
   *
   * @param id the initiative's id
   * @return the initiative, or empty when none has that id
   */
  public Optional<Initiative> initiative(InitiativeId id) {
    Objects.requireNonNull(id, "id");
    return initiatives.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Lists the objectives of one perspective, in declaration order.
   *
   * @param perspective the perspective's id
   * @return the objectives; empty when the perspective has none or is not declared; unmodifiable
   */
  public List<Objective> objectivesIn(PerspectiveId perspective) {
    Objects.requireNonNull(perspective, "perspective");
    return objectives.stream().filter(o -> o.perspective().equals(perspective)).toList();
  }

  /**
   * The rank of a perspective counted from the bottom row: the bottom perspective (classically learning
   * &amp; growth) is 0, the top one is {@code perspectives().size() - 1}.
   *
   * @param perspective the perspective's id
   * @return the rank from the bottom
   * @throws io.github.bsckit.core.ValidationException if the perspective is not declared
   */
  public int rankFromBottom(PerspectiveId perspective) {
    for (int i = 0; i < perspectives.size(); i++) {
      if (perspectives.get(i).id().equals(perspective)) {
        return perspectives.size() - 1 - i;
      }
    }
    throw Checks.invalid("perspective", "must be declared in scorecard \"" + name + "\" but was \"" + perspective + "\""
        + DidYouMean.choices(perspectives.stream().map(p -> p.id().toString()).toList()));
  }

  /** {@return the top perspective (classically financial)} */
  public Perspective topPerspective() {
    return perspectives.get(0);
  }

  // ---- derivations -----------------------------------------------------------------------------------------

  /**
   * {@return this scorecard renamed}
   *
   * @param name the new name
   */
  public Scorecard withName(String name) {
    return new Scorecard(name, vision, mission, stage, fiscalYearStart, perspectives, themes, objectives, links,
        initiatives, scoring);
  }

  /**
   * {@return this scorecard with a vision statement}
   *
   * @param vision the vision
   */
  public Scorecard withVision(String vision) {
    return new Scorecard(name, Optional.of(vision), mission, stage, fiscalYearStart, perspectives, themes,
        objectives, links, initiatives, scoring);
  }

  /**
   * {@return this scorecard with a mission statement}
   *
   * @param mission the mission
   */
  public Scorecard withMission(String mission) {
    return new Scorecard(name, vision, Optional.of(mission), stage, fiscalYearStart, perspectives, themes,
        objectives, links, initiatives, scoring);
  }

  /**
   * {@return this scorecard at another life-cycle stage}
   *
   * @param stage the stage
   */
  public Scorecard withStage(LifecycleStage stage) {
    return new Scorecard(name, vision, mission, Optional.of(stage), fiscalYearStart, perspectives, themes,
        objectives, links, initiatives, scoring);
  }

  /**
   * {@return this scorecard with another fiscal year start}
   *
   * @param month the first month of the fiscal year
   */
  public Scorecard withFiscalYearStart(Month month) {
    return new Scorecard(name, vision, mission, stage, month, perspectives, themes, objectives, links,
        initiatives, scoring);
  }

  /**
   * {@return this scorecard with other perspectives; every objective's perspective must still be declared}
   *
   * @param perspectives the perspectives, top to bottom
   */
  public Scorecard withPerspectives(List<Perspective> perspectives) {
    return new Scorecard(name, vision, mission, stage, fiscalYearStart, perspectives, themes, objectives, links,
        initiatives, scoring);
  }

  /**
   * {@return this scorecard with other scoring defaults}
   *
   * @param scoring the scoring policy
   */
  public Scorecard withScoring(ScoringPolicy scoring) {
    return new Scorecard(name, vision, mission, stage, fiscalYearStart, perspectives, themes, objectives, links,
        initiatives, scoring);
  }

  /**
   * Returns this scorecard with a theme added at the end, or replacing the one with the same id in place.
   *
   * @param theme the theme
   * @return a new scorecard
   */
  public Scorecard withTheme(Theme theme) {
    return withThemes(upsert(themes, theme, t -> t.id().equals(theme.id())));
  }

  /**
   * Returns this scorecard without a theme, which is also dropped from every objective that served it.
   *
   * @param id the theme's id
   * @return a new scorecard; equal to this one when there is no such theme
   */
  public Scorecard withoutTheme(ThemeId id) {
    Objects.requireNonNull(id, "id");
    List<Objective> os = objectives.stream().map(o -> o.themes().contains(id)
        ? o.withThemes(o.themes().stream().filter(t -> !t.equals(id)).toList()) : o).toList();
    return new Scorecard(name, vision, mission, stage, fiscalYearStart, perspectives,
        remove(themes, t -> t.id().equals(id)), os, links, initiatives, scoring);
  }

  /**
   * Returns this scorecard with an objective added at the end, or replacing the one with the same id in
   * place.
   *
   * @param objective the objective
   * @return a new scorecard
   * @throws io.github.bsckit.core.ValidationException if the objective breaks an invariant of the scorecard
   */
  public Scorecard withObjective(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    return withObjectives(upsert(objectives, objective, o -> o.id().equals(objective.id())));
  }

  /**
   * Returns this scorecard without an objective, its links, and its mentions in initiatives.
   *
   * @param id the objective's id
   * @return a new scorecard; equal to this one when there is no such objective
   */
  public Scorecard withoutObjective(ObjectiveId id) {
    Objects.requireNonNull(id, "id");
    List<Initiative> is = initiatives.stream().map(i -> i.objectives().contains(id)
        ? i.withObjectives(i.objectives().stream().filter(o -> !o.equals(id)).toList()) : i).toList();
    return new Scorecard(name, vision, mission, stage, fiscalYearStart, perspectives, themes,
        remove(objectives, o -> o.id().equals(id)), remove(links, l -> l.from().equals(id) || l.to().equals(id)),
        is, scoring);
  }

  /**
   * {@return this scorecard with its objectives replaced, for example reordered}
   *
   * @param objectives the objectives
   */
  public Scorecard withObjectives(List<Objective> objectives) {
    return new Scorecard(name, vision, mission, stage, fiscalYearStart, perspectives, themes, objectives, links,
        initiatives, scoring);
  }

  /**
   * Returns this scorecard with a link added at the end.
   *
   * @param link the link; both ends must be objectives of this scorecard
   * @return a new scorecard
   */
  public Scorecard withLink(CausalLink link) {
    Objects.requireNonNull(link, "link");
    List<CausalLink> copy = new ArrayList<>(links);
    copy.add(link);
    return withLinks(copy);
  }

  /**
   * Returns this scorecard without one link: the last one equal to {@code link}.
   *
   * @param link the link
   * @return a new scorecard; equal to this one when there is no such link
   */
  public Scorecard withoutLink(CausalLink link) {
    Objects.requireNonNull(link, "link");
    List<CausalLink> copy = new ArrayList<>(links);
    int at = copy.lastIndexOf(link);
    if (at >= 0) {
      copy.remove(at);
    }
    return withLinks(copy);
  }

  /**
   * Returns this scorecard without every link from {@code from} to {@code to}.
   *
   * @param from the cause
   * @param to the effect
   * @return a new scorecard
   */
  public Scorecard withoutLinks(ObjectiveId from, ObjectiveId to) {
    return withLinks(remove(links, l -> l.from().equals(from) && l.to().equals(to)));
  }

  /**
   * {@return this scorecard with its links replaced}
   *
   * @param links the links
   */
  public Scorecard withLinks(List<CausalLink> links) {
    return new Scorecard(name, vision, mission, stage, fiscalYearStart, perspectives, themes, objectives, links,
        initiatives, scoring);
  }

  /**
   * Returns this scorecard with an initiative added at the end, or replacing the one with the same id.
   *
   * @param initiative the initiative
   * @return a new scorecard
   */
  public Scorecard withInitiative(Initiative initiative) {
    Objects.requireNonNull(initiative, "initiative");
    return new Scorecard(name, vision, mission, stage, fiscalYearStart, perspectives, themes, objectives, links,
        upsert(initiatives, initiative, i -> i.id().equals(initiative.id())), scoring);
  }

  /**
   * Returns this scorecard without an initiative.
   *
   * @param id the initiative's id
   * @return a new scorecard; equal to this one when there is no such initiative
   */
  public Scorecard withoutInitiative(InitiativeId id) {
    Objects.requireNonNull(id, "id");
    return new Scorecard(name, vision, mission, stage, fiscalYearStart, perspectives, themes, objectives, links,
        remove(initiatives, i -> i.id().equals(id)), scoring);
  }

  private Scorecard withThemes(List<Theme> themes) {
    return new Scorecard(name, vision, mission, stage, fiscalYearStart, perspectives, themes, objectives, links,
        initiatives, scoring);
  }

  private static <T> List<T> upsert(List<T> list, T value, Predicate<T> same) {
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

  private static <T> List<T> remove(List<T> list, Predicate<T> drop) {
    List<T> copy = new ArrayList<>(list);
    copy.removeIf(drop);
    return copy;
  }

  /** {@return a readable multi-line summary: the name, then each perspective with its objectives and KPIs} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Scorecard \"").append(name).append("\" (")
        .append(Numbers.plural(objectives.size(), "objective")).append(", ").append(Numbers.plural(kpis().size(), "KPI"))
        .append(", ").append(Numbers.plural(links.size(), "link")).append(", ").append(Numbers.plural(themes.size(), "theme"))
        .append(", ").append(Numbers.plural(initiatives.size(), "initiative")).append(')');
    for (Perspective p : perspectives) {
      sb.append("\n  ").append(p.name()).append(':');
      for (Objective o : objectivesIn(p.id())) {
        sb.append("\n    ").append(o.id()).append(' ').append(o.name());
        for (Kpi k : o.kpis()) {
          sb.append("\n      - ").append(k);
        }
      }
    }
    if (!links.isEmpty()) {
      sb.append("\n  links: ").append(links);
    }
    return sb.toString();
  }


  /**
   * Builds a {@link Scorecard} top-down. Setters return this builder; {@link #build()} checks every part
   * and every reference and reports all problems at once, each with its document path
   * ({@code objectives[3].kpis[0].target.value}). Not thread-safe; reusable after {@code build()}.
   */
  public static final class Builder {
    private final String name;
    private String vision;
    private String mission;
    private LifecycleStage stage;
    private Month fiscalYearStart = Month.JANUARY;
    private final List<Object> perspectives = new ArrayList<>();
    private final List<Object> themes = new ArrayList<>();
    private final List<Object> objectives = new ArrayList<>();
    private final List<Object[]> links = new ArrayList<>();
    private final List<Object> initiatives = new ArrayList<>();
    private ScoringPolicy scoring = ScoringPolicy.DEFAULT;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * {@return this builder}
     *
     * @param vision where the organisation wants to be
     */
    public Builder vision(String vision) {
      this.vision = Objects.requireNonNull(vision, "vision");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param mission why the organisation exists
     */
    public Builder mission(String mission) {
      this.mission = Objects.requireNonNull(mission, "mission");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param stage the life-cycle stage
     */
    public Builder stage(LifecycleStage stage) {
      this.stage = Objects.requireNonNull(stage, "stage");
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param month the first month of the fiscal year (default January)
     */
    public Builder fiscalYearStart(Month month) {
      this.fiscalYearStart = Objects.requireNonNull(month, "month");
      return this;
    }

    /**
     * Declares the next perspective down. Declaring any replaces the classic four.
     *
     * @param perspective the perspective
     * @return this builder
     */
    public Builder perspective(Perspective perspective) {
      perspectives.add(Objects.requireNonNull(perspective, "perspective"));
      return this;
    }

    /**
     * Declares the next perspective down. Declaring any replaces the classic four.
     *
     * @param id the perspective's id
     * @param perspectiveName its display name
     * @return this builder
     */
    public Builder perspective(String id, String perspectiveName) {
      perspectives.add(new String[] {Objects.requireNonNull(id, "id"), Objects.requireNonNull(perspectiveName,
          "name")});
      return this;
    }

    /**
     * Declares perspectives, top to bottom, after any declared before.
     *
     * @param list the perspectives
     * @return this builder
     */
    public Builder perspectives(List<Perspective> list) {
      list.forEach(this::perspective);
      return this;
    }

    /**
     * Declares a theme.
     *
     * @param id the theme's id
     * @param themeName its display name
     * @return this builder
     */
    public Builder theme(String id, String themeName) {
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
    public Builder theme(String id, String themeName, String description) {
      themes.add(new String[] {Objects.requireNonNull(id, "id"), Objects.requireNonNull(themeName, "name"),
          description});
      return this;
    }

    /**
     * Declares a theme built elsewhere.
     *
     * @param theme the theme
     * @return this builder
     */
    public Builder theme(Theme theme) {
      themes.add(Objects.requireNonNull(theme, "theme"));
      return this;
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
    public Builder objective(String id, String objectiveName, String perspective, Consumer<Objective.Builder> spec) {
      Objective.Builder b = Objective.builder(id, objectiveName, perspective);
      Objects.requireNonNull(spec, "spec").accept(b);
      objectives.add(b);
      return this;
    }

    /**
     * Declares an objective without KPIs or other details.
     *
     * @param id the objective's id
     * @param objectiveName its display name
     * @param perspective its perspective's id
     * @return this builder
     */
    public Builder objective(String id, String objectiveName, String perspective) {
      objectives.add(Objective.builder(id, objectiveName, perspective));
      return this;
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
    public Builder objective(String id, String objectiveName, Perspective perspective,
        Consumer<Objective.Builder> spec) {
      return objective(id, objectiveName, perspective.id().value(), spec);
    }

    /**
     * Declares an objective built elsewhere.
     *
     * @param objective the objective
     * @return this builder
     */
    public Builder objective(Objective objective) {
      objectives.add(Objects.requireNonNull(objective, "objective"));
      return this;
    }

    /**
     * Draws a direct arrow from cause to effect.
     *
     * @param from the cause's id
     * @param to the effect's id
     * @return this builder
     */
    public Builder link(String from, String to) {
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
    public Builder link(String from, String to, Consumer<CausalLink.Builder> spec) {
      CausalLink.Builder b = new CausalLink.Builder();
      Objects.requireNonNull(spec, "spec").accept(b);
      links.add(new Object[] {Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"), b});
      return this;
    }

    /**
     * Draws an arrow built elsewhere.
     *
     * @param link the link
     * @return this builder
     */
    public Builder link(CausalLink link) {
      links.add(new Object[] {Objects.requireNonNull(link, "link")});
      return this;
    }

    /**
     * Declares an initiative, configured by a function of its builder.
     *
     * @param id the initiative's id
     * @param initiativeName its display name
     * @param spec sets objectives, budget, dates, status
     * @return this builder
     */
    public Builder initiative(String id, String initiativeName, Consumer<Initiative.Builder> spec) {
      Initiative.Builder b = Initiative.builder(id, initiativeName);
      Objects.requireNonNull(spec, "spec").accept(b);
      initiatives.add(b);
      return this;
    }

    /**
     * Declares an initiative built elsewhere.
     *
     * @param initiative the initiative
     * @return this builder
     */
    public Builder initiative(Initiative initiative) {
      initiatives.add(Objects.requireNonNull(initiative, "initiative"));
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param policy the scoring defaults (default {@link ScoringPolicy#DEFAULT})
     */
    public Builder scoring(ScoringPolicy policy) {
      this.scoring = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the scorecard.
     *
     * @return the scorecard
     * @throws io.github.bsckit.core.ValidationException listing every problem of every part, each with its path
     */
    public Scorecard build() {
      Checks c = new Checks();
      List<Perspective> ps = new ArrayList<>();
      List<String> perspectiveIds = new ArrayList<>();
      if (perspectives.isEmpty()) {
        ps.addAll(Perspective.classic());
        ps.forEach(p -> perspectiveIds.add(p.id().value()));
      }
      for (int i = 0; i < perspectives.size(); i++) {
        Object p = perspectives.get(i);
        if (p instanceof Perspective done) {
          ps.add(done);
          perspectiveIds.add(done.id().value());
        } else {
          String[] raw = (String[]) p;
          perspectiveIds.add(raw[0]);
          Perspective built = c.attempt("perspectives[" + i + "]", () -> Perspective.of(raw[0], raw[1]));
          if (built != null) {
            ps.add(built);
          }
        }
      }
      List<Theme> ts = new ArrayList<>();
      List<String> themeIds = new ArrayList<>();
      for (int i = 0; i < themes.size(); i++) {
        Object t = themes.get(i);
        if (t instanceof Theme done) {
          ts.add(done);
          themeIds.add(done.id().value());
        } else {
          String[] raw = (String[]) t;
          themeIds.add(raw[0]);
          Theme built = c.attempt("themes[" + i + "]", () -> new Theme(ThemeId.of(raw[0]), raw[1],
              Optional.ofNullable(raw[2])));
          if (built != null) {
            ts.add(built);
          }
        }
      }
      List<Objective> os = new ArrayList<>();
      List<Structure.ObjectiveRef> objectiveRefs = new ArrayList<>();
      for (int i = 0; i < objectives.size(); i++) {
        Object o = objectives.get(i);
        if (o instanceof Objective done) {
          os.add(done);
          objectiveRefs.add(new Structure.ObjectiveRef(done.id().value(), done.perspective().value(),
              done.themes().stream().map(ThemeId::value).toList(),
              done.kpis().stream().map(k -> k.id().value()).toList()));
        } else {
          Objective.Builder b = (Objective.Builder) o;
          objectiveRefs.add(new Structure.ObjectiveRef(b.id(), b.perspective(), List.copyOf(b.themes()),
              b.kpiIds()));
          Objective built = c.attempt("objectives[" + i + "]", b::build);
          if (built != null) {
            os.add(built);
          }
        }
      }
      List<CausalLink> ls = new ArrayList<>();
      List<Structure.LinkRef> linkRefs = new ArrayList<>();
      for (int i = 0; i < links.size(); i++) {
        Object[] l = links.get(i);
        if (l.length == 1) {
          CausalLink done = (CausalLink) l[0];
          ls.add(done);
          linkRefs.add(new Structure.LinkRef(done.from().value(), done.to().value()));
        } else {
          String from = (String) l[0];
          String to = (String) l[1];
          linkRefs.add(new Structure.LinkRef(from, to));
          String at = "links[" + i + "]";
          ObjectiveId f = c.id(at + ".from", from, ObjectiveId::of);
          ObjectiveId t = c.id(at + ".to", to, ObjectiveId::of);
          if (f != null && t != null) {
            CausalLink built = c.attempt(at, () -> ((CausalLink.Builder) l[2]).build(f, t));
            if (built != null) {
              ls.add(built);
            }
          }
        }
      }
      List<Initiative> is = new ArrayList<>();
      List<Structure.InitiativeRef> initiativeRefs = new ArrayList<>();
      for (int i = 0; i < initiatives.size(); i++) {
        Object in = initiatives.get(i);
        if (in instanceof Initiative done) {
          is.add(done);
          initiativeRefs.add(new Structure.InitiativeRef(done.id().value(),
              done.objectives().stream().map(ObjectiveId::value).toList()));
        } else {
          Initiative.Builder b = (Initiative.Builder) in;
          initiativeRefs.add(new Structure.InitiativeRef(b.id(), List.copyOf(b.objectives())));
          Initiative built = c.attempt("initiatives[" + i + "]", b::build);
          if (built != null) {
            is.add(built);
          }
        }
      }
      if (!c.isEmpty()) {
        // Some parts failed their own checks: report the references among all declared parts too, then stop.
        c.text("name", name);
        Structure.check(c, perspectiveIds, themeIds, objectiveRefs, linkRefs, initiativeRefs);
        c.throwIfAny();
      }
      return new Scorecard(name, Optional.ofNullable(vision), Optional.ofNullable(mission),
          Optional.ofNullable(stage), fiscalYearStart, ps, ts, os, ls, is, scoring);
    }
  }
}
