package io.github.bsckit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.formula.Formula;
import io.github.bsckit.core.pacing.Pacing;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A KPI's builder: every setter returns the builder (so any order of calls chains), the text and typed forms of a
 * setter build equal KPIs, and a KPI rebuilt from {@link Kpi#toBuilder()} is equal to it, every field included.
 */
class KpiBuilderChainTest {
  private static final LocalDate BASE = LocalDate.parse("2026-06-30");
  private static final LocalDate MID = LocalDate.parse("2026-12-31");
  private static final LocalDate END = LocalDate.parse("2027-06-30");

  private static Kpi full() {
    return Kpi.builder("margin", "Gross margin").unit("%").lagging().increase().level().frequency(Frequency.QUARTERLY)
        .precision(1).weight(2).pacing("front-loaded").thresholds(Thresholds.of(0.9, 0.6))
        .scoring(ScoringSpec.expectedToDate()).aggregate(LevelAggregate.MEAN).emptyPeriods(EmptyPeriods.CARRY)
        .baseline(30, BASE).milestone(33, MID).target(36, END).build();
  }

  @Test
  void aKpiRebuiltFromItsBuilderIsEqualInEveryField() {
    Kpi k = full();
    assertThat(k.toBuilder().build()).isEqualTo(k);
    assertThat(k.milestones()).containsExactly(DatedValue.of(33, MID));
    assertThat(k.pacing()).contains(Pacing.frontLoaded());
    assertThat(k.thresholds()).contains(Thresholds.of(0.9, 0.6));
    assertThat(k.scoring()).contains(ScoringSpec.expectedToDate());
    assertThat(k.aggregate()).isEqualTo(LevelAggregate.MEAN);
    assertThat(k.emptyPeriods()).isEqualTo(EmptyPeriods.CARRY);

    Kpi calculated = Kpi.builder("per-customer", "Revenue per customer").formula("revenue / customers")
        .leading().decrease().flow().pacing(Pacing.custom(1, 2)).build();
    assertThat(calculated.toBuilder().build()).isEqualTo(calculated);
    assertThat(calculated.formula()).contains(Formula.parse("revenue / customers"));
    assertThat(Kpi.builder("x", "X").formula(Formula.parse("a + b")).build().formula()).contains(Formula.parse("a + b"));

    Kpi band = Kpi.builder("temp", "Cold-chain temperature").range(2, 8).baseline(9, BASE).target(5, END).build();
    assertThat(band.toBuilder().build()).isEqualTo(band);
    assertThat(band.range()).isPresent();
  }

  @Test
  void textAndTypedFormsOfEachSetterBuildEqualKpis() {
    assertThat(Kpi.builder("k", "K").baseline(1, "2026-06-30").milestone(2, "2026-12-31").target(3, "2027-06-30")
        .build()).isEqualTo(Kpi.builder("k", "K").baseline(1, BASE).milestone(2, MID).target(3, END).build());
    assertThat(Kpi.builder("k", "K").baseline(1, "2026-06-30").atLeast(3, "2027-06-30").build())
        .isEqualTo(Kpi.builder("k", "K").baseline(1, BASE).atLeast(3, END).build());
    assertThat(Kpi.builder("k", "K").baseline(9, "2026-06-30").atMost(3, "2027-06-30").build())
        .isEqualTo(Kpi.builder("k", "K").baseline(9, BASE).atMost(3, END).build());
    assertThat(Kpi.builder("k", "K").baseline(1, BASE).atLeast(3, END).build().targetKind())
        .isEqualTo(TargetKind.AT_LEAST);
    assertThat(Kpi.builder("k", "K").ordinal("C", "B", "A").baseline("C", "2026-06-30").milestone("B", "2026-12-31")
        .target("A", "2027-06-30").build())
        .isEqualTo(Kpi.builder("k", "K").ordinal("C", "B", "A").baseline("C", BASE).milestone(1, MID)
            .target("A", END).build());
    assertThat(Kpi.builder("k", "K").ordinal("C", "B", "A").baseline("C", BASE).atLeast("B", "2027-06-30").build()
        .target()).contains(DatedValue.of(1, END));
    assertThat(Kpi.builder("k", "K").ordinal("C", "B", "A").baseline("A", BASE).atMost("B", "2027-06-30").build()
        .target()).contains(DatedValue.of(1, END));
    assertThat(Kpi.builder("k", "K").doneBy("2027-06-30").build())
        .isEqualTo(Kpi.builder("k", "K").doneBy(END).build());
    assertThat(Kpi.builder("k", "K").doneBy(END).build().scale()).isEqualTo(Scale.milestone());
    assertThat(Kpi.builder("k", "K").indicator(Indicator.LEADING).build())
        .isEqualTo(Kpi.builder("k", "K").leading().build());
    assertThat(Kpi.builder("k", "K").direction(Direction.DECREASE).kind(KpiKind.FLOW).build())
        .isEqualTo(Kpi.builder("k", "K").decrease().flow().build());
    assertThat(Kpi.builder("k", "K").scale(Scale.ordinal("C", "B")).build())
        .isEqualTo(Kpi.builder("k", "K").ordinal("C", "B").build());
    assertThat(Kpi.builder("k", "K").baseline(1, BASE).target(3, END).targetKind(TargetKind.AT_LEAST).build())
        .isEqualTo(Kpi.builder("k", "K").baseline(1, BASE).atLeast(3, END).build());
  }
}
