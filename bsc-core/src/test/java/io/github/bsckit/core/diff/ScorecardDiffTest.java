package io.github.bsckit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.diff.Change.Element;
import io.github.bsckit.core.diff.Change.Kind;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Strength;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("text")
class ScorecardDiffTest {
  private static final Scorecard ACME = Scorecard.builder("Acme Retail")
      .objective("L1", "Train Staff on New CRM", "learning-growth", o -> o.kpi("crm-certified", "Staff CRM-certified",
          k -> k.leading().unit("%").baseline(20, "2026-01-01").target(90, "2026-12-31")))
      .objective("P1", "Improve Sales Conversion", "internal-process", o -> o.kpi("conversion", "Demo conversion",
          k -> k.leading().unit("%").baseline(18, "2026-01-01").target(25, "2026-12-31")))
      .objective("C1", "Increase Customer Retention", "customer", o -> o.kpi("retention", "Retention rate",
          k -> k.lagging().unit("%").baseline(85, "2026-01-01").target(90, "2026-12-31")))
      .objective("F1", "Grow Lifetime Customer Value", "financial", o -> o.kpi("clv", "Customer lifetime value",
          k -> k.lagging().unit("$").baseline(1200, "2026-01-01").target(1500, "2026-12-31")))
      .link("L1", "P1").link("P1", "C1").link("C1", "F1")
      .build();

  @Test
  void aScorecardHasNoDifferencesWithItself() {
    ScorecardDiff diff = ScorecardDiff.between(ACME, ACME);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff).hasToString("no differences");
    assertThat(diff.toJson()).isEqualTo("{\n  \"equal\": true,\n  \"changes\": []\n}");
  }

  @Test
  void anObjectiveRenamedAndMovedIsTheSameObjectiveWithTwoChangedFields() {
    Objective c1 = ACME.objective("C1").orElseThrow();
    Scorecard after = ACME.withObjective(c1.withName("Keep Our Customers").withPerspective(PerspectiveId.FINANCIAL));

    assertThat(ScorecardDiff.between(ACME, after).changes())
        .extracting(Change::element, Change::subject, Change::kind, c -> c.field().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Element.OBJECTIVE, "C1", Kind.CHANGED, "name"),
            org.assertj.core.groups.Tuple.tuple(Element.OBJECTIVE, "C1", Kind.CHANGED, "perspective"));
    assertThat(ScorecardDiff.between(ACME, after)).hasToString(
        "objective C1 name: \"Increase Customer Retention\" -> \"Keep Our Customers\"\n"
            + "objective C1 perspective: customer -> financial");
  }

  @Test
  void kpiTargetsBaselinesAndWeightsChangeByTheirCanonicalText() {
    Kpi retention = ACME.kpi(KpiId.of("retention")).orElseThrow();
    Objective c1 = ACME.objective("C1").orElseThrow();
    Scorecard after = ACME.withObjective(c1.withKpi(retention.withTarget(DatedValue.of(92, "2026-12-31"))
        .withBaseline(DatedValue.of(84.5, "2026-01-01")).withWeight(2)));

    assertThat(ScorecardDiff.between(ACME, after).of(Element.KPI)).extracting(Change::toString).containsExactly(
        "kpi retention weight: 1 -> 2",
        "kpi retention baseline: 85 @ 2026-01-01 -> 84.5 @ 2026-01-01",
        "kpi retention target: 90 @ 2026-12-31 -> 92 @ 2026-12-31");
  }

  @Test
  void elementsAddedAndRemovedAreListedByKindThenInTheirVersionsOrder() {
    Objective c2 = Objective.builder("C2", "Win New Customers", "customer")
        .kpi("new-customers", "New customers", k -> k.target(500, "2026-12-31")).build();
    Scorecard after = ACME.withObjective(c2).withLink(CausalLink.of("C2", "F1"))
        .withoutLink(CausalLink.of("L1", "P1"))
        .withObjective(ACME.objective("P1").orElseThrow().withoutKpi(KpiId.of("conversion")));

    assertThat(ScorecardDiff.between(ACME, after).changes()).extracting(Change::toString).containsExactly(
        "added objective C2 \"Win New Customers\"",
        "added kpi new-customers \"New customers\"",
        "removed kpi conversion \"Demo conversion\"",
        "added link C2 -> F1",
        "removed link L1 -> P1");
  }

  @Test
  void aLinkReWeightedAndTheScoringPolicyChangedAreChanges() {
    List<CausalLink> links = new ArrayList<>(ACME.links());
    links.set(2, links.get(2).withStrength(Strength.STRONG));
    Scorecard after = ACME.withLinks(links).withScoring(ACME.scoring().withRollUp(RollUp.MIN));

    assertThat(ScorecardDiff.between(ACME, after).changes()).extracting(Change::toString).containsExactly(
        "scorecard Acme Retail scoring.rollUp: weighted-mean -> min",
        "link C1 -> F1 strength: (none) -> strong");
  }

  @Test
  void aKpiMovedToAnotherObjectiveIsOneChangeOfItsObjective() {
    Kpi clv = ACME.kpi(KpiId.of("clv")).orElseThrow();
    Scorecard after = ACME.withObjective(ACME.objective("F1").orElseThrow().withoutKpi(clv.id()))
        .withObjective(ACME.objective("C1").orElseThrow().withKpi(clv));

    assertThat(ScorecardDiff.between(ACME, after).changes()).extracting(Change::toString)
        .containsExactly("kpi clv objective: F1 -> C1");
  }

  @Test
  void aNewOrderOfTheSameObjectivesIsOneChangeOfTheScorecard() {
    List<Objective> reversed = new ArrayList<>(ACME.objectives());
    java.util.Collections.reverse(reversed);
    Scorecard after = ACME.withObjectives(reversed);

    assertThat(ScorecardDiff.between(ACME, after).changes()).extracting(Change::toString)
        .containsExactly("scorecard Acme Retail objectives order: [L1, P1, C1, F1] -> [F1, C1, P1, L1]");
  }

  /**
   * The diff names each component of the model's values it compares: a component added to a value must be added
   * to the diff too, or two unequal scorecards could show no difference. This test fails first and says where.
   */
  @Test
  void theDiffKnowsEveryComponentOfTheModelsValues() {
    assertThat(java.util.Map.of(Scorecard.class, 11, Objective.class, 9, Kpi.class, 21, CausalLink.class, 7,
        io.github.bsckit.core.model.Initiative.class, 8, io.github.bsckit.core.model.Perspective.class, 2,
        io.github.bsckit.core.model.Theme.class, 3)).allSatisfy((type, compared) ->
            assertThat(type.getRecordComponents()).as("components of %s that ScorecardDiff compares", type)
                .hasSize(compared));
  }

  @Test
  void theJsonNamesEachChangeWithItsFieldAndTexts() {
    Scorecard after = ACME.withObjective(ACME.objective(ObjectiveId.of("C1")).orElseThrow().withName("Keep"));

    assertThat(ScorecardDiff.between(ACME, after).toJson()).isEqualTo("""
        {
          "equal": false,
          "changes": [
            {
              "element": "objective",
              "subject": "C1",
              "change": "changed",
              "field": "name",
              "before": "\\"Increase Customer Retention\\"",
              "after": "\\"Keep\\""
            }
          ]
        }""");
  }
}
