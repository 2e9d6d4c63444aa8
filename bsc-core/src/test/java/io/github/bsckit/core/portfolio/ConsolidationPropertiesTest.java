package io.github.bsckit.core.portfolio;

import static io.github.bsckit.core.portfolio.Group.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.RollUp;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.scoring.ScoreReport;
import io.github.bsckit.core.scoring.Scorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of consolidation, on generated portfolios and actuals. */
class ConsolidationPropertiesTest {
  private static final int EXAMPLES = 100;
  private static final String[] PERSPECTIVES = {"financial", "customer", "internal-process", "learning-growth"};

  /** One business unit's numbers: revenue, deals won and quoted (each may be missing, as NaN), and a weight. */
  record UnitCase(double revenue, double won, double quoted, double weight) {}

  private static Gen<Double> maybe(Gen<Double> value) {
    return integers().between(0, 4).zip(value, (coin, v) -> coin == 0 ? Double.NaN : v);
  }

  private static Gen<List<UnitCase>> units() {
    Gen<UnitCase> unit = maybe(doubles().between(0, 1e6)).zip(maybe(doubles().between(0, 100)),
        maybe(doubles().between(1, 200)), doubles().between(0.5, 5), UnitCase::new);
    return lists().of(unit).ofSizeBetween(1, 7);
  }

  /** A group of n business units under corp, each aligned, with revenue summed and the win rate a ratio of sums. */
  private static Portfolio group(List<UnitCase> cases) {
    Portfolio.Builder b = Portfolio.builder("Group").unit(Unit.root("corp", "Corp", Group.corporate()));
    List<UnitKpi> revenues = new ArrayList<>();
    List<UnitKpi> won = new ArrayList<>();
    List<UnitKpi> quoted = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String id = "bu" + i;
      b.unit(Unit.of(id, "BU " + i, "corp", Group.business("BU " + i)).withWeight(cases.get(i).weight()))
          .align(id, "F1", "corp", "F1").align(id, "C1", "corp", "C1");
      revenues.add(UnitKpi.of(id, "revenue"));
      won.add(UnitKpi.of(id, "won"));
      quoted.add(UnitKpi.of(id, "quoted"));
    }
    return b.rollUp(KpiRollUp.of(UnitKpi.parse("corp/revenue"), Aggregation.SUM, revenues))
        .rollUp(KpiRollUp.ratioOfSums(UnitKpi.parse("corp/win-rate"), won, quoted, 100)).build();
  }

  private static Map<UnitId, Actuals> actuals(List<UnitCase> cases) {
    Map<UnitId, Actuals> out = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      UnitCase c = cases.get(i);
      Actuals.Builder a = Actuals.builder();
      add(a, "revenue", c.revenue());
      add(a, "won", c.won());
      add(a, "quoted", c.quoted());
      out.put(UnitId.of("bu" + i), a.build());
    }
    return out;
  }

  private static void add(Actuals.Builder a, String kpi, double value) {
    if (!Double.isNaN(value)) {
      a.add(kpi, AS_OF.toString(), value);
    }
  }

  private static OptionalDouble rolled(PortfolioReport r, String kpi) {
    return r.rolledUp(UnitKpi.parse(kpi)).orElseThrow().latest()
        .map(v -> OptionalDouble.of(v.value())).orElse(OptionalDouble.empty());
  }

  @Test
  void aSumRollUpEqualsTheSumOfTheValuesTheUnitsReported() {
    qt().withExamples(EXAMPLES).forAll(units()).checkAssert(cases -> {
      PortfolioReport r = Consolidation.defaults().score(group(cases), actuals(cases), AS_OF);
      double sum = cases.stream().mapToDouble(UnitCase::revenue).filter(v -> !Double.isNaN(v)).sum();
      long reported = cases.stream().filter(c -> !Double.isNaN(c.revenue())).count();
      if (reported == 0) {
        assertThat(rolled(r, "corp/revenue")).isEmpty();
      } else {
        assertThat(rolled(r, "corp/revenue").getAsDouble()).isCloseTo(sum, within(1e-9 * Math.max(1, sum)));
        assertThat(r.rolledUp(UnitKpi.parse("corp/revenue")).orElseThrow().latest().orElseThrow().coverage())
            .isCloseTo((double) reported / cases.size(), within(1e-12));
      }
    });
  }

  @Test
  void aRatioOfSumsIsTheRatioOfTheSummedPartsNotTheMeanOfTheUnitsRatios() {
    qt().withExamples(EXAMPLES).forAll(units()).checkAssert(cases -> {
      PortfolioReport r = Consolidation.defaults().score(group(cases), actuals(cases), AS_OF);
      double won = cases.stream().mapToDouble(UnitCase::won).filter(v -> !Double.isNaN(v)).sum();
      double quoted = cases.stream().mapToDouble(UnitCase::quoted).filter(v -> !Double.isNaN(v)).sum();
      boolean anyWon = cases.stream().anyMatch(c -> !Double.isNaN(c.won()));
      if (!anyWon || quoted == 0) {
        assertThat(rolled(r, "corp/win-rate")).isEmpty();
        return;
      }
      double ratio = 100 * won / quoted;
      assertThat(rolled(r, "corp/win-rate").getAsDouble()).isCloseTo(ratio, within(1e-9 * Math.max(1, ratio)));
    });
  }

  @Test
  void aRatioOfSumsDiffersFromTheMeanOfRatiosWhenUnitsDifferInSize() {
    List<UnitCase> cases = List.of(new UnitCase(1, 30, 40, 1), new UnitCase(1, 1, 10, 1));
    PortfolioReport r = Consolidation.defaults().score(group(cases), actuals(cases), AS_OF);
    assertThat(rolled(r, "corp/win-rate").getAsDouble()).isCloseTo(62, within(1e-9)).isNotCloseTo(42.5, within(1.0));
  }

  @Test
  void removingAUnitWithNoDataChangesNothingButCoverage() {
    qt().withExamples(EXAMPLES).forAll(units(), doubles().between(0.5, 5)).checkAssert((cases, weight) -> {
      List<UnitCase> withSilent = new ArrayList<>(cases);
      withSilent.add(new UnitCase(Double.NaN, Double.NaN, Double.NaN, weight));
      Portfolio full = group(withSilent);
      Map<UnitId, Actuals> actuals = actuals(withSilent);
      UnitId silent = UnitId.of("bu" + cases.size());
      actuals.remove(silent);
      PortfolioReport before = Consolidation.defaults().score(full, actuals, AS_OF);
      PortfolioReport after = Consolidation.defaults().score(full.withoutUnit(silent), actuals, AS_OF);
      for (UnitScore u : after.units().values()) {
        UnitScore b = before.unit(u.unit().id()).orElseThrow();
        assertThat(u.score()).as(u.toString()).isEqualTo(b.score());
        assertThat(u.status()).isEqualTo(b.status());
        u.objectives().forEach((id, o) -> {
          assertThat(o.score()).as(o.explain()).isEqualTo(b.objective(id).orElseThrow().score());
          assertThat(o.coverage()).isGreaterThanOrEqualTo(b.objective(id).orElseThrow().coverage() - 1e-12);
        });
      }
      assertThat(rolled(after, "corp/revenue")).isEqualTo(rolled(before, "corp/revenue"));
      assertThat(rolled(after, "corp/win-rate")).isEqualTo(rolled(before, "corp/win-rate"));
    });
  }

  /** A scorecard of 1-6 objectives over the four perspectives, 1-3 KPIs each, with random weights and data. */
  record CardCase(Scorecard scorecard, Actuals actuals) {}

  private static Gen<CardCase> cards() {
    Gen<List<Integer>> shape = lists().of(integers().between(0, 99)).ofSizeBetween(1, 6);
    return shape.zip(lists().of(doubles().between(0, 150)).ofSize(18), integers().between(0, RollUp.values().length - 1),
        (objectives, values, rollUp) -> {
          Scorecard.Builder b = Scorecard.builder("Unit").scoring(Group.PROGRESS.withRollUp(RollUp.values()[rollUp]));
          Actuals.Builder a = Actuals.builder();
          int v = 0;
          for (int i = 0; i < objectives.size(); i++) {
            int seed = objectives.get(i);
            int kpis = 1 + seed % 3;
            int at = i;
            List<Integer> weights = new ArrayList<>();
            for (int j = 0; j < kpis; j++) {
              weights.add((seed / 3 + j) % 4);
              double value = values.get(v++);
              if (value < 120) {
                a.add("k" + at + "-" + j, AS_OF.toString(), value);
              }
            }
            b.objective("O" + i, "Objective " + i, PERSPECTIVES[seed % 4], o -> {
              o.weight(seed % 5);
              for (int j = 0; j < kpis; j++) {
                double w = weights.get(j);
                o.kpi("k" + at + "-" + j, "KPI " + j, k -> k.weight(w).baseline(0, "2026-01-01").target(100, "2026-12-31"));
              }
            });
          }
          return new CardCase(b.build(), a.build());
        });
  }

  @Test
  void aPortfolioOfOneUnitScoresLikeThatUnitsScorecard() {
    qt().withExamples(EXAMPLES).forAll(cards()).checkAssert(c -> {
      Portfolio one = Portfolio.builder("One").unit(Unit.root("only", "Only", c.scorecard())).build();
      PortfolioReport r = Consolidation.defaults().score(one, Map.of(UnitId.of("only"), c.actuals()), AS_OF);
      ScoreReport alone = Scorer.defaults().score(c.scorecard(), c.actuals(), AS_OF);
      UnitScore u = r.root();
      assertThat(u.score()).as(alone.toString()).isEqualTo(alone.scorecard().score());
      assertThat(u.coverage()).isEqualTo(alone.scorecard().coverage());
      assertThat(u.status()).isEqualTo(alone.scorecard().status());
      alone.objectives().forEach((id, node) -> {
        assertThat(u.objective(id).orElseThrow().score()).isEqualTo(node.score());
        assertThat(u.objective(id).orElseThrow().coverage()).isEqualTo(node.coverage());
      });
    });
  }
}
