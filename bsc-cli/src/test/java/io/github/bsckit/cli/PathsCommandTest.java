package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.support.ExitCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@Tag("text")
class PathsCommandTest {
  @Test
  void listsThePathsToOneTargetWithTheirCount() {
    CliRun r = CliRun.of("paths", CliRun.ACME.toString(), "--from", "L2", "--to", "F1");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("L2 -> F1: 2 paths\n  L2 -> P2 -> C1 -> F1  (strength 0.324)\n"
        + "  L2 -> P2 -> C2 -> F1  (strength 0.108)\n");
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
  void fromATopRowObjectiveWithoutATargetSaysItIsOneRatherThanThatItReachesNone() {
    CliRun r = CliRun.of("paths", CliRun.ACME.toString(), "--from", "F1");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("F1 is itself a top-row objective: paths lead up to it, none go on from it; "
        + "name a driver below it with --from and F1 with --to\n");
    JsonNode json = CliRun.of("paths", "--json", CliRun.ACME.toString(), "--from", "F1").json();
    assertThat(json.get("outcomes")).isEmpty();
  }

  @Test
  void aTopRowObjectiveThatDrivesAnotherListsThatPath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path doc = dir.resolve("two-outcomes.yaml");
    java.nio.file.Files.writeString(doc, io.github.bsckit.core.io.DocumentWriter.of(io.github.bsckit.core.io.Format.YAML)
        .write(io.github.bsckit.core.io.ScorecardDocument.of(io.github.bsckit.core.model.Scorecard.builder("Two")
            .objective("F1", "Grow revenue", "financial").objective("F2", "Grow margin", "financial")
            .objective("C1", "Keep customers", "customer").link("C1", "F1").link("F1", "F2").build())));

    CliRun r = CliRun.of("paths", doc.toString(), "--from", "F1");

    assertThat(r.out()).startsWith("F1 -> F2: 1 path");
  }

  @Test
  void anUnknownObjectiveIsAUsageError() {
    CliRun r = CliRun.of("paths", CliRun.ACME.toString(), "--from", "L9");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("bsc paths: --from names no objective of the scorecard: \"L9\"");
  }

  /** A map of {@code rows} perspectives, three objectives each, every objective linked to every one above it. */
  private static String completeMap(int rows) {
    StringBuilder sb = new StringBuilder("bsc: 1\nname: Complete\nperspectives:\n");
    for (int r = 0; r < rows; r++) {
      sb.append("  - {id: p").append(r).append(", name: Row ").append(r).append("}\n");
    }
    sb.append("objectives:\n");
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < 3; i++) {
        sb.append("  - {id: O").append(r).append('x').append(i).append(", name: Objective ").append(r).append(' ')
            .append(i).append(", perspective: p").append(r).append("}\n");
      }
    }
    sb.append("links:\n");
    for (int r = 1; r < rows; r++) {
      for (int i = 0; i < 3; i++) {
        for (int above = 0; above < r; above++) {
          for (int j = 0; j < 3; j++) {
            sb.append("  - {from: O").append(r).append('x').append(i).append(", to: O").append(above).append('x')
                .append(j).append("}\n");
          }
        }
      }
    }
    return sb.toString();
  }

  @Test
  void aHugeLimitIsBoundedAndTheOutputSaysItWasCut(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path map = java.nio.file.Files.writeString(dir.resolve("complete.yaml"), completeMap(12));

    CliRun r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> CliRun.of("paths", map.toString(), "--from", "O11x0", "--to", "O0x0", "--limit", "2147483647"));

    assertThat(r.code()).isZero();
    assertThat(r.out().lines().findFirst()).contains(
        "O11x0 -> O0x0: 1048576 paths (first " + PathsCommand.MAX_LIMIT + " shown)");
    assertThat(r.err()).isEqualTo("bsc paths: listed at most " + PathsCommand.MAX_LIMIT
        + " paths per target, not 2147483647\n");
    assertThat(r.out().lines().count()).isEqualTo(1 + PathsCommand.MAX_LIMIT);
  }
}
