package io.github.bsckit.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.io.DocumentException;
import io.github.bsckit.core.io.ReadLimits;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("text")
class ActualsXlsxTest {
  private static final Scorecard CITY = Scorecard.builder("City")
      .objective("F1", "Protect the City's Credit", "financial", o -> o
          .kpi("rating", "Credit rating", k -> k.ordinal("A", "AA", "AAA").baseline("AA", "2026-01-01")
              .target("AAA", "2026-12-31"))
          .kpi("retention", "Retention", k -> k.baseline(85, "2026-01-01").target(90, "2026-12-31")))
      .build();

  @TempDir
  Path dir;

  /** A workbook made with fastexcel's writer: each consumer fills one sheet of the given name. */
  private static byte[] workbook(Map<String, Consumer<Worksheet>> sheets) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Workbook wb = new Workbook(out, "bsc-kit tests", "1.0");
      for (Map.Entry<String, Consumer<Worksheet>> e : new java.util.TreeMap<>(sheets).entrySet()) {
        e.getValue().accept(wb.newWorksheet(e.getKey()));
      }
      wb.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sheet(String name, Consumer<Worksheet> fill) {
    return workbook(Map.of(name, fill));
  }

  private static void row(Worksheet ws, int r, Object... cells) {
    for (int c = 0; c < cells.length; c++) {
      Object v = cells[c];
      if (v instanceof LocalDate d) {
        ws.value(r, c, d);
        ws.style(r, c).format("yyyy-mm-dd").set();
      } else if (v instanceof Number n) {
        ws.value(r, c, n);
      } else if (v instanceof String s && s.startsWith("=")) {
        ws.formula(r, c, s.substring(1));
      } else if (v != null) {
        ws.value(r, c, (String) v);
      }
    }
  }

  private static Actuals read(ActualsXlsx reader, byte[] xlsx) {
    return reader.read(new ByteArrayInputStream(xlsx), "acme.xlsx");
  }

  private static java.util.List<String> problems(ActualsXlsx reader, byte[] xlsx) {
    try {
      read(reader, xlsx);
    } catch (DocumentException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("read without a problem");
  }

  @Test
  void readsTheLongShapeWithDateCellsOrIsoTextInAnyColumnOrder() {
    byte[] xlsx = sheet("Actuals", ws -> {
      row(ws, 0, "Date", "KPI", "Value");
      row(ws, 1, LocalDate.of(2026, 3, 31), "retention", 86);
      row(ws, 2, "2026-06-30", "retention", 87.25);
    });

    Actuals actuals = read(ActualsXlsx.reader(), xlsx);

    assertThat(actuals.series(KpiId.of("retention")))
        .containsExactly(Map.entry(LocalDate.of(2026, 3, 31), 86.0), Map.entry(LocalDate.of(2026, 6, 30), 87.25));
  }

  @Test
  void readsTheWideShapeOneRowPerKpiOneColumnPerDateSkippingEmptyCells() {
    byte[] xlsx = sheet("KPIs", ws -> {
      row(ws, 0, "kpi", LocalDate.of(2026, 1, 31), "2026-02", "2026-03-31");
      row(ws, 1, "retention", 85.5, null, 86);
      row(ws, 2, "rating", "AA", "AA", "AAA");
    });

    Actuals actuals = read(ActualsXlsx.reader().against(CITY), xlsx);

    assertThat(actuals.series(KpiId.of("retention"))).containsExactly(Map.entry(LocalDate.of(2026, 1, 31), 85.5),
        Map.entry(LocalDate.of(2026, 3, 31), 86.0));
    assertThat(actuals.series(KpiId.of("rating"))).containsExactly(Map.entry(LocalDate.of(2026, 1, 31), 1.0),
        Map.entry(LocalDate.of(2026, 2, 28), 1.0), Map.entry(LocalDate.of(2026, 3, 31), 2.0));
  }

  @Test
  void aFormulasCachedNumberIsItsValueAndSheetsWithoutAKpiHeaderAreLeftAlone() {
    byte[] xlsx = workbook(Map.of(
        "Notes", ws -> row(ws, 0, "These numbers come from the CRM export."),
        "Actuals", ws -> {
          row(ws, 0, "kpi", "date", "value");
          row(ws, 1, "retention", "2026-03-31", 86);
        }));

    assertThat(read(ActualsXlsx.reader(), xlsx).series(KpiId.of("retention"))).hasSize(1);
  }

  @Test
  void everyProblemIsLocatedAtItsSheetAndCell() {
    byte[] xlsx = sheet("Actuals", ws -> {
      row(ws, 0, "kpi", "date", "value");
      row(ws, 1, "retention", "2026-03-31", "n/a");
      row(ws, 2, "retension", "2026-03-31", 86);
      row(ws, 3, "retention", "31/03/2026", 86);
      row(ws, 4, "retention", "2026-06-30", 87);
      row(ws, 5, "retention", "2026-06-30", 88);
      row(ws, 6, "rating", "2026-06-30", "AAB");
    });

    assertThat(problems(ActualsXlsx.reader().against(CITY), xlsx)).containsExactly(
        "acme.xlsx!Actuals!C2: value: must be a number such as 86 or 87.25 but was \"n/a\"",
        "acme.xlsx!Actuals!A3: kpi: unknown KPI \"retension\"; did you mean \"retention\"?",
        "acme.xlsx!Actuals!B4: date: must be a date (a date cell, or text such as 2026-03-31) but was \"31/03/2026\"",
        "acme.xlsx!Actuals!B6: value: a second value for retention at 2026-06-30 (the first is at Actuals!B5)",
        "acme.xlsx!Actuals!C7: value: must be a level of the scale A < AA < AAA but was \"AAB\"");
  }

  @Test
  void aWideHeaderCellThatIsNoDateIsOneProblemAtItsCell() {
    byte[] xlsx = sheet("KPIs", ws -> {
      row(ws, 0, "kpi", "2026-01-31", "Q1 total");
      row(ws, 1, "retention", 85, 86);
    });

    assertThat(problems(ActualsXlsx.reader(), xlsx)).containsExactly(
        "acme.xlsx!KPIs!C1: date: must be a date (a date cell, or text such as 2026-03-31 or 2026-03) but was"
            + " \"Q1 total\"");
  }

  @Test
  void theCsvReadersLimitsHold() {
    byte[] xlsx = sheet("Actuals", ws -> {
      row(ws, 0, "kpi", "date", "value");
      for (int r = 1; r <= 5; r++) {
        row(ws, r, "retention", LocalDate.of(2026, 1, 1).plusDays(r), r);
      }
    });

    assertThat(problems(ActualsXlsx.reader().withLimits(ReadLimits.defaults().withMaxNodes(3)), xlsx))
        .containsExactly("acme.xlsx!Actuals!B5: the workbook has more than 3 values, the limit (ReadLimits.maxNodes)");
    assertThat(problems(ActualsXlsx.reader().withLimits(ReadLimits.defaults().withMaxDocumentLength(100)), xlsx))
        .containsExactly("acme.xlsx: is longer than the limit of 100 bytes (ReadLimits.maxDocumentLength)");
  }

  @Test
  void aFileThatIsNoWorkbookOrHasNoKpiSheetIsRefusedWithItsName() throws IOException {
    Path notXlsx = Files.writeString(dir.resolve("actuals.xlsx"), "kpi,date,value\n");
    assertThatThrownBy(() -> ActualsXlsx.reader().read(notXlsx)).isInstanceOf(DocumentException.class)
        .hasMessageContaining("actuals.xlsx: is not a readable .xlsx workbook");

    Path empty = Files.write(dir.resolve("empty.xlsx"), sheet("Sheet1", ws -> row(ws, 0, "month", "revenue")));
    assertThatThrownBy(() -> ActualsXlsx.reader().read(empty)).isInstanceOf(DocumentException.class)
        .hasMessageContaining("empty.xlsx: has no sheet of actuals");
  }
}
