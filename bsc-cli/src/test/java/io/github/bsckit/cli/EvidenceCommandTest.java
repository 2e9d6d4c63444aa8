package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.support.ExitCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@Tag("text")
class EvidenceCommandTest {
  static final Path HISTORY = Path.of("..", "bsc-examples", "documents", "acme-retail-history.csv");

  @Test
  void printsOneLinePerLinkWithItsVerdictAndTheLinksNobodyDrew() {
    CliRun r = CliRun.of("evidence", CliRun.ACME.toString(), "--actuals", HISTORY.toString());

    assertThat(r.code()).isZero();
    // The history is a longer series of the same KPIs, not the document's: it replaces its values and says so.
    assertThat(r.err()).startsWith("bsc: warning: " + HISTORY + " replaces 166 of the document's actuals with other "
        + "values, the first brand-trust on 2025-10-31: 22 in the document, 24.2 in the file");
    assertThat(r.out()).startsWith("Evidence for Acme Retail: 13 links tested, false-discovery rate 5%")
        .containsPattern("L1 -> P1 +supported +0\\.62 +3 +<0\\.001 +<0\\.001 ")
        .containsPattern("C2 -> F1 +contradicted +-0\\.64 ")
        .containsPattern("L4 -> P4 +insufficient-data .*monthly data until 2028-08 would be enough")
        .contains("(30 pairs, have 7)")
        .contains("Links nobody drew (candidates to judge, not added):", "P4 -> C1", "not proof of causation");
  }

  @Test
  void withoutTheHistoryEveryLinkLacksData() {
    JsonNode json = CliRun.of("evidence", CliRun.ACME.toString(), "--json").json();

    assertThat(json.get("counts").get("insufficient-data").asInt()).isEqualTo(13);
    // The document's own 12 months: 8 pairs at lag 3 for L1 -> P1, 22 more months after 2026-09.
    assertThat(json.get("links").get(0).get("until").asString()).isEqualTo("2028-07");
  }

  @Test
  void jsonCarriesTheFiguresOfEveryLink() {
    JsonNode json = CliRun.of("evidence", CliRun.ACME.toString(), "--actuals", HISTORY.toString(), "--json").json();

    assertThat(json.get("pairsNeeded").asInt()).isEqualTo(30);
    JsonNode first = json.get("links").get(0);
    assertThat(first.get("verdict").asString()).isEqualTo("supported");
    assertThat(first.get("declaredLag").asInt()).isEqualTo(3);
    assertThat(first.get("q").asDouble()).isLessThan(0.05);
    assertThat(json.get("suggestions").get(0).get("from").asString()).isEqualTo("P4");
  }

  @Test
  void theEvidenceMapDrawsLinksByVerdictWithALegend() {
    CliRun r = CliRun.of("map", CliRun.ACME.toString(), "--actuals", HISTORY.toString(), "--evidence");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("<?xml").contains(">supported</text>", ">contradicted</text>",
        ">inconclusive</text>", ">insufficient data</text>", "stroke-dasharray=\"2 3\"");
  }

  @Test
  void theEvidenceMapIsSvgOnly() {
    CliRun r = CliRun.of("map", CliRun.ACME.toString(), "--evidence", "--format", "dot");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--evidence draws the SVG map only");
  }

  @Test
  void forecastSaysOnPaceOrByHowMuchEachKpiWillMiss() {
    CliRun r = CliRun.of("forecast", CliRun.ACME.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("KPI").contains("retention", "80% INTERVAL").containsPattern("will miss by|on pace");
    JsonNode json = CliRun.of("forecast", CliRun.ACME.toString(), "--json").json();
    assertThat(json.get("forecasts").size()).isGreaterThan(10);
    assertThat(json.get("forecasts").get(0).get("level").asDouble()).isEqualTo(0.8);
  }

  @Test
  void forecastByDampedTrendSaysSoAndCarriesItsParameters() {
    CliRun r = CliRun.of("forecast", CliRun.ACME.toString(), "--method", "damped");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("A damped trend").containsPattern("will miss by|on pace");
    JsonNode f = CliRun.of("forecast", CliRun.ACME.toString(), "--method", "damped", "--json").json()
        .get("forecasts").get(0);
    assertThat(f.get("method").asString()).isEqualTo("damped");
    assertThat(f.get("phi").asDouble()).isBetween(0.8, 0.98);
    assertThat(CliRun.of("forecast", CliRun.ACME.toString(), "--json").json().get("forecasts").get(0).get("phi")
        .isNull()).isTrue();
    CliRun wrong = CliRun.of("forecast", CliRun.ACME.toString(), "--method", "holt");
    assertThat(wrong.code()).isEqualTo(ExitCode.USAGE);
    assertThat(wrong.err()).contains("must be linear or damped but was holt");
  }
}
