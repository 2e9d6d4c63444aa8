package io.github.bsckit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.diff.Change.Element;
import io.github.bsckit.core.diff.Change.Kind;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.InitiativeId;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.LifecycleStage;
import io.github.bsckit.core.model.Money;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveCategory;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Strength;
import io.github.bsckit.core.model.Theme;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.core.model.Thresholds;
import java.io.StringWriter;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each field of each kind of element, changed on its own, shows as exactly one change with its canonical text;
 * elements added and removed show with their names; the diff as a value, a filter and JSON.
 */
@Tag("text")
class ScorecardDiffFieldsTest {
  /** Two themes, two objectives (C1 with two KPIs), one link and one initiative: one of every kind of element. */
  private static final Scorecard BASE = Scorecard.builder("Acme")
      .theme("T1", "Customer intimacy", "Know every customer")
      .theme("T2", "Operational excellence")
      .objective("C1", "Keep customers", "customer", o -> o.theme("T1").owner("Ana").description("Fewer leave")
          .kpi("retention", "Retention", k -> k.unit("%").baseline(85, "2026-01-01").target(90, "2026-12-31"))
          .kpi("nps", "Net promoter score", k -> k.target(40, "2026-12-31")))
      .objective("F1", "Grow revenue", "financial",
          o -> o.kpi("revenue", "Revenue", k -> k.unit("$").target(1000, "2026-12-31")))
      .link("C1", "F1")
      .initiative("I1", "CRM roll-out", i -> i.owner("Bo").serves("C1").budget(250000, "USD")
          .start("2026-02-01").end("2026-09-30"))
      .build();

  private static List<String> changes(Scorecard after) {
    return ScorecardDiff.between(BASE, after).changes().stream().map(Change::toString).toList();
  }

  private static Scorecard withC1(UnaryOperator<Objective> edit) {
    return BASE.withObjective(edit.apply(BASE.objective("C1").orElseThrow()));
  }

  private static Scorecard withInitiative(UnaryOperator<Initiative.Builder> edit) {
    return BASE.withInitiative(edit.apply(Initiative.builder("I1", "CRM roll-out").owner("Bo").serves("C1")
        .budget(250000, "USD").start("2026-02-01").end("2026-09-30")).build());
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  // ---- the scorecard itself ----------------------------------------------------------------------------------

  @Test
  void theScorecardsOwnFieldsChangeByTheirDocumentText() {
    assertThat(changes(BASE.withVision("Be loved"))).containsExactly("scorecard Acme vision: (none) -> \"Be loved\"");
    assertThat(changes(BASE.withMission("Serve"))).containsExactly("scorecard Acme mission: (none) -> \"Serve\"");
    assertThat(changes(BASE.withStage(LifecycleStage.HARVEST))).containsExactly("scorecard Acme stage: (none) -> harvest");
    assertThat(changes(BASE.withFiscalYearStart(Month.APRIL))).containsExactly("scorecard Acme fiscalYearStart: 1 -> 4");
    assertThat(changes(BASE.withScoring(BASE.scoring().withMethod(ScoringSpec.progress()))))
        .containsExactly("scorecard Acme scoring.method: expected-to-date -> progress");
    assertThat(changes(BASE.withScoring(BASE.scoring().withThresholds(Thresholds.of(0.8, 0.5)))))
        .containsExactly("scorecard Acme scoring.thresholds: (none) -> on track >= 0.8, at risk >= 0.5");
  }

  @Test
  void aRenamedScorecardIsNamedByItsNewName() {
    assertThat(changes(BASE.withName("Acme Retail"))).containsExactly(
        "scorecard Acme Retail name: \"Acme\" -> \"Acme Retail\"");
  }

  @Test
  void theOrderOfPerspectivesThemesAndInitiativesIsAChangeOfTheScorecard() {
    Initiative i1 = BASE.initiative(InitiativeId.of("I1")).orElseThrow();
    Scorecard twoInitiatives = BASE.withInitiative(Initiative.builder("I2", "Loyalty card").build());
    Scorecard themesSwapped = BASE.withoutTheme(ThemeId.of("T1")).withTheme(BASE.theme(ThemeId.of("T1")).orElseThrow())
        .withObjective(BASE.objective("C1").orElseThrow());

    assertThat(changes(BASE.withPerspectives(reversed(BASE.perspectives())))).containsExactly(
        "scorecard Acme perspectives order: [financial, customer, internal-process, learning-growth]"
            + " -> [learning-growth, internal-process, customer, financial]");
    assertThat(changes(themesSwapped)).containsExactly("scorecard Acme themes order: [T1, T2] -> [T2, T1]");
    assertThat(ScorecardDiff.between(twoInitiatives,
        twoInitiatives.withoutInitiative(i1.id()).withInitiative(i1)).changes())
        .extracting(Change::toString).containsExactly("scorecard Acme initiatives order: [I1, I2] -> [I2, I1]");
  }

  // ---- perspectives and themes -------------------------------------------------------------------------------

  @Test
  void perspectivesRenamedAddedAndRemovedAreNamedByTheirIds() {
    List<Perspective> renamed = new ArrayList<>(BASE.perspectives());
    renamed.set(1, Perspective.of("customer", "Clients"));
    List<Perspective> grown = new ArrayList<>(BASE.perspectives());
    grown.add(Perspective.of("sustainability", "Sustainability"));

    assertThat(changes(BASE.withPerspectives(renamed)))
        .containsExactly("perspective customer name: \"Customer\" -> \"Clients\"");
    assertThat(changes(BASE.withPerspectives(grown)))
        .containsExactly("added perspective sustainability \"Sustainability\"");
    assertThat(changes(BASE.withPerspectives(BASE.perspectives().subList(0, 3))))
        .containsExactly("removed perspective learning-growth \"Learning & Growth\"");
  }

  @Test
  void themesRenamedDescribedAddedAndRemovedAreNamedByTheirIds() {
    assertThat(changes(BASE.withTheme(Theme.of("T2", "Run lean")))).containsExactly(
        "theme T2 name: \"Operational excellence\" -> \"Run lean\"");
    assertThat(changes(BASE.withTheme(Theme.of("T1", "Customer intimacy")))).containsExactly(
        "theme T1 description: \"Know every customer\" -> (none)");
    assertThat(changes(BASE.withTheme(Theme.of("T3", "Innovation")))).containsExactly("added theme T3 \"Innovation\"");
    assertThat(changes(BASE.withoutTheme(ThemeId.of("T2")))).containsExactly(
        "removed theme T2 \"Operational excellence\"");
  }

  // ---- objectives ----------------------------------------------------------------------------------------------

  @Test
  void eachFieldOfAnObjectiveChangedAloneIsOneChange() {
    assertThat(changes(withC1(o -> o.withName("Keep them")))).containsExactly(
        "objective C1 name: \"Keep customers\" -> \"Keep them\"");
    assertThat(changes(withC1(o -> o.withPerspective(PerspectiveId.FINANCIAL)))).containsExactly(
        "objective C1 perspective: customer -> financial");
    assertThat(changes(withC1(o -> o.withThemes(List.of(ThemeId.of("T1"), ThemeId.of("T2")))))).containsExactly(
        "objective C1 themes: [T1] -> [T1, T2]");
    assertThat(changes(withC1(o -> o.toBuilder().owner("Cy").build()))).containsExactly(
        "objective C1 owner: \"Ana\" -> \"Cy\"");
    assertThat(changes(withC1(o -> o.toBuilder().description("Nobody leaves").build()))).containsExactly(
        "objective C1 description: \"Fewer leave\" -> \"Nobody leaves\"");
    assertThat(changes(withC1(o -> o.withWeight(2.5)))).containsExactly("objective C1 weight: 1 -> 2.5");
    assertThat(changes(withC1(o -> o.toBuilder().category(ObjectiveCategory.ValueProposition.PRICE).build())))
        .containsExactly("objective C1 category: (none) -> price");
  }

  @Test
  void anObjectivesKpisInAnotherOrderIsOneChangeOfItsKpiOrder() {
    assertThat(changes(withC1(o -> o.withKpis(reversed(o.kpis()))))).containsExactly(
        "objective C1 kpis order: [retention, nps] -> [nps, retention]");
  }

  @Test
  void anObjectivesLastKpiRemovedIsARemovedKpiAndNoChangeOfTheObjective() {
    assertThat(changes(withC1(o -> o.withoutKpi(KpiId.of("nps"))))).containsExactly(
        "removed kpi nps \"Net promoter score\"");
  }

  @Test
  void anObjectiveMovedInTheListAndRenamedIsMatchedByIdAndShowsBothChanges() {
    List<Objective> moved = reversed(BASE.objectives());
    moved.set(1, moved.get(1).withName("Keep them"));

    assertThat(changes(BASE.withObjectives(moved))).containsExactly(
        "scorecard Acme objectives order: [C1, F1] -> [F1, C1]",
        "objective C1 name: \"Keep customers\" -> \"Keep them\"");
  }

  // ---- KPIs ------------------------------------------------------------------------------------------------------

  @Test
  void milestonesAndFormulasChangeByTheirText() {
    Kpi nps = BASE.kpi(KpiId.of("nps")).orElseThrow();
    Kpi withMilestone = nps.toBuilder().milestone(20, "2026-06-30").build();
    Kpi calculated = nps.toBuilder().formula("retention * 2").build();

    assertThat(changes(withC1(o -> o.withKpi(withMilestone)))).containsExactly(
        "kpi nps milestones: [] -> [20 @ 2026-06-30]");
    assertThat(changes(withC1(o -> o.withKpi(calculated)))).containsExactly(
        "kpi nps formula: (none) -> retention * 2 (missing inputs: skip)");
  }

  @Test
  void anOrdinalKpisTargetShowsItsLevelsNotTheirRanks() {
    Scorecard before = Scorecard.builder("Acme").objective("C1", "Delight", "customer", o -> o.kpi("csat",
        "Satisfaction", k -> k.ordinal("poor", "fair", "good", "great").baseline("fair", "2026-01-01")
            .target("good", "2026-12-31"))).build();
    Kpi csat = before.kpi(KpiId.of("csat")).orElseThrow();
    Scorecard after = before.withObjective(before.objective("C1").orElseThrow()
        .withKpi(csat.toBuilder().target("great", "2026-12-31").build()));

    assertThat(ScorecardDiff.between(before, after).changes()).extracting(Change::toString).containsExactly(
        "kpi csat target: good @ 2026-12-31 -> great @ 2026-12-31");
  }

  // ---- links -------------------------------------------------------------------------------------------------------

  @Test
  void aSecondLinkBetweenTheSameObjectivesIsNumberedAndChangesPairUpInOrder() {
    Scorecard twice = BASE.withLink(CausalLink.of("C1", "F1").withStrength(Strength.WEAK));
    Scorecard reweighted = twice.withLinks(List.of(twice.links().get(0), twice.links().get(1)
        .withStrength(Strength.STRONG)));

    assertThat(changes(twice)).containsExactly("added link C1 -> F1 (2)");
    assertThat(ScorecardDiff.between(twice, reweighted).changes()).extracting(Change::toString)
        .containsExactly("link C1 -> F1 (2) strength: weak -> strong");
  }

  @Test
  void scorecardsWithoutLinksCompareToo() {
    Scorecard before = Scorecard.builder("Bare").objective("F1", "Grow", "financial").build();

    assertThat(ScorecardDiff.between(before, before.withVision("Bigger")).changes()).extracting(Change::toString)
        .containsExactly("scorecard Bare vision: (none) -> \"Bigger\"");
  }

  // ---- initiatives -------------------------------------------------------------------------------------------------

  @Test
  void eachFieldOfAnInitiativeChangedAloneIsOneChange() {
    assertThat(changes(withInitiative(i -> i))).isEmpty();
    assertThat(changes(withInitiative(i -> i.owner("Cy")))).containsExactly(
        "initiative I1 owner: \"Bo\" -> \"Cy\"");
    assertThat(changes(withInitiative(i -> i.serves("F1")))).containsExactly(
        "initiative I1 objectives: [C1] -> [C1, F1]");
    assertThat(changes(withInitiative(i -> i.budget(Money.of(300000, "USD"))))).containsExactly(
        "initiative I1 budget: USD 250000 -> USD 300000");
    assertThat(changes(withInitiative(i -> i.start("2026-03-01")))).containsExactly(
        "initiative I1 start: 2026-02-01 -> 2026-03-01");
    assertThat(changes(withInitiative(i -> i.end("2026-12-31")))).containsExactly(
        "initiative I1 end: 2026-09-30 -> 2026-12-31");
    assertThat(changes(withInitiative(i -> i.status(InitiativeStatus.IN_PROGRESS)))).containsExactly(
        "initiative I1 status: planned -> in-progress");
  }

  @Test
  void initiativesAddedAndRemovedShowTheirNames() {
    assertThat(changes(BASE.withInitiative(Initiative.builder("I2", "Loyalty card").build()))).containsExactly(
        "added initiative I2 \"Loyalty card\"");
    assertThat(changes(BASE.withoutInitiative(InitiativeId.of("I1")))).containsExactly(
        "removed initiative I1 \"CRM roll-out\"");
  }

  // ---- the diff as a value ---------------------------------------------------------------------------------------

  @Test
  void aDiffWithChangesIsNotEmptyAndFiltersByKindOfElement() {
    ScorecardDiff diff = ScorecardDiff.between(BASE, withC1(o -> o.withName("Keep them")).withVision("Be loved"));

    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.of(Element.OBJECTIVE)).extracting(Change::toString)
        .containsExactly("objective C1 name: \"Keep customers\" -> \"Keep them\"");
    assertThat(diff.of(Element.SCORECARD)).extracting(Change::toString)
        .containsExactly("scorecard Acme vision: (none) -> \"Be loved\"");
    assertThat(diff.of(Element.KPI)).isEmpty();
  }

  @Test
  void twoDiffsAreEqualWhenTheyListTheSameChanges() {
    Scorecard renamed = withC1(o -> o.withName("Keep them"));
    ScorecardDiff diff = ScorecardDiff.between(BASE, renamed);

    assertThat(diff).isEqualTo(ScorecardDiff.between(BASE, renamed)).hasSameHashCodeAs(
        ScorecardDiff.between(BASE, renamed));
    assertThat(diff).isNotEqualTo(ScorecardDiff.between(renamed, BASE)).isNotEqualTo(diff.toString());
    assertThat(diff.hashCode()).isEqualTo(diff.changes().hashCode());
  }

  @Test
  void writesTheSameJsonItReturnsAndNamesAnAddedElementWithoutAField() {
    ScorecardDiff diff = ScorecardDiff.between(BASE, BASE.withTheme(Theme.of("T3", "Innovation")));
    StringWriter out = new StringWriter();

    diff.writeJson(out);

    assertThat(out).hasToString(diff.toJson());
    assertThat(diff.toJson()).isEqualTo("""
        {
          "equal": false,
          "changes": [
            {
              "element": "theme",
              "subject": "T3",
              "change": "added",
              "field": null,
              "before": null,
              "after": "\\"Innovation\\""
            }
          ]
        }""");
    assertThat(diff.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Kind.ADDED);
      assertThat(c.before()).isEqualTo(Optional.empty());
    });
  }
}
