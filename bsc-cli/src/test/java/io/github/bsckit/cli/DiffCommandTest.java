package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.support.ExitCode;
import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.DocumentWriter;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

@Tag("text")
class DiffCommandTest {
  @TempDir
  Path dir;

  /** Acme Retail with objective C1 renamed, written to a file in {@code dir}. */
  static Path renamed(Path dir) {
    try {
      String acme = Files.readString(CliRun.ACME);
      String changed = acme.replace("name: Increase Customer Retention\n", "name: Keep Our Customers\n");
      assertThat(changed).isNotEqualTo(acme);
      Path out = dir.resolve("acme-renamed.yaml");
      Files.writeString(out, changed);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aScorecardDiffedWithItselfHasNoDifferencesAndExitsZero() {
    CliRun r = CliRun.of("diff", CliRun.ACME.toString(), CliRun.ACME.toString());

    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo("no differences\n");
  }

  @Test
  void aChangedScorecardListsItsChangesAndExitsOneAsDiffDoes() {
    CliRun r = CliRun.of("diff", CliRun.ACME.toString(), renamed(dir).toString());

    assertThat(r.code()).isEqualTo(ExitCode.ERRORS);
    assertThat(r.out()).isEqualTo("objective C1 name: \"Increase Customer Retention\" -> \"Keep Our Customers\"\n");
  }

  @Test
  void jsonNamesEachChange() {
    JsonNode json = CliRun.of("diff", "--json", CliRun.ACME.toString(), renamed(dir).toString()).json();

    assertThat(json.get("equal").asBoolean()).isFalse();
    JsonNode c = json.get("changes").get(0);
    assertThat(c.get("element").asString()).isEqualTo("objective");
    assertThat(c.get("subject").asString()).isEqualTo("C1");
    assertThat(c.get("change").asString()).isEqualTo("changed");
    assertThat(c.get("field").asString()).isEqualTo("name");
    assertThat(c.get("after").asString()).isEqualTo("\"Keep Our Customers\"");
  }

  @Test
  void anUnreadableVersionExitsTwo() {
    CliRun r = CliRun.of("diff", CliRun.ACME.toString(), dir.resolve("missing.yaml").toString());

    assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
  }

  @Test
  void mapDiffDrawsTheNewVersionWithChangedObjectivesMarked() throws IOException {
    Path out = dir.resolve("diff.svg");
    CliRun r = CliRun.of("map", renamed(dir).toString(), "--diff", CliRun.ACME.toString(), "-o", out.toString());

    assertThat(r.code()).isEqualTo(ExitCode.OK);
    String svg = Files.readString(out);
    assertThat(svg).contains("<g id=\"objective-C1\" class=\"changed\">", ">changed</text>")
        .doesNotContain("class=\"added\"", "class=\"removed\"");
  }

  @Test
  void mapDiffGhostsTheObjectivesAndLinksTheNewVersionRemoved() throws IOException {
    Scorecard acme = DocumentReader.readFile(CliRun.ACME).scorecard();
    Path fewer = dir.resolve("fewer.yaml");
    Files.writeString(fewer, DocumentWriter.of(Format.YAML).write(acme.withoutObjective(ObjectiveId.of("C1"))));

    CliRun r = CliRun.of("map", fewer.toString(), "--diff", CliRun.ACME.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("<g id=\"objective-C1\" class=\"removed\" opacity=\"0.45\">",
        ">removed (ghosted)</text>").containsPattern("<path [^>]*class=\"removed\"");
  }

  @Test
  void mapDiffDrawsSvgOnly() {
    CliRun r = CliRun.of("map", CliRun.ACME.toString(), "--diff", renamed(dir).toString(), "--format", "dot");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--diff draws an SVG map");
  }
}
