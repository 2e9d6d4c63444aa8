package io.github.bsckit.core.portfolio;

import static io.github.bsckit.core.portfolio.Group.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.scoring.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Consolidated scoring of the group: roll-ups, blending through alignment, coverage and explanations. */
class ConsolidationTest {

  private static PortfolioReport report(Portfolio p, Map<UnitId, Actuals> actuals) {
    return Consolidation.defaults().score(p, actuals, AS_OF);
  }

  private static PortfolioReport report() {
    return report(Group.portfolio(), Group.actuals());
  }

  @Test
  void aSumRollUpAddsTheUnitsValuesDateByDate() {
    RolledUpKpi revenue = report().rolledUp(UnitKpi.parse("corp/revenue")).orElseThrow();
    assertThat(revenue.values()).extracting(RolledUpValue::value).containsExactly(150.0, 200.0);
    assertThat(revenue.values()).extracting(RolledUpValue::coverage).containsExactly(1.0, 1.0);
  }

  @Test
  void aRatioOfSumsRecomputesThePercentageFromItsPartsRatherThanAveragingTheUnitsPercentages() {
    RolledUpValue winRate = report().rolledUp(UnitKpi.parse("corp/win-rate")).orElseThrow().latest().orElseThrow();
    assertThat(winRate.value()).isCloseTo(62.0, within(1e-9)); // (30 + 1) / (40 + 10), not (75% + 10%) / 2
  }

  @Test
  void theRolledUpValuesReplaceWhatTheParentReportedAndAreScored() {
    Map<UnitId, Actuals> actuals = new HashMap<>(Group.actuals());
    actuals.put(UnitId.of("corp"), Actuals.builder().add("revenue", "2026-06-30", 999).build());
    PortfolioReport r = report(Group.portfolio(), actuals);
    // flow KPI: the running total of the rolled-up amounts, 150 + 200, of a target of 1000
    assertThat(r.root().own().kpi(KpiId.of("revenue")).orElseThrow().score().getAsDouble())
        .isCloseTo(0.35, within(1e-12));
  }

  @Test
  void aParentObjectiveBlendsItsOwnKpisWithItsSupportersByTheSupportShare() {
    ConsolidatedScore c1 = report().objective(UnitObjective.parse("corp/C1")).orElseThrow();
    assertThat(c1.own().getAsDouble()).isEqualTo(1.0); // 62% of a 50% target, capped
    assertThat(c1.supporterScore().getAsDouble()).isCloseTo((0.3 + 0.01) / 2, within(1e-12));
    assertThat(c1.score().getAsDouble()).isCloseTo(0.5 * 1.0 + 0.5 * 0.155, within(1e-12));
    assertThat(c1.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(report(Group.builder().supportShare(0).build(), Group.actuals())
        .objective(UnitObjective.parse("corp/C1")).orElseThrow().score()).hasValue(1.0);
  }

  @Test
  void alignmentWeightsSetHowMuchEachSupporterCounts() {
    Portfolio p = Group.portfolio()
        .withoutAlignment(UnitObjective.parse("retail/F1"), UnitObjective.parse("corp/F1"))
        .withAlignment(Alignment.of(UnitObjective.parse("retail/F1"), UnitObjective.parse("corp/F1")).withWeight(3));
    ConsolidatedScore f1 = report(p, Group.actuals()).objective(UnitObjective.parse("corp/F1")).orElseThrow();
    assertThat(f1.supporterScore().getAsDouble()).isCloseTo((3 * 0.5 + 0.2) / 4, within(1e-12));
  }

  @Test
  void aSupporterWithoutDataIsLeftOutAndLowersTheCoverage() {
    Map<UnitId, Actuals> actuals = new HashMap<>(Group.actuals());
    actuals.remove(UnitId.of("online"));
    PortfolioReport r = report(Group.portfolio(), actuals);
    ConsolidatedScore f1 = r.objective(UnitObjective.parse("corp/F1")).orElseThrow();
    assertThat(f1.supporterScore().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(f1.coverage()).isCloseTo(0.5 * 1 + 0.5 * 0.5, within(1e-12));
    assertThat(r.rolledUp(UnitKpi.parse("corp/revenue")).orElseThrow().latest().orElseThrow().coverage()).isEqualTo(0.5);
  }

  @Test
  void treatAsMissingGivesNoParentValueAtADateASourceDidNotReport() {
    Map<UnitId, Actuals> actuals = new HashMap<>(Group.actuals());
    actuals.put(UnitId.of("online"), Actuals.builder().add("revenue", "2026-06-30", 50).build());
    Portfolio p = Group.portfolio().withRollUp(Group.portfolio().rollUpOf(UnitKpi.parse("corp/revenue")).orElseThrow()
        .withMissing(MissingData.TREAT_AS_MISSING));
    assertThat(report(p, actuals).rolledUp(UnitKpi.parse("corp/revenue")).orElseThrow().values())
        .extracting(RolledUpValue::date).containsExactly(AS_OF);
    assertThat(report(Group.portfolio(), actuals).rolledUp(UnitKpi.parse("corp/revenue")).orElseThrow().values())
        .extracting(RolledUpValue::coverage).containsExactly(0.5, 1.0);
  }

  @Test
  void aWeightedMeanWeighsEachUnitByItsWeight() {
    Portfolio p = Group.portfolio().withRollUp(KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.WEIGHTED_MEAN,
        List.of(UnitKpi.parse("retail/revenue"), UnitKpi.parse("online/revenue"))));
    assertThat(report(p, Group.actuals()).rolledUp(UnitKpi.parse("corp/revenue")).orElseThrow().latest().orElseThrow()
        .value()).isCloseTo((3 * 150 + 50) / 4.0, within(1e-12));
  }

  @Test
  void explainsAnObjectiveAndARolledUpKpiNamingEveryUnitAndValue() {
    PortfolioReport r = report();
    assertThat(r.explain(UnitObjective.parse("corp/C1"))).isEqualTo("""
        corp/C1 "Keep and win customers": 57.8% off-track, coverage 100%
          = 50% x own KPIs 100.0% + 50% x supporters 15.5%
          supporter retail/C1 = 30.0%
          supporter online/C1 = 1.0%""");
    assertThat(r.explain(UnitKpi.parse("corp/win-rate"))).isEqualTo("""
        corp/win-rate = sum(retail/won, online/won) / sum(retail/quoted, online/quoted) x 100
          = 62 @ 2026-06-30 (coverage 100%)
          numerator retail/won = 30
          numerator online/won = 1
          denominator retail/quoted = 40
          denominator online/quoted = 10""");
  }

  @Test
  void printsTheUnitTreeWithConsolidatedScoresAndCoverage() {
    assertThat(report().toString()).startsWith("""
        Portfolio "Acme Group" as of 2026-06-30
        corp "Acme Group": 46.4% off-track, coverage 50% (own 67.5%)
          retail "Retail": 40.0% off-track, coverage 50% (own 40.0%)
          online "Online": 10.5% off-track, coverage 50% (own 10.5%)""");
    assertThat(report().toJson()).contains("\"id\": \"corp\"").contains("\"objective\": \"retail/F1\"");
  }

  @Test
  void rejectsActualsOfAUnitThePortfolioDoesNotHave() {
    assertThatThrownBy(() -> Consolidation.defaults().score(Group.portfolio(),
        Map.of(UnitId.of("retial"), Actuals.empty()), AS_OF)).hasMessageContaining("retial");
  }
}
