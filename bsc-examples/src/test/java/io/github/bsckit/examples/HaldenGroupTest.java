package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.io.PortfolioReader;
import io.github.bsckit.core.portfolio.Consolidation;
import io.github.bsckit.core.portfolio.PortfolioReport;
import io.github.bsckit.core.portfolio.PortfolioRuleSet;
import io.github.bsckit.core.portfolio.UnitId;
import io.github.bsckit.core.portfolio.UnitKpi;
import io.github.bsckit.core.scoring.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cascade example: its committed documents, its rules, and what consolidation says about it. */
class HaldenGroupTest {
  private static final Path FOLDER = Path.of("documents", ExampleDocuments.PORTFOLIO_FOLDER);

  @Test
  void theCommittedPortfolioFilesAreWhatTheJavaExampleWrites() throws Exception {
    for (Map.Entry<String, String> file : ExampleDocuments.portfolio().entrySet()) {
      assertThat(Files.readString(FOLDER.resolve(file.getKey())))
          .as("%s is stale: run ExampleDocuments.main from the repository root", file.getKey())
          .isEqualTo(file.getValue());
    }
    assertThat(PortfolioReader.readFile(FOLDER.resolve("portfolio.yaml"))).isEqualTo(HaldenGroup.document());
  }

  @Test
  void hasACorporateUnitThreeBusinessUnitsAndSixTeamsWithNoErrors() {
    var group = HaldenGroup.portfolio();
    assertThat(group.units()).hasSize(10);
    assertThat(group.children(UnitId.of("group"))).hasSize(3);
    assertThat(group.units()).filteredOn(u -> group.depth(u.id()) == 2).hasSize(6);
    var report = PortfolioRuleSet.standard().validate(group);
    assertThat(report.hasErrors()).as(report.toString()).isFalse();
    assertThat(report.ruleIds()).containsExactly(PortfolioRuleSet.UNSUPPORTED_OBJECTIVE);
  }

  @Test
  void theSilentTeamLowersCoverageUpTheTreeAndTheMarginIsRecomputedFromItsParts() {
    PortfolioReport report = Consolidation.defaults().score(HaldenGroup.portfolio(), HaldenGroup.actuals(),
        HaldenGroup.AS_OF);
    assertThat(report.unit(UnitId.of("support")).orElseThrow().status()).isEqualTo(Status.NO_DATA);
    assertThat(report.unit(UnitId.of("services")).orElseThrow().coverage()).isLessThan(1);
    assertThat(report.root().coverage()).isLessThan(1).isGreaterThan(0.9);
    var margin = report.rolledUp(UnitKpi.parse("group/margin")).orElseThrow().latest().orElseThrow();
    double profit = margin.contributions().stream().filter(c -> c.role().equals("numerator"))
        .mapToDouble(c -> c.value().getAsDouble()).sum();
    double revenue = margin.contributions().stream().filter(c -> c.role().equals("denominator"))
        .mapToDouble(c -> c.value().getAsDouble()).sum();
    assertThat(margin.value()).isEqualTo(profit / revenue * 100);
  }
}
