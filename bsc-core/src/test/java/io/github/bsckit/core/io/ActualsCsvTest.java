package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Scorecard;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV actuals: {@code kpi,date,value} with a header, every bad line reported by its line number. */
@Tag("text")
class ActualsCsvTest {
  private static final Scorecard ACME = Scorecard.builder("Acme")
      .objective("C1", "Keep customers", "customer", o -> o
          .kpi("retention", "Retention rate", k -> k.unit("%"))
          .kpi("nps", "Net promoter score", k -> { }))
      .build();

  @Test
  void readsValuesInAnyColumnOrderSkippingBlankLinesAndSpaces() {
    Actuals a = ActualsCsv.reader().read("""
        date, value ,kpi
        2026-03-31,86,retention

        2026-06-30 , 87.25 , retention
        "2026-03-31","41",nps
        """, "a.csv");
    assertThat(a.series(KpiId.of("retention"))).containsExactly(
        java.util.Map.entry(LocalDate.parse("2026-03-31"), 86.0), java.util.Map.entry(LocalDate.parse("2026-06-30"), 87.25));
    assertThat(a.size()).isEqualTo(3);
  }

  @Test
  void reportsEveryBadLineWithItsLineAndColumn() {
    List<Problem> problems = problems(ActualsCsv.reader(), """
        kpi,date,value
        retention,2026-03-31,86
        retention,31/03/2026,86
        retention,2026-04-30,eighty
        retention,2026-05-31,NaN
        retention,2026-06-30,0x1p3
        retention,2026-07-31
        retention,2026-08-31,1,extra
        bad id,2026-09-30,1
        retention,2026-03-31,87
        retention,2026-13-31,88
        """);
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "a.csv:3:11: date: must be an ISO date (yyyy-mm-dd) but was \"31/03/2026\"",
        "a.csv:4:22: value: must be a number such as 86 or 87.25 but was \"eighty\"",
        "a.csv:5:22: value: must be a number such as 86 or 87.25 but was \"NaN\"",
        "a.csv:6:22: value: must be a number such as 86 or 87.25 but was \"0x1p3\"",
        "a.csv:7:1: expected 3 fields (kpi,date,value) but found 2",
        "a.csv:8:1: expected 3 fields (kpi,date,value) but found 4, from column 24",
        "a.csv:9:1: kpi: KPI id must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit,"
            + " but was \"bad id\"",
        "a.csv:10:11: date: a second value for retention at 2026-03-31 (the first is at 2:11)",
        "a.csv:11:11: date: must be an ISO date (yyyy-mm-dd) but was \"2026-13-31\": there is no month 13");
  }

  @Test
  void reportsKpisTheScorecardDoesNotDeclareOnceEachWithAHint() {
    List<Problem> problems = problems(ActualsCsv.reader().against(ACME), """
        kpi,date,value
        retnetion,2026-03-31,86
        retnetion,2026-06-30,87
        churn,2026-03-31,4
        """);
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "a.csv:2:1: kpi: unknown KPI \"retnetion\"; did you mean \"retention\"?",
        "a.csv:4:1: kpi: unknown KPI \"churn\"");
  }

  @Test
  void rejectsAFileWithoutTheHeader() {
    assertThat(problems(ActualsCsv.reader(), "retention,2026-03-31,86\n")).extracting(Problem::toString)
        .containsExactly("a.csv:1:1: the first line must be the header kpi,date,value (in any order) but was"
            + " retention,2026-03-31,86");
    assertThat(problems(ActualsCsv.reader(), "kpi,date,value,note\n")).singleElement()
        .extracting(Problem::message).asString().contains("header kpi,date,value");
    assertThat(problems(ActualsCsv.reader(), "\n\n")).extracting(Problem::toString)
        .containsExactly("a.csv:1:1: the file is empty; it must start with the header kpi,date,value");
  }

  @Test
  void reportsAnUnclosedQuoteAsASyntaxErrorWithoutJacksonsWording() {
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> ActualsCsv.reader().read("kpi,date,value\nretention,\"2026-03-31,86\n", "a.csv"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).startsWith("syntax error: ").contains("quote");
    });
    assertThat(e.getMessage()).doesNotContain("[Source", "tools.jackson");
  }

  @Test
  void appliesTheReadLimits() {
    ActualsCsv small = ActualsCsv.reader().withLimits(ReadLimits.defaults().withMaxNodes(1).withMaxNumberLength(4));
    assertThat(problems(small, "kpi,date,value\nnps,2026-01-31,12345\n")).extracting(Problem::toString)
        .containsExactly("a.csv:2:16: value: a number of 5 characters is longer than the limit of 4"
            + " (ReadLimits.maxNumberLength)");
    assertThat(problems(small, "kpi,date,value\nnps,2026-01-31,1\nnps,2026-02-28,2\n")).extracting(Problem::toString)
        .containsExactly("a.csv:3:1: the file has more than 1 values, the limit (ReadLimits.maxNodes)");
  }

  @Test
  void readsFilesAndStreamsAsUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("actuals.csv");
    Files.writeString(file, "kpi,date,value\nnps,2026-01-31,12\n");
    assertThat(ActualsCsv.reader().against(ACME).read(file).size()).isEqualTo(1);
    DocumentException e = catchThrowableOfType(DocumentException.class,
        () -> ActualsCsv.reader().read(new ByteArrayInputStream(new byte[] {'k', 'p', (byte) 0xff}), "x.csv"));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly("x.csv:1:3: the input is not valid UTF-8 text");
  }

  @Test
  void writesOneLinePerValueByKpiAndDate() {
    Actuals a = Actuals.builder().add("retention", "2026-06-30", 87.25).add("nps", "2026-03-31", 40)
        .add("retention", "2026-03-31", -0.0).build();
    assertThat(ActualsCsv.write(a)).isEqualTo("""
        kpi,date,value
        nps,2026-03-31,40
        retention,2026-03-31,-0.0
        retention,2026-06-30,87.25
        """);
  }

  private static List<Problem> problems(ActualsCsv reader, String csv) {
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> reader.read(csv, "a.csv"));
    assertThat(e).as("a DocumentException for%n%s", csv).isNotNull();
    return e.problems();
  }
}
