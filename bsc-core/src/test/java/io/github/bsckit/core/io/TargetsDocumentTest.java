package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scale;
import io.github.bsckit.core.model.TargetKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Floors, ceilings, ordinal and milestone KPIs in documents and CSV: read as written, written as read. */
class TargetsDocumentTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/io/github/bsckit/core/io/examples/targets.yaml");

  private static ScorecardDocument example() throws IOException {
    return DocumentReader.of(Format.YAML).read(EXAMPLE);
  }

  private static Kpi kpi(ScorecardDocument doc, String id) {
    return doc.scorecard().kpis().stream().filter(k -> k.id().value().equals(id)).findFirst().orElseThrow();
  }

  private static DocumentException failure(String yaml) {
    return catchThrowableOfType(DocumentException.class, () -> DocumentReader.of(Format.YAML).read(yaml, "t.yaml"));
  }

  @Test
  void readsFloorsCeilingsLevelsAndMilestonesAsTheModelHoldsThem() throws IOException {
    ScorecardDocument doc = example();
    assertThat(kpi(doc, "participation").targetKind()).isEqualTo(TargetKind.AT_LEAST);
    assertThat(kpi(doc, "participation").direction()).isEqualTo(Direction.INCREASE);
    assertThat(kpi(doc, "debt-service").targetKind()).isEqualTo(TargetKind.AT_MOST);
    assertThat(kpi(doc, "debt-service").direction()).isEqualTo(Direction.DECREASE);
    assertThat(kpi(doc, "audit-findings").direction()).isEqualTo(Direction.DECREASE);
    Kpi rating = kpi(doc, "credit-rating");
    assertThat(rating.scale().levels()).startsWith("D", "C").endsWith("AA", "AAA");
    assertThat(rating.baseline().orElseThrow().value()).isEqualTo(8);
    assertThat(rating.target().orElseThrow().value()).isEqualTo(9);
    Kpi erp = kpi(doc, "erp-live");
    assertThat(erp.scale()).isEqualTo(Scale.milestone());
    assertThat(erp.target().orElseThrow().value()).isEqualTo(1);
    assertThat(doc.actuals().series(KpiId.of("erp-live"))).containsEntry(LocalDate.parse("2026-06-30"), 0.0)
        .containsEntry(LocalDate.parse("2026-09-15"), 1.0);
    assertThat(doc.actuals().series(KpiId.of("credit-rating"))).containsEntry(LocalDate.parse("2026-06-30"), 8.0);
  }

  @Test
  void writesLevelsAsTheirTextAndReadsBackAnEqualDocumentInBothNotations() throws IOException {
    ScorecardDocument doc = example();
    for (Format format : Format.values()) {
      String text = DocumentWriter.of(format).write(doc);
      assertThat(text).contains("AAA").contains("not done").doesNotContain("\"value\": 9");
      assertThat(DocumentReader.of(format).read(text, "again")).isEqualTo(doc);
    }
  }

  @Test
  void readsAndWritesOrdinalAndMilestoneActualsInCsvAsTheTextOfTheirLevels() throws IOException {
    ScorecardDocument doc = example();
    String csv = ActualsCsv.write(doc.actuals(), doc.scorecard());
    assertThat(csv).isEqualTo("""
        kpi,date,value
        credit-rating,2026-06-30,AA
        erp-live,2026-06-30,not done
        erp-live,2026-09-15,done
        """);
    assertThat(ActualsCsv.reader().against(doc.scorecard()).read(csv, "a.csv")).isEqualTo(doc.actuals());
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> ActualsCsv.reader()
        .against(doc.scorecard()).read("kpi,date,value\ncredit-rating,2026-06-30,AA+\n", "a.csv"));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly("a.csv:2:26: value: must be a level of"
        + " the scale D < C < CC < CCC < B < BB < BBB < A < AA < AAA but was \"AA+\"");
  }

  @Test
  void aTargetGivesOneValueEitherToReachOrToKeep() {
    DocumentException e = failure("""
        bsc: 1
        name: X
        objectives:
          - id: R1
            name: R
            perspective: customer
            kpis:
              - {id: p, name: P, target: {value: 80, atLeast: 70, date: 2026-12-31}}
        """);
    assertThat(e.problems()).extracting(Problem::path).containsExactly("objectives[0].kpis[0].target.atLeast");
    assertThat(e.getMessage()).contains("cannot be given with `value`");
  }

  @Test
  void aLevelOffTheScaleIsReportedWhereItIsWrittenWithTheScale() {
    DocumentException e = failure("""
        bsc: 1
        name: X
        objectives:
          - id: F1
            name: F
            perspective: financial
            kpis:
              - id: rating
                name: Rating
                scale: [C, B, A]
                target: {value: AA, date: 2026-12-31}
        actuals:
          rating:
            - {date: 2026-06-30, value: 2}
        """);
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "t.yaml:11:25: objectives[0].kpis[0].target.value: must be a level of the scale C < B < A but was \"AA\";"
            + " did you mean \"A\"?",
        "t.yaml:14:33: actuals.rating[0].value: must be a level of the scale C < B < A (as text) but was the number 2");
  }

  @Test
  void aScaleIsAListOfLevelsOrTheWordMilestone() {
    DocumentException e = failure("""
        bsc: 1
        name: X
        objectives:
          - id: F1
            name: F
            perspective: financial
            kpis:
              - {id: erp, name: ERP, scale: done}
        """);
    assertThat(e.problems()).extracting(Problem::message).containsExactly("must be a list of levels from the lowest"
        + " to the highest, such as [C, B, A], or the word milestone, but was the string \"done\"");
  }

  @Test
  void aFloorOnADecreasingKpiIsRejectedAtItsDirection() {
    DocumentException e = failure("""
        bsc: 1
        name: X
        objectives:
          - id: R1
            name: R
            perspective: customer
            kpis:
              - {id: p, name: P, direction: decrease, target: {atLeast: 70, date: 2026-12-31}}
        """);
    assertThat(e.problems()).extracting(Problem::path).containsExactly("objectives[0].kpis[0].direction");
  }
}
