package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.support.ExitCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PathsCommandTest {
  @Test
  void listsThePathsToOneTargetWithTheirCount() {
    CliRun r = CliRun.of("paths", CliRun.ACME.toString(), "--from", "L2", "--to", "F1");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("L2 -> F1: 2 paths\n  L2 -> P2 -> C1 -> F1\n  L2 -> P2 -> C2 -> F1\n");
  }

  @Test
  void jsonToOneTargetHasTheDocumentedShape() {
    JsonNode json = CliRun.of("paths", "--json", CliRun.ACME.toString(), "--from", "L2", "--to", "F1").json();

    assertThat(json.get("from").asString()).isEqualTo("L2");
    assertThat(json.get("to").asString()).isEqualTo("F1");
    assertThat(json.get("count").isIntegralNumber()).isTrue();
    assertThat(json.get("count").asInt()).isEqualTo(2);
    assertThat(json.get("truncated").asBoolean()).isFalse();
    assertThat(json.get("paths").get(0)).extracting(JsonNode::asString).containsExactly("L2", "P2", "C1", "F1");
  }

  @Test
  void withoutATargetThereIsOneEntryPerOutcomeReached() {
    JsonNode json = CliRun.of("paths", "--json", CliRun.ACME.toString(), "--from", "L1").json();

    assertThat(json.get("outcomes")).hasSize(1);
    assertThat(json.get("outcomes").get(0).get("to").asString()).isEqualTo("F1");
  }

  @Test
  void theLimitCutsTheListButNotTheCount() {
    JsonNode json = CliRun.of("paths", "--json", CliRun.ACME.toString(), "--from", "L2", "--to", "F1",
        "--limit", "1").json();

    assertThat(json.get("count").isIntegralNumber()).isTrue();
    assertThat(json.get("count").asInt()).isEqualTo(2);
    assertThat(json.get("paths")).hasSize(1);
    assertThat(json.get("truncated").asBoolean()).isTrue();
  }

  @Test
  void anUnknownObjectiveIsAUsageError() {
    CliRun r = CliRun.of("paths", CliRun.ACME.toString(), "--from", "L9");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("bsc paths: --from names no objective of the scorecard: \"L9\"");
  }
}
