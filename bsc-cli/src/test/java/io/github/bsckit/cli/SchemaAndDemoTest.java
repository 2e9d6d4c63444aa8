package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("text")
class SchemaAndDemoTest {
  @Test
  void schemaPrintsTheJsonSchemaOfTheFormat() {
    CliRun r = CliRun.of("schema");

    assertThat(r.code()).isZero();
    assertThat(r.json().get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theDemoRunsTheSeedsCompanyEndToEnd(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("strategy-map.svg");

    CliRun r = CliRun.of("demo", "-o", svg.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("== The scorecard\nAcme Retail (sustain stage)",
        "== Validation\nacme-retail.yaml: valid, no violations",
        "== Score as of 2026-09-30\nAcme Retail as of 2026-09-30",
        "== Strongest chains into the financial outcomes\n  0.729  L1 -> P1 -> C1 -> F1",
        "== Key results for FY2026 Q4, re-planned from the actuals",
        "wrote " + svg);
    assertThat(Files.readString(svg)).isEqualTo(Files.readString(Path.of("..", "docs", "demo-strategy-map.svg")));
  }

  @Test
  void theDemosJsonGathersEveryPart(@TempDir Path dir) {
    CliRun r = CliRun.of("demo", "--json", "-o", dir.resolve("map.svg").toString());

    assertThat(r.code()).isZero();
    assertThat(r.json().get("validation").get("violations")).isEmpty();
    assertThat(r.json().get("score").get("status").asString()).isEqualTo("at-risk");
    assertThat(r.json().get("okr").get("quarters")).isNotEmpty();
    assertThat(r.json().get("map").asString()).endsWith("map.svg");
  }
}
