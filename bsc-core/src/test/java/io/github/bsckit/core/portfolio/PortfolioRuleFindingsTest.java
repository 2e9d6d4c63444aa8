package io.github.bsckit.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portfolio rules' findings word for word, with their subjects, on the group and deeper trees. */
class PortfolioRuleFindingsTest {
  private static final PortfolioRuleSet PORTFOLIO_ONLY = PortfolioRuleSet.standard().withUnitRules(RuleSet.empty());

  private static List<PortfolioViolation> findings(Portfolio p, String rule) {
    return PORTFOLIO_ONLY.validate(p).ofRule(rule);
  }

  private static Scorecard team(String name, String objective) {
    return Scorecard.builder(name).objective(objective, "Ship faster", "internal-process").build();
  }

  /** corp, retail below it, team below retail, squad below team: depths 0 to 3. */
  private static Portfolio.Builder deep() {
    return Group.builder()
        .unit(Unit.of("team", "Team", "retail", team("Team", "T1")))
        .unit(Unit.of("squad", "Squad", "team", team("Squad", "S1")))
        .align("team", "T1", "retail", "F1");
  }

  @Test
  void anUnsupportedObjectiveNamesEveryUnitBelow() {
    Portfolio p = Group.portfolio()
        .withoutAlignment(UnitObjective.parse("retail/C1"), UnitObjective.parse("corp/C1"))
        .withoutAlignment(UnitObjective.parse("online/C1"), UnitObjective.parse("corp/C1"));

    assertThat(findings(p, PortfolioRuleSet.UNSUPPORTED_OBJECTIVE)).extracting(PortfolioViolation::message)
        .containsExactly("objective C1 \"Keep and win customers\" of unit corp is supported by no objective of retail,"
            + " online");
  }

  @Test
  void anAlignmentPastTheParentCountsTheLevelsBetweenItsUnits() {
    Portfolio p = deep().align("squad", "S1", "retail", "F1").build();

    assertThat(findings(p, PortfolioRuleSet.ALIGNMENT_SKIPS_LEVEL)).singleElement().satisfies(v -> {
      assertThat(v.message()).isEqualTo("alignment squad/S1 -> retail/F1 goes 2 levels up, past team; an objective"
          + " supports its parent unit's");
      assertThat(v.subjectIds()).containsExactly("squad/S1", "retail/F1");
    });
  }

  @Test
  void anAlignmentDownOrWithinAUnitSaysSo() {
    Portfolio down = Group.portfolio().withAlignment(Alignment.of(UnitObjective.parse("corp/F1"),
        UnitObjective.parse("retail/C1")));
    Portfolio within = Group.portfolio().withAlignment(Alignment.of(UnitObjective.parse("retail/F1"),
        UnitObjective.parse("retail/C1")));

    assertThat(findings(down, PortfolioRuleSet.ALIGNMENT_SKIPS_LEVEL)).extracting(PortfolioViolation::message)
        .containsExactly("alignment corp/F1 -> retail/C1 goes down, to unit retail below corp; an objective supports"
            + " its parent unit's");
    assertThat(findings(within, PortfolioRuleSet.ALIGNMENT_SKIPS_LEVEL)).extracting(PortfolioViolation::message)
        .containsExactly("alignment retail/F1 -> retail/C1 goes within unit retail itself (a causal link of its map,"
            + " not an alignment); an objective supports its parent unit's");
  }

  @Test
  void separateCyclesAreOneFindingEachAndObjectivesOnNoCycleAreLeftOut() {
    // a cycle of three through the deep tree, and one of two between online and corp
    Portfolio p = deep()
        .align("retail", "F1", "squad", "S1")
        .align("squad", "S1", "team", "T1")
        .align("corp", "C1", "online", "C1")
        .build();

    assertThat(findings(p, PortfolioRuleSet.ALIGNMENT_CYCLE)).extracting(PortfolioViolation::message)
        .containsExactlyInAnyOrder(
            "alignments go round team/T1 -> retail/F1 -> squad/S1 -> team/T1: an objective cannot support itself",
            "alignments go round online/C1 -> corp/C1 -> online/C1: an objective cannot support itself");
  }

  @Test
  void aSumMixingMeasurementUnitsNamesEachUnitsKpisAndEverySubjectOnce() {
    Portfolio p = Group.portfolio().withRollUp(KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.SUM,
        List.of(UnitKpi.parse("retail/revenue"), UnitKpi.parse("online/won"))));

    assertThat(findings(p, PortfolioRuleSet.ROLLUP_UNIT_MISMATCH)).singleElement().satisfies(v -> {
      assertThat(v.message()).isEqualTo("roll-up of corp/revenue adds sources measured in different units: \"$\""
          + " (corp/revenue, retail/revenue) with \"deals\" (online/won)");
      assertThat(v.subjectIds()).containsExactly("corp/revenue", "retail/revenue", "online/won");
    });
  }

  @Test
  void aMeanMixingMeasurementUnitsCombinesRatherThanAdds() {
    Portfolio p = Group.portfolio().withRollUp(KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.MEAN,
        List.of(UnitKpi.parse("retail/won"))));

    assertThat(findings(p, PortfolioRuleSet.ROLLUP_UNIT_MISMATCH)).extracting(PortfolioViolation::message)
        .containsExactly("roll-up of corp/revenue combines sources measured in different units: \"$\" (corp/revenue)"
            + " with \"deals\" (retail/won)");
  }

  @Test
  void aRatioWhoseDenominatorsDisagreeOnTheirUnitIsAMismatch() {
    Portfolio p = Group.portfolio().withRollUp(KpiRollUp.ratioOfSums(UnitKpi.parse("corp/win-rate"),
        List.of(UnitKpi.parse("retail/won"), UnitKpi.parse("online/won")),
        List.of(UnitKpi.parse("retail/quoted"), UnitKpi.parse("online/revenue")), 100));

    assertThat(findings(p, PortfolioRuleSet.ROLLUP_UNIT_MISMATCH)).extracting(PortfolioViolation::message)
        .containsExactly("roll-up of corp/win-rate adds denominators measured in different units: \"deals\""
            + " (retail/quoted) with \"$\" (online/revenue)");
  }

  @Test
  void summingLevelKpisNamesThemAsSubjects() {
    Portfolio p = Group.portfolio().withRollUp(KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.SUM,
        List.of(UnitKpi.parse("retail/revenue"))));
    Scorecard levels = Scorecard.builder("Levels").objective("C1", "Keep", "customer", o -> o
        .kpi("retention", "Retention", k -> k.unit("%"))).build();
    Portfolio summed = Portfolio.builder("P").unit(Unit.root("corp", "Corp", levels))
        .unit(Unit.of("a", "A", "corp", levels)).align("a", "C1", "corp", "C1")
        .rollUp(KpiRollUp.of(UnitKpi.parse("corp/retention"), Aggregation.SUM, List.of(UnitKpi.parse("a/retention"))))
        .build();

    assertThat(findings(p, PortfolioRuleSet.ROLLUP_KIND_MISMATCH)).isEmpty();
    assertThat(findings(summed, PortfolioRuleSet.ROLLUP_KIND_MISMATCH)).singleElement()
        .satisfies(v -> assertThat(v.subjectIds()).containsExactly("corp/retention", "a/retention"));
  }

  @Test
  void aMeanOfALevelKpiFromFlowKpisReadsAnotherKind() {
    Portfolio p = Group.portfolio().withRollUp(KpiRollUp.of(UnitKpi.parse("corp/win-rate"), Aggregation.MEAN,
        List.of(UnitKpi.parse("retail/won"))));

    assertThat(findings(p, PortfolioRuleSet.ROLLUP_KIND_MISMATCH)).singleElement().satisfies(v -> {
      assertThat(v.message()).isEqualTo("roll-up of level KPI corp/win-rate reads KPIs of another kind: [retail/won]");
      assertThat(v.subjectIds()).containsExactly("corp/win-rate", "retail/won");
    });
  }
}
