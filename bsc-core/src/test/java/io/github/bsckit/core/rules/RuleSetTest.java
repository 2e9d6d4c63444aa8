package io.github.bsckit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("text")
class RuleSetTest {
  private static final Rule OWNERLESS = Rule.of("objective-without-owner", Severity.WARNING,
      "Every objective names an owner", (scorecard, ctx) -> {
        for (Objective o : scorecard.objectives()) {
          if (o.owner().isEmpty()) {
            ctx.report("objective " + o.id() + " has no owner", o.id());
          }
        }
      });

  @Test
  void userWrittenRulesRunBesideTheCoreRules() {
    ValidationReport report = RuleSet.core().with(OWNERLESS).validate(SeedChainTest.seedChain());

    assertThat(report.violations()).extracting(Violation::ruleId).containsOnly("objective-without-owner");
    assertThat(report.violations()).extracting(Violation::subjectIds)
        .containsExactly(java.util.List.of("P1"), java.util.List.of("C1"), java.util.List.of("F1"));
  }

  @Test
  void severityOverridesApplyToTheViolationsOfThatRuleOnly() {
    RuleSet rules = RuleSet.core().with(OWNERLESS).withSeverity("objective-without-owner", Severity.ERROR);

    ValidationReport report = rules.validate(SeedChainTest.seedChain());

    assertThat(report.violations()).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
    assertThat(report.hasErrors()).isTrue();
    assertThat(rules.severityOf("missing-target")).isEqualTo(Severity.ERROR);
    assertThat(rules.severityOf("theme-count")).isEqualTo(Severity.WARNING);
  }

  @Test
  void theReportFiltersBySeverityAndWritesItsOwnJson() {
    RuleSet rules = RuleSet.core().with(OWNERLESS).withSeverity("objective-without-owner", Severity.ERROR);
    ValidationReport report = new ValidationReport(rules.validate(SeedChainTest.seedChain()).violations()
        .subList(0, 1));

    assertThat(report.ofSeverity(Severity.ERROR)).hasSize(1);
    assertThat(report.ofSeverity(Severity.WARNING)).isEmpty();
    assertThat(report.toJson()).isEqualTo("""
        {
          "violations": [
            {
              "rule": "objective-without-owner",
              "severity": "error",
              "subjects": [
                "P1"
              ],
              "message": "objective P1 has no owner"
            }
          ],
          "errors": 1
        }""");
    java.io.StringWriter out = new java.io.StringWriter();
    new ValidationReport(java.util.List.of()).writeJson(out);
    assertThat(out).hasToString("{\n  \"violations\": [],\n  \"errors\": 0\n}");
  }

  @Test
  void aRuleCanBeLeftOut() {
    RuleSet rules = RuleSet.core().with(OWNERLESS).without("objective-without-owner");

    assertThat(rules.validate(SeedChainTest.seedChain()).isClean()).isTrue();
    assertThat(rules).isEqualTo(RuleSet.core());
  }

  @Test
  void composedSetsKeepOrderAndTheLaterOverridesWin() {
    RuleSet mine = RuleSet.of(OWNERLESS).withSeverity("objective-without-owner", Severity.INFO);
    RuleSet both = RuleSet.core().withSeverity("theme-count", Severity.ERROR).and(mine);

    assertThat(both.rules()).extracting(Rule::id).endsWith("single-perspective", "objective-without-owner");
    assertThat(both.severityOf("objective-without-owner")).isEqualTo(Severity.INFO);
    assertThat(both.severityOf("theme-count")).isEqualTo(Severity.ERROR);
  }

  @Test
  void unknownRuleIdsAreRejectedNamingTheKnownOnes() {
    assertThatThrownBy(() -> RuleSet.core().withSeverity("no-such-rule", Severity.INFO))
        .isInstanceOf(BscException.class).hasMessageContaining("no-such-rule").hasMessageContaining("too-many-kpis");
  }

  @Test
  void ruleIdsMustBeKebabCase() {
    assertThatThrownBy(() -> Rule.of("Too Many", Severity.INFO, "x", (s, c) -> { }))
        .isInstanceOf(ValidationException.class).hasMessageContaining("id: must be kebab-case").hasMessageContaining("\"Too Many\"");
  }

  @Test
  void twoRulesWithOneIdCannotShareASet() {
    assertThatThrownBy(() -> RuleSet.of(OWNERLESS, OWNERLESS)).isInstanceOf(BscException.class)
        .hasMessageContaining("objective-without-owner");
  }

  @Test
  void derivedStructuresAreComputedOncePerValidation() {
    int[] computed = {0};
    RuleContext.Key<Integer> count = RuleContext.Key.of("count", sc -> ++computed[0]);
    Rule a = Rule.of("rule-a", Severity.INFO, "a", (s, ctx) -> assertThat(ctx.derived(count)).isEqualTo(computed[0]));
    Rule b = Rule.of("rule-b", Severity.INFO, "b", (s, ctx) -> ctx.derived(count));
    RuleSet rules = RuleSet.of(a, b);

    rules.validate(SeedChainTest.seedChain());
    rules.validate(SeedChainTest.seedChain());

    assertThat(computed[0]).isEqualTo(2);
  }

  @Test
  void theCoreRulesHaveTheirContractIds() {
    assertThat(RuleSet.core().rules()).extracting(Rule::id).containsExactly("objective-without-kpi",
        "too-many-kpis", "missing-target", "target-direction-mismatch", "no-leading-indicator",
        "too-many-objectives", "theme-count", "empty-perspective", "unused-theme", "missing-baseline",
        "single-perspective");
  }

  @Test
  void aValidatedEmptyScorecardIsClean() {
    assertThat(RuleSet.core().validate(Scorecard.builder("Empty").build()).toString()).isEqualTo("no violations");
  }
}
