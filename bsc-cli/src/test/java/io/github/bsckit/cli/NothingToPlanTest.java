package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Issue 11 §5: {@code bsc okr} says why it plans nothing, on stderr, and its JSON lists what it skipped. */
class NothingToPlanTest {
  @TempDir
  Path dir;

  private Path noBaselines() throws Exception {
    Path file = dir.resolve("targets-only.yaml");
    Files.writeString(file, """
        bsc: 1
        name: Targets only
        objectives:
          - {id: F1, name: Grow, perspective: financial, kpis: [{id: r, name: Revenue, target: {value: 2, date: 2026-12-31}}]}
          - {id: C1, name: Keep, perspective: customer, kpis: [{id: k, name: Kept, target: {value: 90, date: 2026-12-31}}]}
        """);
    return file;
  }

  @Test
  void nothingToPlanLeavesStdoutEmptyAndSaysWhyOnStderr() throws Exception {
    CliRun r = CliRun.of("okr", noBaselines().toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("bsc okr: "));
    assertThat(r.err()).contains("bsc okr: skipped r (F1): ", "bsc okr: skipped k (C1): ",
        "bsc okr: nothing to plan: all 2 KPIs were skipped");
  }

  @Test
  void theJsonListsEachSkippedKpiWithItsReasonAndStdoutStaysJson() throws Exception {
    CliRun r = CliRun.of("okr", "--json", noBaselines().toString());

    JsonNode skipped = r.json().get("skipped");
    assertThat(skipped).extracting(s -> s.get("kpi").asString()).containsExactly("r", "k");
    assertThat(skipped).allSatisfy(s -> assertThat(s.get("reason").asString()).isNotBlank());
    assertThat(r.json().get("quarters")).isEmpty();
    assertThat(r.err()).contains("nothing to plan").doesNotContain("skipped r");
  }

  @Test
  void aScorecardWithoutKpisSaysSo() throws Exception {
    Path file = dir.resolve("empty.yaml");
    Files.writeString(file, "bsc: 1\nname: Blank\n");

    assertThat(CliRun.of("okr", file.toString()).err()).isEqualTo("bsc okr: nothing to plan: the scorecard has no"
        + " KPIs\n");
  }

  @Test
  void skippedNotesGoToStderrBesideAPlan() {
    CliRun r = CliRun.of("okr", CliRun.ACME.toString());

    assertThat(r.out()).doesNotContain("skipped");
  }
}
