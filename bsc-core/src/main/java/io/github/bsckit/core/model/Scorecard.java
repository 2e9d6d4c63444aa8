package io.github.bsckit.core.model;

import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.formula.Formula;
import io.github.bsckit.core.formula.FormulaChecks;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.DidYouMean;
import io.github.bsckit.core.internal.Numbers;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
    // Views rather than copies: the checks read each reference once, and a read document has thousands.
    Structure.check(c,
        Structure.view(perspectives, p -> p.id().value()),
        Structure.view(themes, t -> t.id().value()),
        Structure.view(objectives, o -> new Structure.ObjectiveRef(o.id().value(), o.perspective().value(),
            Structure.view(o.themes(), ThemeId::value), Structure.view(o.kpis(), k -> k.id().value()))),
        Structure.view(links, l -> new Structure.LinkRef(l.from().value(), l.to().value())),
        Structure.view(initiatives, i -> new Structure.InitiativeRef(i.id().value(),
            Structure.view(i.objectives(), ObjectiveId::value))));
    checkFormulas(c, objectives);
    c.throwIfAny();
  }

  /** {@return true when some KPI is calculated}: most scorecards have none, and then nothing is collected. */
  private static boolean anyFormula(List<Objective> objectives) {
    for (int i = 0; i < objectives.size(); i++) {
      List<Kpi> kpis = objectives.get(i).kpis();
      for (int j = 0; j < kpis.size(); j++) {
        if (kpis.get(j).formula().isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Calculated KPIs may name only KPIs of this scorecard, and no formula may reach itself through others. */
  private static void checkFormulas(Checks c, List<Objective> objectives) {
    if (!anyFormula(objectives)) {
      return;
    }
    Map<String, Formula> formulas = new LinkedHashMap<>();
    Map<String, String> paths = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      List<Kpi> kpis = objectives.get(i).kpis();
      for (int j = 0; j < kpis.size(); j++) {
        Kpi k = kpis.get(j);
        ids.add(k.id().value());
        if (k.formula().isPresent()) {
          formulas.putIfAbsent(k.id().value(), k.formula().get());
          paths.putIfAbsent(k.id().value(), "objectives[" + i + "].kpis[" + j + "].formula");
        }
      }
    }
    if (formulas.isEmpty()) {
      return;
    }
    for (FormulaChecks.Finding f : FormulaChecks.check(formulas, ids)) {
      c.add(paths.get(f.kpi()), "at character " + (f.position() + 1) + " of \"" + formulas.get(f.kpi()).text()
          + "\": " + f.message());
    }
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

  /**
   * Starts a builder holding every part of this scorecard, to declare more and build a new scorecard.
   *
   * <pre>{@code
   * Scorecard grown = acme.toBuilder().objective("C2", "Win New Customers", "customer").link("C2", "F1").build();
   * }</pre>
   *
   * @return a new builder; building it unchanged gives a scorecard equal to this one
   */
  public Builder toBuilder() {
    return new Builder(this);
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
    return with(p -> p.name = name);
  }

  /**
   * {@return this scorecard with a vision statement}
   *
   * @param vision the vision
   */
  public Scorecard withVision(String vision) {
    return with(p -> p.vision = Optional.of(vision));
  }

  /**
   * {@return this scorecard with a mission statement}
   *
   * @param mission the mission
   */
  public Scorecard withMission(String mission) {
    return with(p -> p.mission = Optional.of(mission));
  }

  /**
   * {@return this scorecard at another life-cycle stage}
   *
   * @param stage the stage
   */
  public Scorecard withStage(LifecycleStage stage) {
    return with(p -> p.stage = Optional.of(stage));
  }

  /**
   * {@return this scorecard with another fiscal year start}
   *
   * @param month the first month of the fiscal year
   */
  public Scorecard withFiscalYearStart(Month month) {
    return with(p -> p.fiscalYearStart = month);
  }

  /**
   * {@return the scorecard's fiscal calendar: fiscal years from {@link #fiscalYearStart()}, labelled by the
   * calendar year in which they end} — the one calendar that period series, score history and OKR planning
   * share
   */
  public FiscalCalendar fiscalCalendar() {
    return FiscalCalendar.of(fiscalYearStart);
  }

  /**
   * {@return this scorecard with other perspectives; every objective's perspective must still be declared}
   *
   * @param perspectives the perspectives, top to bottom
   */
  public Scorecard withPerspectives(List<Perspective> perspectives) {
    return with(p -> p.perspectives = perspectives);
  }

  /**
   * {@return this scorecard with other scoring defaults}
   *
   * @param scoring the scoring policy
   */
  public Scorecard withScoring(ScoringPolicy scoring) {
    return with(p -> p.scoring = scoring);
  }

  /**
   * Returns this scorecard with a theme added at the end, or replacing the one with the same id in place.
   *
   * @param theme the theme
   * @return a new scorecard
   */
  public Scorecard withTheme(Theme theme) {
    Objects.requireNonNull(theme, "theme");
    return with(p -> p.themes = ScorecardAssembly.upsert(themes, theme, t -> t.id().equals(theme.id())));
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
    return with(p -> {
      p.themes = ScorecardAssembly.remove(themes, t -> t.id().equals(id));
      p.objectives = os;
    });
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
    return withObjectives(ScorecardAssembly.upsert(objectives, objective, o -> o.id().equals(objective.id())));
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
    return with(p -> {
      p.objectives = ScorecardAssembly.remove(objectives, o -> o.id().equals(id));
      p.links = ScorecardAssembly.remove(links, l -> l.from().equals(id) || l.to().equals(id));
      p.initiatives = is;
    });
  }

  /**
   * {@return this scorecard with its objectives replaced, for example reordered}
   *
   * @param objectives the objectives
   */
  public Scorecard withObjectives(List<Objective> objectives) {
    return with(p -> p.objectives = objectives);
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
    return withLinks(ScorecardAssembly.remove(links, l -> l.from().equals(from) && l.to().equals(to)));
  }

  /**
   * {@return this scorecard with its links replaced}
   *
   * @param links the links
   */
  public Scorecard withLinks(List<CausalLink> links) {
    return with(p -> p.links = links);
  }

  /**
   * Returns this scorecard with an initiative added at the end, or replacing the one with the same id.
   *
   * @param initiative the initiative
   * @return a new scorecard
   */
  public Scorecard withInitiative(Initiative initiative) {
    Objects.requireNonNull(initiative, "initiative");
    return with(p -> p.initiatives = ScorecardAssembly.upsert(initiatives, initiative,
        i -> i.id().equals(initiative.id())));
  }

  /**
   * Returns this scorecard without an initiative.
   *
   * @param id the initiative's id
   * @return a new scorecard; equal to this one when there is no such initiative
   */
  public Scorecard withoutInitiative(InitiativeId id) {
    Objects.requireNonNull(id, "id");
    return with(p -> p.initiatives = ScorecardAssembly.remove(initiatives, i -> i.id().equals(id)));
  }

  /** Makes a scorecard from this one's components, some changed; the constructor checks them all again. */
  private Scorecard with(Consumer<ScorecardAssembly.Parts> change) {
    ScorecardAssembly.Parts parts = new ScorecardAssembly.Parts(this);
    change.accept(parts);
    return parts.make();
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
   *
   * <pre>{@code
   * Scorecard acme = Scorecard.builder("Acme Retail")
   *     .objective(ObjectiveId.of("C1"), "Increase Customer Retention", PerspectiveId.CUSTOMER)
   *     .objective(ObjectiveId.of("F1"), "Grow Lifetime Customer Value", PerspectiveId.FINANCIAL)
   *     .link(ObjectiveId.of("C1"), ObjectiveId.of("F1"))
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ScorecardAssembly {
    private Builder(String name) {
      super(name);
    }

    private Builder(Scorecard from) {
      super(from);
    }
  }
}
