package io.github.bsckit.analytics.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Polarity;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.export.MapExport;
import io.github.bsckit.graph.export.SvgOptions;
import io.github.bsckit.graph.map.StrategyMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvidenceAnalysisTest {
  private static final EvidenceAnalysis DEFAULTS = EvidenceAnalysis.defaults();

  private static Scorecard pair(String causeSpec, java.util.function.Consumer<CausalLink.Builder> link) {
    return Scorecard.builder("Pair")
        .objective("P1", "Process", "internal-process", o -> o.kpi("cause", "Cause", k -> {
          if (causeSpec.equals("decrease")) {
            k.decrease();
          }
        }))
        .objective("C1", "Customer", "customer", o -> o.kpi("effect", "Effect", k -> k.unit("%")))
        .link("P1", "C1", link)
        .build();
  }

  /** Cause a random walk; effect moves by beta times the cause's move lag months earlier, plus noise. */
  private static Actuals drivenPair(long seed, int months, int lag, double beta) {
    Random random = new Random(seed);
    double[] dc = new double[months];
    Actuals.Builder b = Actuals.builder();
    double c = 50;
    double e = 50;
    for (int t = 0; t < months; t++) {
      dc[t] = random.nextGaussian();
      c += dc[t];
      e += (t >= lag ? beta * dc[t - lag] : 0) + 0.5 * random.nextGaussian();
      String date = Simulated.START.plusMonths(t).atEndOfMonth().toString();
      b.add("cause", date, c).add("effect", date, e);
    }
    return b.build();
  }

  @Test
  void aLinkThatHoldsIsSupportedAtItsDeclaredLagWithPQAndBothCorrelations() {
    Scorecard s = pair("increase", l -> l.lag(Period.ofMonths(3)));
    EvidenceReport report = DEFAULTS.analyse(s, drivenPair(1, 48, 3, 1));
    LinkEvidence e = report.links().get(0);

    assertThat(e.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(e.declaredLag()).hasValue(3);
    assertThat(e.testedLag()).isEqualTo(3);
    assertThat(e.lagMatches()).isTrue();
    assertThat(e.signMatches()).isTrue();
    assertThat(e.pairs()).isEqualTo(44); // 48 months, one lost to differencing, three to the lag
    assertThat(e.pearson().r()).isGreaterThan(0.7);
    assertThat(e.spearman().r()).isGreaterThan(0.6);
    assertThat(e.byLag()).hasSize(7);
    assertThat(e.q()).isLessThanOrEqualTo(0.05).isGreaterThanOrEqualTo(e.p());
    assertThat(e.causeToEffect().p()).isLessThan(0.05);
    assertThat(e.cause()).contains(KpiId.of("cause"));
    assertThat(e.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(e.dataNeeded()).isEmpty();
    assertThat(report.counts()).containsEntry(Verdict.SUPPORTED, 1).containsEntry(Verdict.CONTRADICTED, 0);
  }

  @Test
  void aSignificantLinkWithTheWrongSignIsContradicted() {
    Scorecard s = pair("increase", l -> l.lag(Period.ofMonths(1)).inverse());
    LinkEvidence e = DEFAULTS.analyse(s, drivenPair(2, 48, 1, 1)).links().get(0);

    assertThat(e.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(e.signMatches()).isFalse();
  }

  @Test
  void aDecreaseKpiIsOrientedSoThatBetterIsUpAndTheLinkSaysWhatItMeans() {
    // The cause is a DECREASE KPI (say, defects): its values fall when it gets better. The effect rises with
    // the cause's raw value, so it falls when the cause gets better: a direct link is contradicted.
    Scorecard s = pair("decrease", l -> l.lag(Period.ofMonths(1)));
    LinkEvidence e = DEFAULTS.analyse(s, drivenPair(3, 48, 1, 1)).links().get(0);

    assertThat(e.pearson().r()).isLessThan(-0.5);
    assertThat(e.verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void tooFewPeriodsGiveInsufficientDataWithThePeriodsAndTheDateThatWouldBeEnough() {
    Scorecard s = pair("increase", l -> l.lag(Period.ofMonths(2)));
    LinkEvidence e = DEFAULTS.analyse(s, drivenPair(4, 12, 2, 1)).links().get(0);

    assertThat(e.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(e.pairs()).isEqualTo(9);
    DataNeeded d = e.dataNeeded().orElseThrow();
    assertThat(d.pairsNeeded()).isEqualTo(30);
    assertThat(d.pairsHave()).isEqualTo(9);
    assertThat(d.morePeriods()).isEqualTo(21);
    // The data ends 2023-12; 21 more months reach 2025-09.
    assertThat(d.until()).contains(LocalDate.of(2025, 9, 30));
    assertThat(d).hasToString("monthly data until 2025-09 would be enough (30 pairs, have 9)");
    assertThat(e.q()).isNaN();
  }

  @Test
  void edgeCasesGiveClearVerdictsNeverExceptions() {
    Scorecard s = pair("increase", l -> l.lag(Period.ofMonths(1)));
    Actuals.Builder constant = Actuals.builder();
    Actuals.Builder linear = Actuals.builder();
    Actuals.Builder gaps = Actuals.builder();
    Random random = new Random(5);
    for (int t = 0; t < 48; t++) {
      String date = Simulated.START.plusMonths(t).atEndOfMonth().toString();
      constant.add("cause", date, 7).add("effect", date, random.nextGaussian());
      linear.add("cause", date, 10 + 2 * t).add("effect", date, random.nextGaussian());
      if (t % 3 != 1) {
        gaps.add("cause", date, random.nextGaussian()).add("effect", date, random.nextGaussian());
      }
    }
    Actuals.Builder huge = Actuals.builder();
    for (int t = 0; t < 40; t++) {
      String date = Simulated.START.plusMonths(t).atEndOfMonth().toString();
      huge.add("cause", date, t % 2 == 0 ? Double.MAX_VALUE : -Double.MAX_VALUE).add("effect", date, t);
    }
    List<Actuals> cases = List.of(Actuals.empty(), constant.build(), linear.build(), gaps.build(), huge.build(),
        Actuals.builder().add("cause", "2026-01-31", 1).add("effect", "2026-01-31", 2).build(),
        Actuals.builder().add("cause", "2026-01-31", 1).build());
    for (Actuals a : cases) {
      LinkEvidence e = DEFAULTS.analyse(s, a).links().get(0);
      assertThat(e.verdict()).isIn(Verdict.INCONCLUSIVE, Verdict.INSUFFICIENT_DATA);
      assertThat(e.toString()).doesNotContain("NaN");
    }
    LinkEvidence flat = DEFAULTS.analyse(s, constant.build()).links().get(0);
    assertThat(flat.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(flat.notes()).anyMatch(n -> n.contains("cause's KPI cause") && n.contains("nothing to correlate"));
    LinkEvidence none = DEFAULTS.analyse(s, Actuals.empty()).links().get(0);
    assertThat(none.notes()).contains("the cause's KPI cause has no actuals", "the effect's KPI effect has no actuals");
    assertThat(none.dataNeeded().orElseThrow().until()).isEmpty();
    assertThat(none.dataNeeded().orElseThrow().morePeriods()).isEqualTo(32); // 30 pairs + 1 lag + 1 difference
    LinkEvidence holes = DEFAULTS.analyse(s, gaps.build()).links().get(0);
    assertThat(holes.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA); // every third month missing: few pairs
  }

  @Test
  void anObjectiveWithoutKpisAndACycleInTheMapAreReportedNotThrown() {
    Scorecard cyclic = Scorecard.builder("Cycle")
        .objective("P1", "Process", "internal-process", o -> o.kpi("cause", "Cause", k -> k.unit("%")))
        .objective("C1", "Customer", "customer", o -> o.kpi("effect", "Effect", k -> k.unit("%")))
        .objective("C2", "Empty", "customer")
        .link("P1", "C1").link("C1", "P1").link("C2", "C1")
        .build();
    EvidenceReport report = DEFAULTS.analyse(cyclic, drivenPair(6, 40, 0, 1));
    for (Transform t : Transform.values()) {
      assertThat(EvidenceAnalysis.of(EvidenceOptions.defaults().withTransform(t)).analyse(cyclic,
          drivenPair(6, 40, 0, 1)).links()).hasSize(3);
    }

    assertThat(report.links()).hasSize(3);
    assertThat(report.link(ObjectiveId.of("C2"), ObjectiveId.of("C1")).orElseThrow().notes())
        .contains("the cause C2 has no KPI");
    assertThat(report.link(ObjectiveId.of("P1"), ObjectiveId.of("C1")).orElseThrow().verdict())
        .isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void logAndSeasonalDifferencesApplyWhereTheyCanAndSayWhenTheyFellBack() {
    Scorecard s = pair("increase", l -> l.lag(Period.ofMonths(1)));
    EvidenceAnalysis logs = EvidenceAnalysis.of(EvidenceOptions.defaults().withTransform(Transform.LOG_DIFFERENCE));
    EvidenceAnalysis seasons =
        EvidenceAnalysis.of(EvidenceOptions.defaults().withTransform(Transform.SEASONAL_DIFFERENCE));

    LinkEvidence growth = logs.analyse(s, drivenPair(15, 48, 1, 1)).links().get(0);
    assertThat(growth.transform()).isEqualTo(Transform.LOG_DIFFERENCE);
    assertThat(growth.verdict()).isEqualTo(Verdict.SUPPORTED);
    LinkEvidence yearly = seasons.analyse(s, drivenPair(16, 60, 1, 1)).links().get(0);
    assertThat(yearly.transform()).isEqualTo(Transform.SEASONAL_DIFFERENCE);
    assertThat(yearly.pairs()).isEqualTo(47); // 60 months, a season of 12 lost to the difference, one to the lag
    LinkEvidence short1 = seasons.analyse(s, drivenPair(16, 20, 1, 1)).links().get(0);
    assertThat(short1.transform()).isEqualTo(Transform.DIFFERENCE); // fewer than two seasons
  }

  @Test
  void definitionalLinksAreNotTested() {
    Scorecard s = pair("increase", l -> l.definitional());
    EvidenceReport report = DEFAULTS.analyse(s, drivenPair(7, 48, 0, 1));

    assertThat(report.links()).isEmpty();
    assertThat(report.untested()).extracting(CausalLink::isEmpirical).containsExactly(false);
  }

  @Test
  void withoutADeclaredLagTheMostSignificantLagIsTestedAndItsPAdjustedForTheSearch() {
    Scorecard s = pair("increase", l -> { });
    LinkEvidence e = DEFAULTS.analyse(s, drivenPair(8, 60, 2, 1)).links().get(0);

    assertThat(e.declaredLag()).isEmpty();
    assertThat(e.testedLag()).isEqualTo(2);
    assertThat(e.p()).isEqualTo(Math.min(1, e.pearson().p() * 7));
    assertThat(e.notes()).anyMatch(n -> n.startsWith("no lag declared: lag 2"));
    assertThat(e.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void suggestsAStrongUnlinkedPairUpwardAndNeverAddsIt() {
    Scorecard s = Scorecard.builder("Unlinked")
        .objective("P1", "Process", "internal-process", o -> o.kpi("cause", "Cause", k -> k.unit("%")))
        .objective("C1", "Customer", "customer", o -> o.kpi("effect", "Effect", k -> k.unit("%")))
        .build();
    EvidenceReport report = DEFAULTS.analyse(s, drivenPair(9, 48, 1, 1));

    assertThat(report.links()).isEmpty();
    assertThat(report.suggestions()).singleElement().satisfies(x -> {
      assertThat(x.cause()).isEqualTo(ObjectiveId.of("P1"));
      assertThat(x.effect()).isEqualTo(ObjectiveId.of("C1"));
      assertThat(x.lag()).isEqualTo(1);
      assertThat(x.polarity()).isEqualTo(Polarity.DIRECT);
      assertThat(x.q()).isLessThanOrEqualTo(0.05);
    });
    assertThat(EvidenceAnalysis.of(EvidenceOptions.defaults().withSuggestions(false)).analyse(s,
        drivenPair(9, 48, 1, 1)).suggestions()).isEmpty();
  }

  @Test
  void theMapDrawsEachLinkInItsVerdictsStyleWithALegend() {
    Scorecard s = pair("increase", l -> l.lag(Period.ofMonths(3)));
    EvidenceReport report = DEFAULTS.analyse(s, drivenPair(1, 48, 3, 1));
    String svg = MapExport.svg(StrategyMap.of(s), report.svgOptions(SvgOptions.defaults()));

    assertThat(svg).contains("stroke=\"#2e7d32\"", ">supported</text>", "[supported: r = 0.");
  }

  @Test
  void aPanelOfUnitsGivesPowerThatOneShortSeriesCannot() {
    Scorecard s = pair("increase", l -> l.lag(Period.ofMonths(1)));
    List<PanelUnit> units = List.of(new PanelUnit("North", s, drivenPair(11, 14, 1, 0.8)),
        new PanelUnit("South", s, drivenPair(12, 14, 1, 0.8)), new PanelUnit("East", s, drivenPair(13, 14, 1, 0.8)),
        new PanelUnit("West", s, drivenPair(14, 14, 1, 0.8)));

    assertThat(DEFAULTS.analyse(s, units.get(0).actuals()).links().get(0).verdict())
        .isEqualTo(Verdict.INSUFFICIENT_DATA);
    PanelEvidence panel = DEFAULTS.panel(units).get(0);
    assertThat(panel.units()).containsExactly("North", "South", "East", "West");
    assertThat(panel.fit().n()).isEqualTo(48);
    assertThat(panel.lag()).isEqualTo(1);
    assertThat(panel.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(DEFAULTS.panel(units.subList(0, 1)).get(0).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(DEFAULTS.panel(units.subList(0, 1)).get(0).dataNeeded().orElseThrow().morePeriods()).isEqualTo(18);
  }

  @Test
  void rejectsBadOptionsAndPanelsNamingTheField() {
    assertThatThrownBy(() -> EvidenceOptions.defaults().withAlpha(0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("alpha");
    assertThatThrownBy(() -> EvidenceOptions.defaults().withMaxLag(25)).hasMessageContaining("maxLag")
        .hasMessageContaining("25");
    assertThatThrownBy(() -> DEFAULTS.panel(List.of())).hasMessageContaining("units");
    Scorecard s = pair("increase", l -> { });
    assertThatThrownBy(() -> DEFAULTS.panel(List.of(new PanelUnit("A", s, Actuals.empty()),
        new PanelUnit("A", s, Actuals.empty())))).hasMessageContaining("\"A\"");
    assertThat(EvidenceOptions.defaults().pairsNeeded()).isEqualTo(30);
    assertThat(Optional.of(EvidenceOptions.defaults().withDetectable(0.3).pairsNeeded())).contains(85);
  }
}
