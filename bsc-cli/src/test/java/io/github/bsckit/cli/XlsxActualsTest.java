package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.support.ExitCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

@Tag("text")
class XlsxActualsTest {
  @TempDir
  Path dir;

  private Path workbook(String name, String... cells) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "bsc-kit tests", "1.0");
      Worksheet ws = wb.newWorksheet("KPIs");
      ws.value(0, 0, "kpi");
      ws.value(0, 1, LocalDate.of(2026, 9, 30));
      ws.style(0, 1).format("yyyy-mm-dd").set();
      for (int r = 0; r < cells.length; r += 2) {
        ws.value(r / 2 + 1, 0, cells[r]);
        ws.value(r / 2 + 1, 1, Double.parseDouble(cells[r + 1]));
      }
      wb.finish();
    }
    return file;
  }

  @Test
  void aWideWorkbookOfActualsOverridesTheDocumentsOwn() throws IOException {
    Path xlsx = workbook("actuals.xlsx", "retention", "90.5");

    JsonNode json = CliRun.of("score", "--json", CliRun.ACME.toString(), "--as-of", "2026-09-30",
        "--actuals", xlsx.toString()).json();

    JsonNode retention = json.get("perspectives").get(1).get("objectives").get(0).get("kpis").get(0);
    assertThat(retention.get("actual").asDouble()).isEqualTo(90.5);
  }

  @Test
  void aWorkbookNamingAnUnknownKpiIsUnreadableWithItsSheetAndCell() throws IOException {
    Path xlsx = workbook("actuals.xlsx", "retention", "90.5", "retension", "90");

    CliRun r = CliRun.of("score", CliRun.ACME.toString(), "--actuals", xlsx.toString());

    assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.err()).contains(xlsx + "!KPIs!A3: kpi: unknown KPI \"retension\"");
  }
}
