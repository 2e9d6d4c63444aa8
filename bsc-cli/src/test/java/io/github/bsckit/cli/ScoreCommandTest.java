package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.support.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

@Tag("text")
class ScoreCommandTest {
  @TempDir
  Path dir;

  @Test
  void printsTheTreeAlignedFromScorecardToKpis() {
    CliRun r = CliRun.of("score", CliRun.ACME.toString(), "--as-of", "2026-09-30");

    assertThat(r.code()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).matches("Acme Retail as of 2026-09-30 +85\\.1% +at-risk");
    assertThat(r.out()).containsPattern("\n      retention Customer retention rate +88\\.0% +at-risk +actual 88\\.3% @ 2026-09-30\n");
  }

  @Test
  void jsonHasTheDocumentedShape() {
    JsonNode json = CliRun.of("score", "--json", CliRun.ACME.toString(), "--as-of", "2026-09-30").json();

    assertThat(json.get("score").asDouble()).isEqualTo(0.8514);
    assertThat(json.get("status").asString()).isEqualTo("at-risk");
    assertThat(json.get("coverage").asDouble()).isEqualTo(1.0);
    JsonNode customer = json.get("perspectives").get(1);
    assertThat(customer.get("id").asString()).isEqualTo("customer");
    JsonNode retention = customer.get("objectives").get(0).get("kpis").get(0);
    assertThat(retention.get("id").asString()).isEqualTo("retention");
    assertThat(retention.get("status").asString()).isEqualTo("at-risk");
    assertThat(retention.get("actual").asDouble()).isEqualTo(88.3);
  }

  @Test
  void jsonWritesAnOrdinalOrMilestoneActualAsItsLevelBesideItsPosition() {
    JsonNode json = CliRun.of("score", "--json", CliRun.RIVERTON.toString(), "--as-of", "2026-09-30").json();

    JsonNode rating = kpi(json, "credit-rating");
    assertThat(rating.get("actual").asDouble()).isEqualTo(5);
    assertThat(rating.get("level").asString()).isEqualTo("AA");
    JsonNode erp = kpi(json, "work-order-system");
    assertThat(erp.get("actual").asDouble()).isZero();
    assertThat(erp.get("level").asString()).isEqualTo("not done");
    assertThat(kpi(json, "crews-mobile").get("level").isNull()).isTrue();
  }

  @Test
  void aMilestoneNotDoneBeforeItsDueDateReadsAsNotYetDueAndOnTrack() {
    String notDue = CliRun.of("score", CliRun.RIVERTON.toString(), "--as-of", "2026-09-30").out();
    String overdue = CliRun.of("score", CliRun.RIVERTON.toString(), "--as-of", "2027-01-31").out();

    assertThat(notDue).containsPattern("work-order-system .* on-track +not yet due \\(done by 2026-12-31\\)\n");
    assertThat(overdue).containsPattern("work-order-system .* off-track +actual not done @ ");
  }

  @Test
  void likeDataQualityFindingsReadAsOneLineNamingEveryKpiWhileTheJsonKeepsEach() {
    // Riverton's actuals end in September: at the year's end every KPI is three months overdue.
    String text = CliRun.of("score", CliRun.RIVERTON.toString(), "--as-of", "2026-12-31").out();
    JsonNode json = CliRun.of("score", "--json", CliRun.RIVERTON.toString(), "--as-of", "2026-12-31").json();

    String quality = text.substring(text.indexOf("Data quality as of 2026-12-31:\n"));
    assertThat(quality.lines().filter(l -> l.contains("stale-actual"))).hasSize(1);
    assertThat(quality).containsPattern("\n  warning stale-actual: residents-feeling-safe has no actual for 2026-12.*;"
        + " likewise street-satisfaction, streets-passable, ");
    long stale = 0;
    for (JsonNode v : json.get("dataQuality")) {
      stale += v.get("rule").asString().equals("stale-actual") ? 1 : 0;
    }
    assertThat(stale).isGreaterThan(10);
  }

  private static JsonNode kpi(JsonNode report, String id) {
    for (JsonNode p : report.get("perspectives")) {
      for (JsonNode o : p.get("objectives")) {
        for (JsonNode k : o.get("kpis")) {
          if (k.get("id").asString().equals(id)) {
            return k;
          }
        }
      }
    }
    throw new AssertionError("no KPI " + id + " in " + report);
  }

  @Test
  void actualsFromACsvOverrideTheDocumentsOwn() throws Exception {
    Path csv = dir.resolve("actuals.csv");
    Files.writeString(csv, "kpi,date,value\nretention,2026-09-30,90.5\n");

    JsonNode json = CliRun.of("score", "--json", CliRun.ACME.toString(), "--as-of", "2026-09-30",
        "--actuals", csv.toString()).json();

    JsonNode retention = json.get("perspectives").get(1).get("objectives").get(0).get("kpis").get(0);
    assertThat(retention.get("actual").asDouble()).isEqualTo(90.5);
    assertThat(retention.get("status").asString()).isEqualTo("on-track");
  }

  @Test
  void actualsThatReplaceTheDocumentsOwnWithOtherValuesAreCountedInAWarningWhileNewOnesAndEqualOnesAreNot()
      throws Exception {
    Path csv = dir.resolve("actuals.csv");
    // Acme's document has retention 88.3 and nps 35 on 2026-09-30, and nothing on 2026-10-31.
    Files.writeString(csv, "kpi,date,value\nretention,2026-09-30,90.5\nnps,2026-09-30,36\n"
        + "retention,2026-10-31,91\n");
    CliRun r = CliRun.of("score", CliRun.ACME.toString(), "--as-of", "2026-09-30", "--actuals", csv.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("bsc: warning: " + csv + " replaces 2 of the document's actuals with other values, "
        + "the first nps on 2026-09-30: 35 in the document, 36 in the file\n");

    Files.writeString(csv, "kpi,date,value\nretention,2026-09-30,88.3\nretention,2026-10-31,91\n");
    assertThat(CliRun.of("score", CliRun.ACME.toString(), "--as-of", "2026-09-30", "--actuals", csv.toString())
        .err()).isEmpty();
  }

  @Test
  void explainingAKpiWithoutAFormulaOrNoKpiIsAUsageErrorNamingItOnce() {
    CliRun plain = CliRun.of("score", CliRun.ACME.toString(), "--explain", "retention");
    assertThat(plain.code()).isEqualTo(ExitCode.USAGE);
    assertThat(plain.err()).isEqualTo(
        "bsc score: --explain must name a calculated KPI (one with a formula) but was retention\n");

    CliRun none = CliRun.of("score", CliRun.ACME.toString(), "--explain", "retension");
    assertThat(none.code()).isEqualTo(ExitCode.USAGE);
    assertThat(none.err()).isEqualTo("bsc score: --explain must name a KPI of the scorecard but was retension\n");
  }

  @Test
  void aCsvNamingUnknownKpisIsUnreadableWithItsLineNumbers() throws Exception {
    Path csv = dir.resolve("actuals.csv");
    Files.writeString(csv, "kpi,date,value\nretention,2026-09-30,90.5\nretension,2026-09-30,90\n");

    CliRun r = CliRun.of("score", CliRun.ACME.toString(), "--actuals", csv.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().asString().startsWith(csv + ":3:").contains("retension");
  }

  @Test
  void beforeAnyActualEverythingHasNoData() {
    JsonNode json = CliRun.of("score", "--json", CliRun.ACME.toString(), "--as-of", "2020-01-01").json();

    assertThat(json.get("status").asString()).isEqualTo("no-data");
    assertThat(json.get("score").isNull()).isTrue();
    assertThat(json.get("coverage").asDouble()).isZero();
  }

  @Test
  void forecastAddsEachKpisForecastBesideItsScoreAndToTheJson() {
    CliRun r = CliRun.of("score", CliRun.ACME.toString(), "--as-of", "2026-09-30", "--forecast");

    assertThat(r.code()).isZero();
    assertThat(r.out()).containsPattern("retention.*actual .*forecast [0-9.]+% @ 2026-12-31, (on pace|will miss by"
        + " [0-9.]+%), P\\(reach\\) [0-9]+%");
    JsonNode json = CliRun.of("score", CliRun.ACME.toString(), "--as-of", "2026-09-30", "--forecast", "--json")
        .json();
    assertThat(json.get("score").asDouble()).isEqualTo(0.8514);
    assertThat(json.get("forecast").get("forecasts").get(0).get("method").asString()).isEqualTo("linear");
    JsonNode damped = CliRun.of("score", CliRun.ACME.toString(), "--as-of", "2026-09-30", "--forecast", "--method",
        "damped", "--json").json();
    assertThat(damped.get("forecast").get("forecasts").get(0).get("method").asString()).isEqualTo("damped");
  }

  @Test
  void forecastOptionsAreUsageErrorsWhereTheyMeanNothing() {
    assertThat(CliRun.of("score", CliRun.ACME.toString(), "--method", "damped").err())
        .contains("--method needs --forecast");
    CliRun by = CliRun.of("score", CliRun.ACME.toString(), "--forecast", "--by", "month");
    assertThat(by.code()).isEqualTo(ExitCode.USAGE);
    assertThat(by.err()).contains("--forecast goes with a scorecard's score report");
  }
}
