package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Text as long as real scorecards write it: public-sector objective names of 100–150 characters, units that
 * are a phrase, visions of a paragraph. None of it may be refused; only text no scorecard holds is.
 */
class RealTextLengthsTest {
  private static final String UNIT = "score out of 5, for each major constituency";
  private static final String OBJECTIVE = "Improve the health, safety and well-being of residents by strengthening"
      + " community partnerships and expanding access to preventive services";
  private static final String KPI = "Percentage of residents who rate the overall quality of city services as good"
      + " or excellent in the annual resident survey";
  private static final String THEME = "Safe, healthy and resilient neighbourhoods where every resident can thrive";

  @Test
  void theRealLengthsAreWhatThisTestClaims() {
    assertThat(UNIT).hasSize(43);
    assertThat(OBJECTIVE.length()).isBetween(130, 150);
    assertThat(KPI.length()).isBetween(100, 130);
  }

  @Test
  void aDocumentWithAPhraseForAUnitAndLongNamesReadsAndRoundTrips() {
    String yaml = """
        bsc: 1
        name: City of Riverton
        themes:
          - {id: T1, name: "%s"}
        objectives:
          - id: C1
            perspective: customer
            name: "%s"
            themes: [T1]
            kpis:
              - id: satisfaction
                name: "%s"
                unit: "%s"
                baseline: {value: 3.1, date: 2026-01-01}
                target: {value: 3.8, date: 2026-12-31}
        """.formatted(THEME, OBJECTIVE, KPI, UNIT);
    Scorecard s = DocumentReader.of(Format.YAML).read(yaml, "riverton.yaml").scorecard();
    Objective o = s.objective(ObjectiveId.of("C1")).orElseThrow();
    assertThat(o.name()).isEqualTo(OBJECTIVE);
    assertThat(o.kpis().get(0).name()).isEqualTo(KPI);
    assertThat(o.kpis().get(0).unit()).isEqualTo(UNIT);
    for (Format f : Format.values()) {
      String text = DocumentWriter.of(f).write(s);
      assertThat(DocumentReader.of(f).read(text, "again").scorecard()).isEqualTo(s);
    }
  }

  @Test
  void theBuilderTakesAPhraseForAUnitAndLongNames() {
    Scorecard s = Scorecard.builder("City of Riverton")
        .vision("A city where " + "every neighbourhood is safe, healthy and prosperous, ".repeat(40))
        .objective("C1", OBJECTIVE, "customer", o -> o.description("Why it matters: ".repeat(500))
            .kpi("satisfaction", KPI, k -> k.unit(UNIT).baseline(3.1, "2026-01-01").target(3.8, "2026-12-31")))
        .build();
    Kpi k = s.objective(ObjectiveId.of("C1")).orElseThrow().kpis().get(0);
    assertThat(k.unit()).isEqualTo(UNIT);
    assertThat(k.name()).isEqualTo(KPI);
  }

  @Test
  void textNoScorecardHoldsIsStillRefusedWithItsPathAndLength() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Scorecard.builder("Acme")
        .objective("F1", "Grow", "financial", o -> o.kpi("k1", "Revenue", k -> k.unit("u".repeat(100_001))))
        .build());
    assertThat(e.problems()).singleElement().hasToString(
        "objectives[0].kpis[0].unit: must be at most 100000 characters but was 100001");
  }
}
