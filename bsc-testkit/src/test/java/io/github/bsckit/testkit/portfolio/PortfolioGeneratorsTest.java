package io.github.bsckit.testkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.portfolio.PortfolioRuleSet;
import io.github.bsckit.core.portfolio.PortfolioValidationReport;
import io.github.bsckit.core.portfolio.PortfolioViolation;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.testkit.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Valid portfolios break no portfolio rule; each injected defect is reported by exactly its rule. */
class PortfolioGeneratorsTest {
  /** Per defect kind; {@code -Dbsc.portfolio.samples=N} for a bigger run. */
  private static final int SAMPLES = Integer.getInteger("bsc.portfolio.samples", 40);
  private static final PortfolioRuleSet PORTFOLIO_RULES = PortfolioRuleSet.standard().withUnitRules(RuleSet.empty());

  @Test
  void validPortfoliosBreakNoPortfolioRuleAndVaryInShape() {
    var samples = Samples.of(PortfolioGenerators.valid(), 1, SAMPLES);
    samples.forEach(p -> assertThat(PORTFOLIO_RULES.validate(p).violations()).as(p.toString()).isEmpty());
    assertThat(samples.stream().map(p -> p.units().size()).distinct().count()).isGreaterThan(3);
    assertThat(samples).anyMatch(p -> !p.rollUps().isEmpty()).anyMatch(p -> p.units().stream()
        .anyMatch(u -> p.depth(u.id()) == 2));
  }

  @ParameterizedTest
  @EnumSource(PortfolioDefect.class)
  void eachInjectedDefectIsReportedByExactlyItsRuleNamingWhatWasInjected(PortfolioDefect kind) {
    for (InjectedPortfolioDefect d : Samples.of(PortfolioGenerators.withDefect(kind), kind.ordinal() + 7, SAMPLES)) {
      PortfolioValidationReport report = PORTFOLIO_RULES.validate(d.portfolio());
      assertThat(report.ruleIds()).as(d + "\n" + report).containsExactly(kind.ruleId());
      assertThat(report.violations()).as(d.toString()).anySatisfy((PortfolioViolation v) ->
          assertThat(v.subjects()).containsAll(d.subjects()));
    }
  }

  @Test
  void anyDefectDrawsEveryKind() {
    assertThat(Samples.of(PortfolioGenerators.withAnyDefect(), 3, 200).stream().map(InjectedPortfolioDefect::kind)
        .distinct()).containsExactlyInAnyOrder(PortfolioDefect.values());
  }
}
