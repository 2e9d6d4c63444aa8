package io.github.bsckit.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.DataQualityRules;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each portfolio rule on a portfolio built to break it, and the unit rules qualified by unit. */
class PortfolioRulesTest {
  private static final PortfolioRuleSet PORTFOLIO_ONLY = PortfolioRuleSet.standard().withUnitRules(RuleSet.empty());

  private static PortfolioValidationReport validate(Portfolio p) {
    return PORTFOLIO_ONLY.validate(p);
  }

  /** The group with a team under retail whose one objective supports retail's F1. */
  private static Portfolio.Builder withTeam() {
    return Group.builder().unit(Unit.of("team", "Team", "retail", Scorecard.builder("Team")
        .objective("T1", "Ship faster", "internal-process").build()));
  }

  @Test
  void theGroupBreaksNoPortfolioRule() {
    assertThat(validate(Group.portfolio()).violations()).isEmpty();
  }

  @Test
  void anObjectiveThatSupportsNothingAboveIsUnaligned() {
    PortfolioValidationReport r = validate(withTeam().build());
    assertThat(r.ofRule(PortfolioRuleSet.UNALIGNED_OBJECTIVE)).singleElement().satisfies(v -> {
      assertThat(v.subjectIds()).containsExactly("team/T1");
      assertThat(v.message()).contains("supports no objective of retail");
    });
  }

  @Test
  void aParentObjectiveNoUnitBelowSupportsIsUnsupported() {
    PortfolioValidationReport r = validate(Group.portfolio()
        .withoutAlignment(UnitObjective.parse("retail/C1"), UnitObjective.parse("corp/C1"))
        .withoutAlignment(UnitObjective.parse("online/C1"), UnitObjective.parse("corp/C1"))
        .withAlignment(Alignment.of(UnitObjective.parse("retail/C1"), UnitObjective.parse("corp/F1")))
        .withAlignment(Alignment.of(UnitObjective.parse("online/C1"), UnitObjective.parse("corp/F1"))));
    assertThat(r.ruleIds()).containsExactly(PortfolioRuleSet.UNSUPPORTED_OBJECTIVE);
    assertThat(r.violations()).singleElement().extracting(PortfolioViolation::subjectIds).isEqualTo(List.of("corp/C1"));
  }

  @Test
  void anAlignmentPastTheParentSkipsALevelAndSaysHowFar() {
    PortfolioValidationReport r = validate(withTeam().align("team", "T1", "corp", "F1").build());
    assertThat(r.ofRule(PortfolioRuleSet.ALIGNMENT_SKIPS_LEVEL)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("2 levels up, past retail"));
    assertThat(r.ofRule(PortfolioRuleSet.UNALIGNED_OBJECTIVE)).isEmpty();
  }

  @Test
  void anAlignmentAcrossOrDownIsReportedAsSkippingLevelsToo() {
    Portfolio p = Group.portfolio().withAlignment(Alignment.of(UnitObjective.parse("retail/F1"),
        UnitObjective.parse("online/F1")));
    assertThat(validate(p).ofRule(PortfolioRuleSet.ALIGNMENT_SKIPS_LEVEL)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("across, to unit online"));
  }

  @Test
  void alignmentsThatGoRoundAreOneCycleNamingEveryObjectiveOnIt() {
    Portfolio p = Group.portfolio().withAlignment(Alignment.of(UnitObjective.parse("corp/F1"),
        UnitObjective.parse("retail/F1")));
    PortfolioValidationReport r = validate(p);
    assertThat(r.ofRule(PortfolioRuleSet.ALIGNMENT_CYCLE)).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.subjectIds()).containsExactlyInAnyOrder("corp/F1", "retail/F1");
      assertThat(v.message()).contains("go round");
    });
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.ofRule(PortfolioRuleSet.ALIGNMENT_SKIPS_LEVEL)).as("the cycle's own finding").isEmpty();
  }

  @Test
  void aRollUpMixingMeasurementUnitsIsAMismatch() {
    Portfolio p = Group.portfolio().withRollUp(KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.SUM,
        List.of(UnitKpi.parse("retail/revenue"), UnitKpi.parse("online/won"))));
    PortfolioValidationReport r = validate(p);
    assertThat(r.ruleIds()).containsExactly(PortfolioRuleSet.ROLLUP_UNIT_MISMATCH);
    assertThat(r.violations().get(0).message()).contains("\"$\"").contains("\"deals\" (online/won)");
  }

  @Test
  void aRatioWhoseNumeratorsDisagreeOnTheirUnitIsAMismatch() {
    Portfolio p = Group.portfolio().withRollUp(KpiRollUp.ratioOfSums(UnitKpi.parse("corp/win-rate"),
        List.of(UnitKpi.parse("retail/won"), UnitKpi.parse("online/revenue")),
        List.of(UnitKpi.parse("retail/quoted"), UnitKpi.parse("online/quoted")), 100));
    assertThat(validate(p).ofRule(PortfolioRuleSet.ROLLUP_UNIT_MISMATCH)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("numerators"));
  }

  @Test
  void summingLevelKpisIsAKindMismatch() {
    Scorecard levels = Scorecard.builder("Levels").objective("C1", "Keep customers", "customer", o -> o
        .kpi("retention", "Retention", k -> k.unit("%"))).build();
    Portfolio p = Portfolio.builder("P")
        .unit(Unit.root("corp", "Corp", levels))
        .unit(Unit.of("a", "A", "corp", levels))
        .align("a", "C1", "corp", "C1")
        .rollUp(KpiRollUp.of(UnitKpi.parse("corp/retention"), Aggregation.SUM, List.of(UnitKpi.parse("a/retention"))))
        .build();
    assertThat(validate(p).ruleIds()).containsExactly(PortfolioRuleSet.ROLLUP_KIND_MISMATCH);
    assertThat(validate(p.withRollUp(KpiRollUp.of(UnitKpi.parse("corp/retention"), Aggregation.MEAN,
        List.of(UnitKpi.parse("a/retention")))))).extracting(PortfolioValidationReport::isClean).isEqualTo(true);
  }

  @Test
  void aSecondUnitWithoutParentIsAnOrphan() {
    Portfolio p = Group.builder().unit(Unit.root("lost", "Lost", Group.business("Lost"))).build();
    assertThat(validate(p).ofRule(PortfolioRuleSet.ORPHAN_UNIT)).singleElement()
        .satisfies(v -> assertThat(v.subjectIds()).containsExactly("lost"));
  }

  @Test
  void unitRulesRunOnEveryScorecardWithSubjectsQualifiedByTheUnit() {
    Portfolio p = withTeam().align("team", "T1", "retail", "F1").build();
    PortfolioValidationReport r = PortfolioRuleSet.standard().validate(p);
    assertThat(r.ofRule("objective-without-kpi")).singleElement().satisfies(v -> {
      assertThat(v.subjectIds()).containsExactly("team/T1");
      assertThat(v.message()).startsWith("unit team: ");
    });
    assertThat(r.ofUnit(UnitId.of("team"))).isNotEmpty();
  }

  @Test
  void severitiesCanBeChangedAndRulesDropped() {
    PortfolioRuleSet rules = PORTFOLIO_ONLY.withSeverity(PortfolioRuleSet.UNALIGNED_OBJECTIVE, Severity.ERROR)
        .without(PortfolioRuleSet.ORPHAN_UNIT);
    assertThat(rules.validate(withTeam().build()).hasErrors()).isTrue();
    assertThat(rules.ruleIds()).doesNotContain(PortfolioRuleSet.ORPHAN_UNIT).hasSize(6);
    assertThatThrownBy(() -> rules.severityOf("no-such-rule")).hasMessageContaining("no-such-rule");
  }

  @Test
  void writesJsonWithQualifiedSubjects() {
    assertThat(validate(withTeam().build()).toJson()).contains("\"team/T1\"")
        .contains("\"errors\": 0");
  }

  @Test
  void withActualsEachUnitsDataAreJudgedAsOfTheDateQualifiedByUnit() {
    Map<UnitId, Actuals> actuals = Group.actuals();
    PortfolioValidationReport late = PORTFOLIO_ONLY.validate(Group.portfolio(), actuals, LocalDate.parse("2030-01-31"));

    assertThat(late.ofRule(DataQualityRules.STALE_ACTUAL)).isNotEmpty()
        .allSatisfy(v -> assertThat(v.subjectIds()).singleElement().asString().matches("[a-z]+/[a-z-]+"))
        .allSatisfy(v -> assertThat(v.message()).startsWith("unit "));
    assertThat(PORTFOLIO_ONLY.validate(Group.portfolio()).ofRule(DataQualityRules.STALE_ACTUAL)).isEmpty();
  }

  @Test
  void actualsOfAUnitThePortfolioDoesNotHaveAreRefused() {
    assertThatThrownBy(() -> PORTFOLIO_ONLY.validate(Group.portfolio(), Map.of(UnitId.of("nowhere"), Actuals.empty()),
        LocalDate.parse("2026-06-30"))).isInstanceOf(ValidationException.class).hasMessageContaining("nowhere");
  }
}
