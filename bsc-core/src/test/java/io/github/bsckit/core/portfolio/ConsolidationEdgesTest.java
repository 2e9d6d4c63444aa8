package io.github.bsckit.core.portfolio;

import static io.github.bsckit.core.portfolio.Group.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.scoring.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Consolidation at its edges: every aggregation's value by hand, roll-ups of roll-ups, weights all zero, a
 * parent's own reported KPIs beside rolled-up ones, support shares of 0 and 1 with a part missing, and a unit
 * whose scorecard cannot be scored.
 */
class ConsolidationEdgesTest {

  private static PortfolioReport report(Portfolio p, Map<UnitId, Actuals> actuals) {
    return Consolidation.defaults().score(p, actuals, AS_OF);
  }

  /** The group's revenue rolled up another way; at 2026-06-30 retail reported 150 and online 50. */
  private static double revenueBy(Portfolio p, Aggregation a) {
    return report(p.withRollUp(KpiRollUp.of(UnitKpi.parse("corp/revenue"), a,
        List.of(UnitKpi.parse("retail/revenue"), UnitKpi.parse("online/revenue")))), Group.actuals())
        .rolledUp(UnitKpi.parse("corp/revenue")).orElseThrow().latest().orElseThrow().value();
  }

  @Test
  void eachAggregationCombinesTheReportedValuesItsOwnWay() {
    Portfolio p = Group.portfolio();
    assertThat(revenueBy(p, Aggregation.SUM)).isEqualTo(200);
    assertThat(revenueBy(p, Aggregation.MEAN)).isEqualTo(100);
    assertThat(revenueBy(p, Aggregation.MIN)).isEqualTo(50);
    assertThat(revenueBy(p, Aggregation.MAX)).isEqualTo(150);
    assertThat(revenueBy(p, Aggregation.WEIGHTED_MEAN)).isCloseTo((3 * 150 + 50) / 4.0, within(1e-12));
  }

  @Test
  void aWeightedMeanOfUnitsAllOfWeightZeroWeighsThemAlike() {
    Portfolio p = Group.portfolio().withUnit(Group.portfolio().unit("retail").orElseThrow().withWeight(0))
        .withUnit(Group.portfolio().unit("online").orElseThrow().withWeight(0));
    assertThat(revenueBy(p, Aggregation.WEIGHTED_MEAN)).isEqualTo(100);
  }

  /** corp's revenue sums two regions', each of which sums its own shops': 100 + 20 and 50. */
  @Test
  void aRollUpCanReadAnotherRollUpWhicheverIsListedFirst() {
    Portfolio.Builder b = Portfolio.builder("Regions")
        .unit(Unit.root("corp", "Corp", Group.business("Corp")))
        .unit(Unit.of("north", "North", "corp", Group.business("North")))
        .unit(Unit.of("south", "South", "corp", Group.business("South")))
        .unit(Unit.of("n1", "N1", "north", Group.business("N1")))
        .unit(Unit.of("n2", "N2", "north", Group.business("N2")));
    KpiRollUp corp = KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.SUM,
        List.of(UnitKpi.parse("north/revenue"), UnitKpi.parse("south/revenue")));
    KpiRollUp north = KpiRollUp.of(UnitKpi.parse("north/revenue"), Aggregation.SUM,
        List.of(UnitKpi.parse("n1/revenue"), UnitKpi.parse("n2/revenue")));
    Map<UnitId, Actuals> actuals = Map.of(
        UnitId.of("n1"), Actuals.builder().add("revenue", "2026-06-30", 100).build(),
        UnitId.of("n2"), Actuals.builder().add("revenue", "2026-06-30", 20).build(),
        UnitId.of("south"), Actuals.builder().add("revenue", "2026-06-30", 50).build());

    for (Portfolio p : List.of(b.build().withRollUp(corp).withRollUp(north),
        b.build().withRollUp(north).withRollUp(corp))) {
      PortfolioReport r = report(p, actuals);
      assertThat(r.rolledUp(UnitKpi.parse("north/revenue")).orElseThrow().latest().orElseThrow().value())
          .isEqualTo(120);
      assertThat(r.rolledUp(UnitKpi.parse("corp/revenue")).orElseThrow().latest().orElseThrow().value())
          .isEqualTo(170);
    }
  }

  @Test
  void aParentKeepsItsOwnReadingsOfKpisThatAreNotRolledUp() {
    Portfolio p = Group.portfolio().withoutRollUp(UnitKpi.parse("corp/win-rate"));
    Map<UnitId, Actuals> actuals = new HashMap<>(Group.actuals());
    actuals.put(UnitId.of("corp"), Actuals.builder().add("win-rate", "2026-06-30", 40).build());

    // 40% of a 50% target from 0
    assertThat(report(p, actuals).objective(UnitObjective.parse("corp/C1")).orElseThrow().own())
        .hasValueCloseTo(0.8, within(1e-12));
  }

  @Test
  void withAllTheWeightOnSupportersAnObjectiveWhoseSupportersHaveNoDataHasNone() {
    Portfolio p = Group.portfolio().withSupportShare(1).withoutRollUp(UnitKpi.parse("corp/win-rate"));
    Map<UnitId, Actuals> actuals = new HashMap<>(Group.actuals());
    actuals.put(UnitId.of("corp"), Actuals.builder().add("win-rate", "2026-06-30", 40).build());
    actuals.put(UnitId.of("retail"), Actuals.builder().add("revenue", "2026-06-30", 150).build());
    actuals.remove(UnitId.of("online"));

    ConsolidatedScore c1 = report(p, actuals).objective(UnitObjective.parse("corp/C1")).orElseThrow();
    assertThat(c1.own()).hasValueCloseTo(0.8, within(1e-12));
    assertThat(c1.score()).isEqualTo(OptionalDouble.empty());
    assertThat(c1.status()).isEqualTo(Status.NO_DATA);
  }

  @Test
  void withNoWeightOnSupportersAnObjectiveWithoutOwnDataHasNone() {
    Portfolio p = Group.portfolio().withSupportShare(0).withoutRollUp(UnitKpi.parse("corp/win-rate"));

    ConsolidatedScore c1 = report(p, Group.actuals()).objective(UnitObjective.parse("corp/C1")).orElseThrow();
    assertThat(c1.supporterScore()).isPresent();
    assertThat(c1.score()).isEqualTo(OptionalDouble.empty());
  }

  @Test
  void aUnitWhoseScorecardCannotBeScoredIsNamedInTheProblemsPaths() {
    Portfolio p = Group.portfolio().withUnit(Group.portfolio().unit("online").orElseThrow().withScorecard(
        Group.business("Online").withScoring(Group.PROGRESS.withMethod(ScoringSpec.of("no-such-method")))));

    assertThatThrownBy(() -> report(p, Group.actuals())).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.problems()).isNotEmpty().extracting(Problem::path)
            .allSatisfy(path -> assertThat(path).startsWith("units.online.scorecard")));
  }
}
