package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.support.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

@Tag("text")
class ValidateCommandTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /** Three KPIs with targets but no baselines, in three of the four default perspectives, linked in a loop. */
  private static final String LOOP = """
      bsc: 1
      name: Loop Inc
      objectives:
        - {id: F1, name: Grow, perspective: financial, kpis: [{id: r, name: Revenue, target: {value: 2, date: 2026-12-31}}]}
        - {id: C1, name: Keep, perspective: customer, kpis: [{id: k, name: Kept, indicator: leading, target: {value: 2, date: 2026-12-31}}]}
        - {id: P1, name: Run, perspective: internal-process, kpis: [{id: p, name: Ran, indicator: leading, target: {value: 2, date: 2026-12-31}}]}
      links:
        - {from: P1, to: C1}
        - {from: C1, to: F1}
        - {from: F1, to: P1}
      """;

  /** The loop alone: baselines given, and only the three perspectives used declared. */
  private static final String CYCLE = LOOP.replace("target: {", "baseline: {value: 1, date: 2026-01-01}, target: {")
      .replace("objectives:\n", "perspectives: [{id: financial, name: Financial}, {id: customer, name: Customer},"
          + " {id: internal-process, name: Internal Process}]\nobjectives:\n");

  @Test
  void aCleanScorecardIsValidAndExitsZero() {
    CliRun r = CliRun.of("validate", CliRun.ACME.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(CliRun.ACME + ": valid, no violations\n");
  }

  @Test
  void errorViolationsAreListedAlignedAndExitOne() throws Exception {
    CliRun r = CliRun.of("validate", write("loop.yaml", CYCLE).toString());

    assertThat(r.code()).isEqualTo(ExitCode.ERRORS);
    assertThat(r.out().lines().findFirst().orElseThrow()).endsWith("loop.yaml: 1 error, 1 warning, 0 notes");
    assertThat(r.out()).contains("  error    cycle          F1,P1,C1", "  warning  downward-link  F1,P1");
  }

  @Test
  void likeFindingsPrintAsOneLineNamingThemAllWhileTheJsonKeepsEach() throws Exception {
    Path loop = write("loop.yaml", LOOP);
    CliRun human = CliRun.of("validate", loop.toString());
    CliRun json = CliRun.of("validate", "--json", loop.toString());

    assertThat(human.out().lines().filter(l -> l.contains("missing-baseline"))).singleElement().asString()
        .contains("r,F1 +2", "KPI r of objective F1 has a target but no baseline", "; likewise k, p (3 in all)");
    assertThat(human.out().lines().findFirst().orElseThrow()).endsWith("loop.yaml: 1 error, 5 warnings, 0 notes");
    assertThat(json.json().get("violations")).filteredOn(v -> v.get("rule").asString().equals("missing-baseline"))
        .extracting(v -> v.get("subjects").get(0).asString()).containsExactly("r", "k", "p");
  }

  @Test
  void jsonListsEveryViolationInTheDocumentedShape() throws Exception {
    CliRun r = CliRun.of("validate", "--json", write("loop.yaml", CYCLE).toString());

    JsonNode v = r.json().get("violations");
    assertThat(r.code()).isEqualTo(ExitCode.ERRORS);
    assertThat(v).hasSize(2);
    assertThat(v.get(0).get("rule").asString()).isEqualTo("cycle");
    assertThat(v.get(0).get("severity").asString()).isEqualTo("error");
    assertThat(v.get(0).get("subjects")).extracting(JsonNode::asString).containsExactly("F1", "P1", "C1");
    assertThat(v.get(0).get("message").asString()).contains("P1", "C1", "F1");
  }

  @Test
  void aMalformedDocumentGivesOneLocatedLinePerProblemAndExitsTwo() throws Exception {
    Path bad = write("bad.yaml", """
        bsc: 1
        name: Bad
        objectives:
          - {id: F1, name: Grow, perspective: financial, wieght: 2}
          - {id: F1, name: Again, perspective: financal}
        """);

    CliRun r = CliRun.of("validate", bad.toString());

    assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(line ->
        assertThat(line).matches(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: .*"));
    assertThat(r.err()).contains("weight", "duplicate objective id \"F1\"", "financal").doesNotContain("Exception");
  }

  @Test
  void aMissingFileIsUnreadable() {
    CliRun r = CliRun.of("validate", "no-such-file.yaml");

    assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.err().lines()).singleElement().asString().startsWith("no-such-file.yaml").contains("no such file");
  }

  @Test
  void withAsOfTheActualsAreCheckedTooAndStayWarnings() {
    CliRun r = CliRun.of("validate", CliRun.ACME.toString(), "--as-of", "2030-01-31");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("stale-actual");
    JsonNode json = CliRun.of("validate", CliRun.ACME.toString(), "--as-of", "2030-01-31", "--json").json();
    assertThat(json.get("violations").valueStream().map(v -> v.get("rule").asString())).contains("stale-actual");
    assertThat(json.get("errors").asInt()).isZero();
  }

  @Test
  void withActualsAFutureDatedActualIsReported() throws Exception {
    Path csv = write("actuals.csv", "kpi,date,value\nretention,2031-03-31,90\n");

    JsonNode json = CliRun.of("validate", CliRun.ACME.toString(), "--actuals", csv.toString(), "--as-of", "2030-01-31",
        "--json").json();

    assertThat(json.get("violations").valueStream().filter(v -> v.get("rule").asString().equals("future-actual")))
        .singleElement().satisfies(v -> assertThat(v.get("subjects").get(0).asString()).isEqualTo("retention"));
  }

  @Test
  void withoutActualsOrAsOfTheDataAreNotJudged() {
    assertThat(CliRun.of("validate", CliRun.ACME.toString()).out()).doesNotContain("stale-actual");
  }

  @Test
  void aPortfolioWithAsOfHasEachUnitsActualsCheckedQualifiedByUnit() {
    JsonNode json = CliRun.of("validate", PortfolioCommandsTest.HALDEN.toString(), "--as-of", "2030-01-31", "--json")
        .json();

    assertThat(json.get("violations").valueStream().filter(v -> v.get("rule").asString().equals("stale-actual")))
        .isNotEmpty().allSatisfy(v -> assertThat(v.get("subjects").get(0).asString()).contains("/"));
  }
}
