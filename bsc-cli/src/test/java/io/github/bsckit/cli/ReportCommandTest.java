package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.support.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("text")
class ReportCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesTheReviewPackAsOneHtmlFile() throws Exception {
    Path out = dir.resolve("report.html");
    CliRun r = CliRun.of("report", CliRun.ACME.toString(), "--as-of", "2026-09-30", "-o", out.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("wrote " + out + "\n");
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("<h1><bdi>Acme Retail</bdi></h1>",
        "datetime=\"2026-09-30\"", "<svg");
  }

  @Test
  void withActualsThePackEndsWithLinkEvidenceAndForecasts() {
    CliRun r = CliRun.of("report", CliRun.ACME.toString(), "--as-of", "2026-09-30");

    assertThat(r.out()).contains("<h2 id=\"section-1-h\">Link evidence</h2>", "<h2 id=\"section-2-h\">Forecasts</h2>",
        "<td data-label=\"Link\"><bdi>L1 \u2192 P1</bdi></td>");
  }

  @Test
  void withoutAnOutputFileThePageGoesToStandardOutput() {
    CliRun r = CliRun.of("report", CliRun.ACME.toString(), "--as-of", "2026-09-30");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void jsonNamesTheFileAndItsSize() throws Exception {
    Path out = dir.resolve("r.html");
    var json = CliRun.of("report", "--json", CliRun.ACME.toString(), "--as-of", "2026-09-30", "-o", out.toString())
        .json();

    assertThat(json.get("output").asString()).isEqualTo(out.toString());
    assertThat(json.get("bytes").asLong()).isEqualTo(Files.size(out));
  }

  @Test
  void aBadDateIsAUsageError() {
    CliRun r = CliRun.of("report", CliRun.ACME.toString(), "--as-of", "2026-13-01");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("there is no month 13");
  }

  @Test
  void anUnwritableOutputIsRefusedBeforeAnyWork() {
    CliRun r = CliRun.of("report", CliRun.ACME.toString(), "--as-of", "2026-09-30", "-o",
        dir.resolve("missing-folder").resolve("r.html").toString());

    assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
  }
}
