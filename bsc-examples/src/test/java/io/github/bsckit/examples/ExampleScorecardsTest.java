package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleSet;
import io.github.bsckit.core.rules.Severity;
import io.github.bsckit.graph.rules.StrategyMapRules;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("text")
class ExampleScorecardsTest {
  private static final List<Scorecard> ALL =
      List.of(AcmeRetail.scorecard(), NimbusSaas.scorecard(), CityOfRiverton.scorecard());

  @Test
  void everyExamplePassesEveryCoreRule() {
    assertThat(ALL).allSatisfy(s -> assertThat(RuleSet.core().validate(s).violations()).as(s.name()).isEmpty());
  }

  @Test
  void noExampleHasAnErrorOrWarningOnItsStrategyMap() {
    RuleSet all = RuleSet.core().and(StrategyMapRules.all());
    assertThat(ALL).allSatisfy(s -> assertThat(all.validate(s).violations())
        .as(s.name()).allSatisfy(v -> assertThat(v.severity()).as(v.toString()).isEqualTo(Severity.INFO)));
  }

  @Test
  void theSeedCompanyGrowsTheArticlesChainIntoAFullMap() {
    Scorecard acme = AcmeRetail.scorecard();

    assertThat(acme.objectives()).hasSizeBetween(12, 20);
    assertThat(acme.objectives()).extracting(o -> o.name()).contains("Train Staff on New CRM",
        "Improve Sales Conversion Process", "Increase Customer Retention", "Grow Lifetime Customer Value");
    assertThat(acme.links()).extracting(Object::toString).contains("L1 -> P1 (strong, lag P3M)",
        "P1 -> C1 (strong)", "C1 -> F1 (strong)");
    assertThat(acme.themes()).hasSize(3);
  }

  @Test
  void theSeedCompanyHasAYearOfActualsForEveryKpi() {
    var actuals = AcmeRetail.actuals();

    assertThat(actuals.kpis()).hasSize(AcmeRetail.scorecard().kpis().size());
    assertThat(actuals.kpis()).allSatisfy(k -> assertThat(actuals.series(k)).hasSize(12));
  }

  @Test
  void theCityPutsItsResidentsOnTop() {
    assertThat(CityOfRiverton.scorecard().topPerspective().name()).isEqualTo("Residents & Mission");
  }
}
