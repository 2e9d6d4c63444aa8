package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.support.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bsc validate|score|map|paths} on a portfolio document: the example group and broken ones. */
class PortfolioCommandsTest {
  static final Path HALDEN = Path.of("..", "bsc-examples", "documents", "halden-group", "portfolio.yaml");

  @TempDir
  Path dir;

  @Test
  void validatesEveryUnitAndThePortfolioRulesTogether() {
    CliRun run = CliRun.of("validate", HALDEN.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("0 errors").contains("unsupported-objective  stores/F1")
        .contains("skipped-perspective    group/P1,group/F2");
    assertThat(CliRun.of("validate", "--json", HALDEN.toString()).json().get("errors").asInt()).isZero();
  }

  @Test
  void anAlignmentCycleFailsValidationWithExitOne() throws Exception {
    Path copy = dir.resolve("portfolio.yaml");
    Files.writeString(copy, Files.readString(HALDEN).replace("alignments:\n",
        "alignments:\n  - from: group/C1\n    to: stores/C1\n"));
    Files.createDirectories(dir.resolve("units"));
    try (var files = Files.list(HALDEN.resolveSibling("units"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve("units").resolve(f.getFileName()));
      }
    }
    CliRun run = CliRun.of("validate", copy.toString());
    assertThat(run.code()).isEqualTo(ExitCode.ERRORS);
    assertThat(run.out()).contains("alignment-cycle").contains("group/C1");
  }

  @Test
  void scorePrintsTheUnitTreeWithScoresCoverageAndTheRolledUpKpis() {
    CliRun run = CliRun.of("score", HALDEN.toString(), "--as-of", "2026-06-30");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Halden Group as of 2026-06-30").contains("  group Halden Group")
        .contains("      stores Halden Stores").contains("          stores-north Stores North")
        .contains("support Customer Support").contains("no-data").contains("group/margin")
        .contains("ratio-of-sums of 6 unit KPIs");
    var json = CliRun.of("score", "--json", HALDEN.toString(), "--as-of", "2026-06-30").json();
    assertThat(json.get("units")).hasSize(10);
    assertThat(json.get("rollUps")).hasSize(6);
  }

  @Test
  void refusesACsvOfActualsForAPortfolio() throws Exception {
    Path csv = Files.writeString(dir.resolve("a.csv"), "kpi,date,value\nrevenue,2026-06-30,1\n");
    CliRun run = CliRun.of("score", HALDEN.toString(), "--actuals", csv.toString());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("each unit's scorecard document");
  }

  @Test
  void mapDrawsTheAlignmentAsSvgAndTheCombinedMapAsText() throws Exception {
    Path out = dir.resolve("halden.svg");
    assertThat(CliRun.of("map", HALDEN.toString(), "--as-of", "2026-06-30", "-o", out.toString()).code()).isZero();
    assertThat(Files.readString(out)).startsWith("<svg").contains("Halden Group — alignment as of 2026-06-30")
        .contains("class=\"unit\"");
    assertThat(CliRun.of("map", HALDEN.toString(), "--format", "dot").out()).startsWith("digraph cascade")
        .contains("\"stores/C1\" -> \"group/C1\" [style=dashed]");
    assertThat(CliRun.of("map", HALDEN.toString(), "--format", "mermaid").out()).startsWith("flowchart BT");
  }

  @Test
  void pathsCountsTheRoutesFromATeamObjectiveToEveryCorporateOutcome() {
    CliRun run = CliRun.of("paths", HALDEN.toString(), "--from", "stores-north/P1");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("stores-north/P1 to group/F1: 5 paths").contains("to group/F2: 2 paths");
    var json = CliRun.of("paths", "--json", HALDEN.toString(), "--from", "stores-north/P1", "--to", "group/F1",
        "--limit", "2").json();
    assertThat(json.get("routes").get(0).get("count").asInt()).isEqualTo(5);
    assertThat(json.get("routes").get(0).get("paths")).hasSize(2);
    assertThat(CliRun.of("paths", HALDEN.toString(), "--from", "P1").code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aBrokenReferenceIsReportedAsFileLineColumnWithExitTwo() throws Exception {
    Path p = Files.writeString(dir.resolve("p.yaml"), """
        bsc-portfolio: 1
        name: P
        units:
          - {id: corp, name: Corp, scorecard: missing.yaml}
        """);
    CliRun run = CliRun.of("validate", p.toString());
    assertThat(run.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(run.err()).contains(p + ":4:").contains("units[0].scorecard").contains("no such file");
  }
}
