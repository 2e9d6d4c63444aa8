package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.support.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("text")
class MapCommandTest {
  @TempDir
  Path dir;

  @Test
  void dotHasOneRankedRowPerPerspective() {
    CliRun r = CliRun.of("map", CliRun.ACME.toString(), "--format", "dot");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("digraph").contains("rank=same", "\"L1\" -> \"P1\"");
  }

  @Test
  void jsonWrapsTheTextOrNamesTheFileWritten() throws Exception {
    assertThat(CliRun.of("map", "--json", CliRun.ACME.toString(), "--format", "dot").json().get("text").asString())
        .startsWith("digraph");
    Path out = dir.resolve("m.mmd");
    assertThat(CliRun.of("map", "--json", CliRun.ACME.toString(), "--format", "mermaid", "-o", out.toString()).json()
        .get("output").asString()).isEqualTo(out.toString());
  }

  @Test
  void mermaidIsAFlowchartBottomToTop() {
    CliRun r = CliRun.of("map", CliRun.ACME.toString(), "--format", "mermaid");

    assertThat(r.out()).startsWith("flowchart BT").contains("subgraph");
  }

  @Test
  void svgIsWrittenToTheOutputFileAndColouredByStatusWhenThereAreActuals() throws Exception {
    Path out = dir.resolve("map.svg");

    CliRun r = CliRun.of("map", CliRun.ACME.toString(), "-o", out.toString(), "--as-of", "2026-09-30");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("wrote " + out + "\n");
    assertThat(Files.readString(out)).startsWith("<?xml").contains("<svg", "Train Staff on New CRM", "off track");
    assertThat(Files.list(dir)).containsExactly(out);
  }

  @Test
  void anUnknownFormatIsAUsageErrorAndWritesNothing() {
    Path out = dir.resolve("map.png");

    CliRun r = CliRun.of("map", CliRun.ACME.toString(), "--format", "png", "-o", out.toString());

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("png", "svg, dot, mermaid");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnreadableDocumentLeavesAnExistingOutputAlone() throws Exception {
    Path out = dir.resolve("map.svg");
    Files.writeString(out, "the old map");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "bsc: 2\nname: Future\n");

    CliRun r = CliRun.of("map", bad.toString(), "-o", out.toString());

    assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.err()).startsWith(bad + ":1:");
    assertThat(Files.readString(out)).isEqualTo("the old map");
  }

  @Test
  void aStatusMapMarksObjectivesWithStaleKpis() {
    String fresh = CliRun.of("map", CliRun.ACME.toString(), "--as-of", "2026-09-30").out();
    String late = CliRun.of("map", CliRun.ACME.toString(), "--as-of", "2030-01-31").out();

    assertThat(late).contains("<g class=\"stale\">", "stale data: a KPI has no actual for its last complete period");
    assertThat(fresh.split("<g class=\"stale\">", -1).length).isLessThan(late.split("<g class=\"stale\">", -1).length);
  }
}
