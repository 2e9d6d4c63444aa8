package io.github.bsckit.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.core.scoring.Scorer;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The portfolio's small values: their text forms, derivations, queries and equality. */
@Tag("text")
class PortfolioValuesTest {
  private static final PortfolioRuleSet PORTFOLIO_ONLY = PortfolioRuleSet.standard().withUnitRules(RuleSet.empty());

  /** The group with a team under retail whose objective supports nothing: one unaligned-objective warning. */
  private static Portfolio withTeam() {
    return Group.builder().unit(Unit.of("team", "Team", "retail", Scorecard.builder("Team")
        .objective("T1", "Ship faster", "internal-process").build())).build();
  }

  @Test
  void aValidationReportFiltersBySeverityAndUnitAndPrintsOneViolationALine() {
    PortfolioValidationReport r = PORTFOLIO_ONLY.validate(withTeam());
    PortfolioViolation unaligned = r.ofRule(PortfolioRuleSet.UNALIGNED_OBJECTIVE).get(0);

    assertThat(r.isClean()).isFalse();
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.ofSeverity(Severity.ERROR)).isEmpty();
    assertThat(r.ofSeverity(Severity.WARNING)).contains(unaligned);
    assertThat(r.ofUnit(UnitId.of("team"))).containsExactly(unaligned);
    assertThat(r.ofUnit(UnitId.of("corp"))).isEmpty();
    assertThat(r.toString().lines()).hasSize(r.violations().size()).contains("warning unaligned-objective [team/T1]:"
        + " objective T1 \"Ship faster\" of unit team supports no objective of retail or above");
    assertThat(unaligned).hasToString("warning unaligned-objective [team/T1]: objective T1 \"Ship faster\" of unit team"
        + " supports no objective of retail or above");
  }

  @Test
  void aCleanReportSaysSoAndWritesTheSameJsonToAWriter() {
    PortfolioValidationReport clean = PORTFOLIO_ONLY.validate(Group.portfolio());
    StringWriter out = new StringWriter();
    clean.writeJson(out);

    assertThat(clean.isClean()).isTrue();
    assertThat(clean).hasToString("no violations");
    assertThat(out).hasToString(clean.toJson());
    assertThat(clean.toJson()).contains("\"errors\": 0");
  }

  @Test
  void ruleSetsKnowTheirSeveritiesAndUnitRulesAndCompareByBoth() {
    PortfolioRuleSet standard = PortfolioRuleSet.standard();

    assertThat(standard.severityOf(PortfolioRuleSet.ALIGNMENT_CYCLE)).isEqualTo(Severity.ERROR);
    assertThat(standard.withUnitRules(RuleSet.empty()).unitRules()).isEqualTo(RuleSet.empty());
    assertThat(standard.withUnitRules(RuleSet.empty()).severityOf(PortfolioRuleSet.ALIGNMENT_CYCLE))
        .isEqualTo(Severity.ERROR);
    assertThat(PORTFOLIO_ONLY.validate(withTeam()).ofRule("objective-without-kpi")).isEmpty();
    assertThat(standard).isEqualTo(PortfolioRuleSet.standard()).hasSameHashCodeAs(PortfolioRuleSet.standard())
        .isNotEqualTo(PORTFOLIO_ONLY).isNotEqualTo(standard.without(PortfolioRuleSet.ORPHAN_UNIT))
        .isNotEqualTo(standard.toString());
    assertThat(standard.hashCode()).isNotEqualTo(PORTFOLIO_ONLY.hashCode());
    assertThat(standard.toString()).startsWith("PortfolioRuleSet{").contains("alignment-cycle=error")
        .contains(" per unit ");
  }

  @Test
  void unitsAndAlignmentsPrintAsAPersonWouldWriteThem() {
    Unit retail = Group.portfolio().unit("retail").orElseThrow();
    assertThat(retail).hasToString("unit retail \"Retail\" under corp, weight 3");
    assertThat(Group.portfolio().root()).hasToString("unit corp \"Acme Group\" (root)");
    assertThat(retail.withParent(Optional.empty()).parent()).isEmpty();
    assertThat(Alignment.of(UnitObjective.parse("retail/C1"), UnitObjective.parse("corp/F1")).withWeight(2))
        .hasToString("retail/C1 -> corp/F1 (weight 2)");
    assertThat(Alignment.of(UnitObjective.parse("retail/C1"), UnitObjective.parse("corp/F1")).withRationale("Sells")
        .rationale()).hasValue("Sells");
    assertThat(Aggregation.RATIO_OF_SUMS).hasToString("ratio-of-sums");
    assertThat(MissingData.TREAT_AS_MISSING).hasToString("treat-as-missing");
  }

  @Test
  void aUnitRefusesABlankNameANegativeWeightAndItselfAsParent() {
    assertThatThrownBy(() -> Unit.of("a", " ", "corp", Group.business("A"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Unit.root("a", "A", Group.business("A")).withWeight(-1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("weight");
    assertThatThrownBy(() -> Unit.of("a", "A", "a", Group.business("A"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be another unit but was the unit itself, \"a\"");
  }

  @Test
  void aQualifiedIdNeedsOneSlashWithTextOnBothSides() {
    for (String bad : List.of("/revenue", "retail/", "a/b/c", "retail")) {
      assertThatThrownBy(() -> UnitKpi.parse(bad)).as(bad).isInstanceOf(ValidationException.class)
          .hasMessageContaining("must name a unit and a KPI as unit/kpi (for example retail/revenue) but was \""
              + bad + "\"");
    }
    assertThat(UnitKpi.parse("r/k")).isEqualTo(UnitKpi.of("r", "k"));
  }

  @Test
  void aRatioOfSumsScaleMayBeUpToAMillionButNotZero() {
    List<UnitKpi> won = List.of(UnitKpi.parse("a/won"));
    List<UnitKpi> quoted = List.of(UnitKpi.parse("a/quoted"));
    assertThat(KpiRollUp.ratioOfSums(UnitKpi.parse("corp/rate"), won, quoted, 1_000_000).scale()).isEqualTo(1e6);
    assertThat(KpiRollUp.ratioOfSums(UnitKpi.parse("corp/rate"), won, quoted, Double.MIN_VALUE).scale()).isPositive();
    assertThatThrownBy(() -> KpiRollUp.ratioOfSums(UnitKpi.parse("corp/rate"), won, quoted, 0))
        .hasMessageContaining("must be a number above 0 and at most 1000000 but was 0.0");
    assertThatThrownBy(() -> KpiRollUp.ratioOfSums(UnitKpi.parse("corp/rate"), won, quoted, 1_000_000.5))
        .hasMessageContaining("scale");
  }

  @Test
  void rolledUpValuesShowFourSignificantDigitsOrMoreForLargeNumbers() {
    LocalDate d = LocalDate.parse("2026-06-30");
    assertThat(new RolledUpValue(d, 1234.5678, 1, List.of())).hasToString("1234.57 @ 2026-06-30 (coverage 100%)");
    assertThat(new RolledUpValue(d, 0.123456, 0.5, List.of())).hasToString("0.1235 @ 2026-06-30 (coverage 50%)");
    assertThat(new RolledUpValue(d, -2.5, 1, List.of())).hasToString("-2.5 @ 2026-06-30 (coverage 100%)");
    assertThat(new RolledUpValue(d, 12, 1, List.of())).hasToString("12 @ 2026-06-30 (coverage 100%)");
  }

  @Test
  void aConsolidatedScoreWithoutSupportersIsExplainedByItsOwnKpisAlone() {
    ConsolidatedScore own = new ConsolidatedScore(UnitObjective.parse("retail/F1"), "Grow", OptionalDouble.of(0.3),
        io.github.bsckit.core.scoring.Status.OFF_TRACK, 1, OptionalDouble.of(0.3), 1, 0, List.of());

    assertThat(own.explain()).isEqualTo("""
        retail/F1 "Grow": 30.0% off-track, coverage 100%
          = own KPIs 30.0% (nothing supports it)""");
    assertThat(own).hasToString("retail/F1 \"Grow\": 30.0% off-track, coverage 100%");
  }

  @Test
  void aConsolidationUsesTheScorerItWasGiven() {
    Scorer scorer = Scorer.defaults();
    Consolidation c = Consolidation.using(scorer);
    assertThat(c.scorer()).isSameAs(scorer);
    assertThat(c).hasToString("Consolidation[" + scorer + "]");
  }
}
