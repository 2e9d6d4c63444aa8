package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.support.ExitCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@Tag("text")
class OkrCommandTest {
  @Test
  void printsEachQuarterWithWordedKeyResults() {
    CliRun r = CliRun.of("okr", CliRun.ACME.toString(), "--year", "FY2026");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("FY2026 Q1 (2026-01-01 to 2026-03-31)\n  F1 Grow Lifetime Customer Value\n")
        .contains("    - Increase Customer retention rate from 85% to 86.3% in FY2026 Q1\n");
  }

  @Test
  void frontLoadedPacingMovesFasterEarly() {
    CliRun r = CliRun.of("okr", CliRun.ACME.toString(), "--pacing", "front");

    assertThat(r.out()).contains("Increase Customer retention rate from 85% to 87% in FY2026 Q1");
  }

  @Test
  void jsonWritesAnOrdinalKeyResultsLevelsBesideTheirPositions() {
    JsonNode json = CliRun.of("okr", "--json", CliRun.RIVERTON.toString()).json();

    JsonNode raise = null;
    for (JsonNode q : json.get("quarters")) {
      for (JsonNode o : q.get("objectives")) {
        for (JsonNode kr : o.get("keyResults")) {
          if (raise == null && kr.get("kpi").asString().equals("credit-rating")
              && kr.get("type").asString().equals("increase")) {
            raise = kr;
          }
        }
      }
    }
    assertThat(raise).isNotNull();
    assertThat(raise.get("start").asDouble()).isEqualTo(5);
    assertThat(raise.get("startLevel").asString()).isEqualTo("AA");
    assertThat(raise.get("targetLevel").asString()).isEqualTo("AA+");
  }

  @Test
  void jsonHasTheDocumentedShape() {
    JsonNode q1 = CliRun.of("okr", "--json", CliRun.ACME.toString(), "--pacing", "seasonal:1,1,1,1").json()
        .get("quarters").get(0);

    assertThat(q1.get("label").asString()).isEqualTo("FY2026 Q1");
    assertThat(q1.get("start").asString()).isEqualTo("2026-01-01");
    assertThat(q1.get("end").asString()).isEqualTo("2026-03-31");
    JsonNode c1 = q1.get("objectives").get(3);
    assertThat(c1.get("id").asString()).isEqualTo("C1");
    JsonNode kr = c1.get("keyResults").get(0);
    assertThat(kr.get("kpi").asString()).isEqualTo("retention");
    assertThat(kr.get("start").asDouble()).isEqualTo(85);
    assertThat(kr.get("target").asDouble()).isEqualTo(86.3);
    assertThat(kr.get("startLevel").isNull()).isTrue();
    assertThat(kr.get("targetLevel").isNull()).isTrue();
    assertThat(kr.get("unit").asString()).isEqualTo("%");
    assertThat(kr.get("text").asString()).isEqualTo("Increase Customer retention rate from 85% to 86.3% in FY2026 Q1");
  }

  @Test
  void aYearOutsideThePlanIsAUsageError() {
    CliRun r = CliRun.of("okr", CliRun.ACME.toString(), "--year", "2031");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("bsc okr: the plan has no quarter in FY2031\n");
  }
}
