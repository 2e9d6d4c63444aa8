package io.github.bsckit.testkit.model;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.diff.Change.Element;
import io.github.bsckit.core.diff.Change.Kind;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Strength;
import io.github.bsckit.core.model.TargetKind;
import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Random edits of generated scorecards, each reporting the one difference it makes, for property tests of code
 * that compares versions ({@link io.github.bsckit.core.diff.ScorecardDiff}, a change log, a sync). Immutable and
 * thread-safe.
 *
 * <p>An edit is one of: the scorecard renamed, its roll-up or fiscal year start changed; an objective added,
 * renamed, re-weighted or moved to another perspective; a KPI added, removed, given another baseline or target
 * value, re-weighted or moved to another objective; a link added, removed or given another strength; an
 * initiative's status changed. Each edit touches an element no earlier edit of the same scorecard touched, so each makes
 * exactly one difference; edits the model refuses are not made.
 *
 * <pre>{@code
 * Generator<ScorecardEdits.EditedScorecard> edited = ScorecardEdits.of(ScorecardGenerators.valid().initiatives(2), 6);
 * }</pre>
 */
public final class ScorecardEdits implements Generator<ScorecardEdits.EditedScorecard> {
  /** The most edits {@link #of} accepts. */
  public static final int MAX_EDITS = 50;

  /**
   * One edit and the one difference it makes.
   *
   * @param description what the edit did, for example {@code renamed objective C1}
   * @param element the kind of element it changed
   * @param subject the element's id, or a link's {@code FROM -> TO}, or for the scorecard its name after all
   *     edits
   * @param kind added, removed or changed
   * @param field the field changed, for a change; empty for an addition or removal
   */
  public record Edit(String description, Element element, String subject, Kind kind, Optional<String> field) {
    /**
     * Rejects nulls.
     *
     * @param description what the edit did
     * @param element the kind of element
     * @param subject the element's id
     * @param kind added, removed or changed
     * @param field the field changed
     */
    public Edit {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(field, "field");
    }
  }

  /**
   * A scorecard before and after some edits.
   *
   * @param before the generated scorecard
   * @param after the scorecard with every edit made
   * @param edits the edits, in the order they were made
   */
  public record EditedScorecard(Scorecard before, Scorecard after, List<Edit> edits) {
    /**
     * Copies the edits.
     *
     * @param before the generated scorecard
     * @param after the scorecard with every edit made
     * @param edits the edits, in the order they were made
     */
    public EditedScorecard {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      edits = List.copyOf(edits);
    }
  }

  private final Generator<Scorecard> scorecards;
  private final int maxEdits;

  private ScorecardEdits(Generator<Scorecard> scorecards, int maxEdits) {
    this.scorecards = scorecards;
    this.maxEdits = maxEdits;
  }

  /**
   * {@return a generator of scorecards from {@code scorecards} with 0 to {@code maxEdits} edits each}
   *
   * @param scorecards the scorecards to edit
   * @param maxEdits the most edits, 0 to {@value #MAX_EDITS}
   * @throws io.github.bsckit.core.ValidationException if {@code maxEdits} is out of range
   */
  public static ScorecardEdits of(Generator<Scorecard> scorecards, int maxEdits) {
    Objects.requireNonNull(scorecards, "scorecards");
    Checks.requireBetween("maxEdits", maxEdits, 0, MAX_EDITS);
    return new ScorecardEdits(scorecards, maxEdits);
  }

  @Override
  public EditedScorecard generate(Source source) {
    Scorecard before = scorecards.generate(source);
    State s = new State(before);
    int n = source.between(0, maxEdits);
    for (int i = 0; i < n; i++) {
      try {
        edit(s, source, i);
      } catch (BscException refused) {
        // The model refused this edit (a target it cannot hold, say): the scorecard stays as it was.
      }
    }
    List<Edit> edits = s.edits.stream().map(e -> e.element() == Element.SCORECARD
        ? new Edit(e.description(), e.element(), s.current.name(), e.kind(), e.field()) : e).toList();
    return new EditedScorecard(before, s.current, edits);
  }

  /** The scorecard being edited and what has been touched. */
  private static final class State {
    Scorecard current;
    final List<Edit> edits = new ArrayList<>();
    final Set<String> touched = new HashSet<>();

    State(Scorecard s) {
      this.current = s;
    }

    boolean claim(Element element, String subject) {
      return touched.add(element + " " + subject);
    }

    void done(Scorecard next, String description, Element element, String subject, Kind kind, String field) {
      current = next;
      edits.add(new Edit(description, element, subject, kind, Optional.ofNullable(field)));
    }
  }

  private static <T> T pick(Source source, List<T> list) {
    return list.get(source.between(0, list.size() - 1));
  }

  private static void edit(State s, Source source, int i) {
    Scorecard c = s.current;
    List<Objective> objectives = c.objectives();
    List<Kpi> kpis = c.kpis();
    switch (source.between(0, 14)) {
      case 0 -> {
        if (s.claim(Element.SCORECARD, "name")) {
          s.done(c.withName(c.name() + " (edited)"), "renamed the scorecard", Element.SCORECARD, "", Kind.CHANGED,
              "name");
        }
      }
      case 1 -> {
        RollUp next = RollUp.values()[(c.scoring().rollUp().ordinal() + 1) % RollUp.values().length];
        if (s.claim(Element.SCORECARD, "rollUp")) {
          s.done(c.withScoring(c.scoring().withRollUp(next)), "rolled up by " + next.key(), Element.SCORECARD, "",
              Kind.CHANGED, "scoring.rollUp");
        }
      }
      case 2 -> {
        if (s.claim(Element.SCORECARD, "fiscalYearStart")) {
          s.done(c.withFiscalYearStart(c.fiscalYearStart().plus(source.between(1, 11))), "moved the fiscal year",
              Element.SCORECARD, "", Kind.CHANGED, "fiscalYearStart");
        }
      }
      case 3 -> {
        String id = "edit-objective-" + i;
        Perspective p = pick(source, c.perspectives());
        if (s.claim(Element.OBJECTIVE, id)) {
          s.done(c.withObjective(Objective.builder(id, "Edited objective " + i, p.id().value()).build()),
              "added objective " + id, Element.OBJECTIVE, id, Kind.ADDED, null);
        }
      }
      case 4, 5, 6 -> {
        if (objectives.isEmpty()) {
          return;
        }
        Objective o = pick(source, objectives);
        String id = o.id().value();
        if (!s.claim(Element.OBJECTIVE, id)) {
          return;
        }
        int what = source.between(0, 2);
        if (what == 0) {
          s.done(c.withObjective(o.withName(o.name() + " (edited)")), "renamed objective " + id, Element.OBJECTIVE,
              id, Kind.CHANGED, "name");
        } else if (what == 1) {
          s.done(c.withObjective(o.withWeight(o.weight() + 1)), "re-weighted objective " + id, Element.OBJECTIVE, id,
              Kind.CHANGED, "weight");
        } else {
          List<Perspective> others = c.perspectives().stream().filter(p -> !p.id().equals(o.perspective())).toList();
          if (others.isEmpty()) {
            s.touched.remove(Element.OBJECTIVE + " " + id);
            return;
          }
          Perspective to = pick(source, others);
          s.done(c.withObjective(o.withPerspective(to.id())), "moved objective " + id + " to " + to.id(),
              Element.OBJECTIVE, id, Kind.CHANGED, "perspective");
        }
      }
      case 7 -> {
        if (objectives.isEmpty()) {
          return;
        }
        Objective o = pick(source, objectives);
        String id = "edit-kpi-" + i;
        if (s.claim(Element.KPI, id)) {
          Kpi k = Kpi.builder(id, "Edited KPI " + i).target(source.between(1, 100), "2027-12-31").build();
          s.done(c.withObjective(o.withKpi(k)), "added KPI " + id + " to " + o.id(), Element.KPI, id, Kind.ADDED,
              null);
        }
      }
      case 8, 9, 10, 11 -> {
        if (kpis.isEmpty()) {
          return;
        }
        Kpi k = pick(source, kpis);
        String id = k.id().value();
        Objective o = objectives.stream().filter(x -> x.kpi(k.id()).isPresent()).findFirst().orElseThrow();
        if (!s.claim(Element.KPI, id)) {
          return;
        }
        int what = source.between(0, 4);
        if (what == 0) {
          s.done(c.withObjective(o.withoutKpi(k.id())), "removed KPI " + id, Element.KPI, id, Kind.REMOVED, null);
        } else if (what == 1 && k.baseline().isPresent() && k.scale().isNumbers()) {
          DatedValue b = k.baseline().get();
          s.done(c.withObjective(o.withKpi(k.withBaseline(DatedValue.of(b.value() + 1, b.date())))),
              "moved KPI " + id + "'s baseline", Element.KPI, id, Kind.CHANGED, "baseline");
        } else if (what == 2) {
          s.done(c.withObjective(o.withKpi(k.withWeight(k.weight() + 1))), "re-weighted KPI " + id, Element.KPI, id,
              Kind.CHANGED, "weight");
        } else if (what == 3 && k.target().isPresent() && k.scale().isNumbers() && k.direction() != Direction.RANGE
            && k.targetKind() == TargetKind.REACH) {
          DatedValue t = k.target().get();
          double moved = k.direction() == Direction.DECREASE ? t.value() - 1 : t.value() + 1;
          s.done(c.withObjective(o.withKpi(k.withTarget(DatedValue.of(moved, t.date())))), "moved KPI " + id
              + "'s target", Element.KPI, id, Kind.CHANGED, "target");
        } else if (what == 4 && objectives.size() > 1) {
          Objective to = pick(source, objectives.stream().filter(x -> !x.equals(o)).toList());
          Scorecard moved = c.withObjective(o.withoutKpi(k.id()));
          Objective target = moved.objective(to.id()).orElseThrow();
          s.done(moved.withObjective(target.withKpi(k)), "moved KPI " + id + " to " + to.id(), Element.KPI, id,
              Kind.CHANGED, "objective");
        } else {
          s.touched.remove(Element.KPI + " " + id);
        }
      }
      case 12 -> {
        if (objectives.size() < 2) {
          return;
        }
        ObjectiveId from = pick(source, objectives).id();
        ObjectiveId to = pick(source, objectives).id();
        String subject = from + " -> " + to;
        boolean exists = c.links().stream().anyMatch(l -> l.from().equals(from) && l.to().equals(to));
        if (!exists && s.claim(Element.LINK, subject)) {
          s.done(c.withLink(CausalLink.of(from, to)), "linked " + subject, Element.LINK, subject, Kind.ADDED, null);
        }
      }
      case 13 -> {
        List<CausalLink> unique = c.links().stream().filter(l -> c.links().stream()
            .filter(m -> m.from().equals(l.from()) && m.to().equals(l.to())).count() == 1).toList();
        if (unique.isEmpty()) {
          return;
        }
        CausalLink l = pick(source, unique);
        String subject = l.from() + " -> " + l.to();
        if (!s.claim(Element.LINK, subject)) {
          return;
        }
        if (source.chance(50)) {
          s.done(c.withoutLink(l), "unlinked " + subject, Element.LINK, subject, Kind.REMOVED, null);
        } else {
          Strength next = l.strength().filter(Strength.STRONG::equals).isPresent() ? Strength.WEAK : Strength.STRONG;
          List<CausalLink> links = new ArrayList<>(c.links());
          links.set(links.indexOf(l), l.withStrength(next));
          s.done(c.withLinks(links), "re-weighted " + subject, Element.LINK, subject, Kind.CHANGED, "strength");
        }
      }
      default -> {
        if (c.initiatives().isEmpty()) {
          return;
        }
        Initiative in = pick(source, c.initiatives());
        String id = in.id().value();
        InitiativeStatus next = InitiativeStatus.values()[(in.status().ordinal() + 1) % InitiativeStatus.values().length];
        if (s.claim(Element.INITIATIVE, id)) {
          s.done(c.withInitiative(in.withStatus(next)), "initiative " + id + " " + next.key(), Element.INITIATIVE, id,
              Kind.CHANGED, "status");
        }
      }
    }
  }

  /** {@return for example {@code ScorecardEdits[up to 6 edits of ValidScorecards[…]]}} */
  @Override
  public String toString() {
    return "ScorecardEdits[up to " + maxEdits + " edits of " + scorecards + "]";
  }
}
