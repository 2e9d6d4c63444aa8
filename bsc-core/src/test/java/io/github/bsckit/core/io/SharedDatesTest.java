package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A read gives every KPI the same date object for the same date text, and still the right date for each. */
class SharedDatesTest {
  private static final String DOC = """
      bsc: 1
      name: Shared dates
      objectives:
        - id: F1
          name: Grow
          perspective: financial
          kpis:
            - {id: a, name: A, baseline: {value: 1, date: 2026-01-01}, target: {value: 2, date: 2026-12-31}}
            - {id: b, name: B, baseline: {value: 1, date: 2026-01-01}, target: {value: 2, date: 2026-12-31}}
            - {id: c, name: C, baseline: {value: 1, date: 2026-02-01}, target: {value: 2, date: 2026-03-01}}
            - {id: d, name: D, baseline: {value: 1, date: 2026-04-01}, target: {value: 2, date: 2026-05-01}}
            - {id: e, name: E, baseline: {value: 1, date: 2026-01-01}, target: {value: 2, date: 2026-12-31},
               milestones: [{value: 1.5, date: 2026-06-30}]}
      """;

  @Test
  void kpisNamingTheSameDateShareOneLocalDate() {
    List<Kpi> kpis = read().kpis();
    assertThat(kpis.get(1).baseline().orElseThrow().date()).isSameAs(kpis.get(0).baseline().orElseThrow().date());
    assertThat(kpis.get(1).target().orElseThrow().date()).isSameAs(kpis.get(0).target().orElseThrow().date());
  }

  @Test
  void everyKpiKeepsTheDatesItNames() {
    List<Kpi> kpis = read().kpis();
    assertThat(kpis).extracting(k -> k.baseline().orElseThrow().date()).containsExactly(
        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"),
        LocalDate.parse("2026-04-01"), LocalDate.parse("2026-01-01"));
    assertThat(kpis).extracting(k -> k.target().orElseThrow().date()).containsExactly(
        LocalDate.parse("2026-12-31"), LocalDate.parse("2026-12-31"), LocalDate.parse("2026-03-01"),
        LocalDate.parse("2026-05-01"), LocalDate.parse("2026-12-31"));
    assertThat(kpis.get(4).milestones()).extracting(m -> m.date()).containsExactly(LocalDate.parse("2026-06-30"));
  }

  private static Scorecard read() {
    return DocumentReader.of(Format.YAML).read(DOC, "shared.yaml").scorecard();
  }
}
