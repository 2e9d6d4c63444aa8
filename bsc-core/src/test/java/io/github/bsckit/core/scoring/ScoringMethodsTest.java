package io.github.bsckit.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.ScoringSpec;
import io.github.bsckit.core.model.Thresholds;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each built-in method on its own, and the registry that names them. */
@Tag("text")
class ScoringMethodsTest {
  private static final LocalDate AS_OF = LocalDate.parse("2026-07-02");

  private static double raw(ScoringMethod method, Kpi kpi, double value) {
    return raw(method, kpi, value, AS_OF);
  }

  private static double raw(ScoringMethod method, Kpi kpi, double value, LocalDate asOf) {
    ScoringSpec spec = kpi.scoring().orElse(ScoringSpec.of(method.toString()));
    return method.score(ScoringInput.of(kpi, spec, asOf, DatedValue.of(value, asOf)));
  }

  @Test
  void progressOfADecreaseKpiCountsTheWayDown() {
    Kpi churn = Kpi.builder("churn", "Churn").decrease().baseline(10, "2026-01-01").target(4, "2026-12-31").build();
    assertThat(raw(ScoringMethods.PROGRESS, churn, 7)).isCloseTo(0.5, within(1e-12));
    assertThat(raw(ScoringMethods.PROGRESS, churn, 4)).isEqualTo(1.0);
    assertThat(raw(ScoringMethods.PROGRESS, churn, 1)).isCloseTo(1.5, within(1e-12));
  }

  @Test
  void progressOfAMaintainKpiScoresFullAtOrBetterThanTargetAndNeverDividesByZero() {
    Kpi uptime = Kpi.builder("uptime", "Uptime").baseline(95, "2026-01-01").target(95, "2026-12-31").build();
    assertThat(raw(ScoringMethods.PROGRESS, uptime, 95)).isEqualTo(1.0);
    assertThat(raw(ScoringMethods.PROGRESS, uptime, 99)).isEqualTo(1.0);
    assertThat(raw(ScoringMethods.PROGRESS, uptime, 94.9)).isEqualTo(0.0);
    Kpi incidents = Kpi.builder("incidents", "Incidents").decrease().baseline(5, "2026-01-01")
        .target(5, "2026-12-31").build();
    assertThat(raw(ScoringMethods.PROGRESS, incidents, 4)).isEqualTo(1.0);
    assertThat(raw(ScoringMethods.PROGRESS, incidents, 6)).isEqualTo(0.0);
  }

  @Test
  void progressOfARangeKpiMeasuresTheWayTowardsTheBand() {
    Kpi stock = Kpi.builder("stock", "Days of stock").range(20, 30).baseline(50, "2026-01-01")
        .scoring(ScoringSpec.of("progress")).build();
    assertThat(raw(ScoringMethods.PROGRESS, stock, 40)).isCloseTo(0.5, within(1e-12));
    assertThat(raw(ScoringMethods.PROGRESS, stock, 25)).isEqualTo(1.0);
  }

  @Test
  void performanceOfADecreaseKpiCountsFromTheMaximumDown() {
    Kpi cost = Kpi.builder("cost", "Cost").decrease()
        .scoring(ScoringSpec.of("performance", Map.of("min", 0.0, "max", 200.0))).build();
    assertThat(raw(ScoringMethods.PERFORMANCE, cost, 50)).isCloseTo(0.75, within(1e-12));
    assertThat(raw(ScoringMethods.PERFORMANCE, cost, 200)).isEqualTo(0.0);
  }

  @Test
  void expectedToDateStepsAQuarterOfTheWayEachQuarterWithoutMilestonesOrPacing() {
    Kpi sales = Kpi.builder("sales", "Sales").baseline(0, "2026-01-01").target(100, "2026-12-31").build();
    LocalDate midYear = LocalDate.parse("2026-06-30"); // two of four quarters: 50 expected
    assertThat(raw(ScoringMethods.EXPECTED_TO_DATE, sales, 40, midYear)).isCloseTo(0.8, within(1e-12));
    assertThat(raw(ScoringMethods.EXPECTED_TO_DATE, sales, 60, midYear)).isCloseTo(1.2, within(1e-12));
    // 2026-07-02 is 2 of Q3's 92 days after its start: 50 + 25·2/92 expected
    assertThat(raw(ScoringMethods.EXPECTED_TO_DATE, sales, 40)).isCloseTo(40 / (50 + 25 * 2 / 92.0), within(1e-12));
  }

  @Test
  void expectedToDateFollowsTheKpisPacing() {
    Kpi frontLoaded = Kpi.builder("sales", "Sales").baseline(0, "2025-12-31").target(100, "2026-12-31")
        .pacing("front-loaded").build();
    // 40 + 30 of the way by mid-year
    assertThat(raw(ScoringMethods.EXPECTED_TO_DATE, frontLoaded, 56, LocalDate.parse("2026-06-30")))
        .isCloseTo(0.8, within(1e-12));
  }

  @Test
  void expectedToDateFollowsTheMilestones() {
    Kpi frontLoaded = Kpi.builder("sales", "Sales").baseline(0, "2026-01-01").milestone(80, "2026-03-31")
        .target(100, "2026-12-31").build();
    assertThat(raw(ScoringMethods.EXPECTED_TO_DATE, frontLoaded, 60, LocalDate.parse("2026-03-31")))
        .isCloseTo(0.75, within(1e-12));
    // Two of the three quarters from the milestone to the target: 80 + 20·2/3 is expected.
    assertThat(raw(ScoringMethods.EXPECTED_TO_DATE, frontLoaded, 70, LocalDate.parse("2026-09-30")))
        .isCloseTo(70 / (80 + 40 / 3.0), within(1e-12));
  }

  @Test
  void expectedToDateBeforeTheBaselineDateAsksOnlyToHoldTheBaselineAndAfterTheTargetDateIsProgress() {
    Kpi churn = Kpi.builder("churn", "Churn").decrease().baseline(10, "2026-03-01").target(4, "2026-12-31").build();
    LocalDate early = LocalDate.parse("2026-02-01");
    assertThat(raw(ScoringMethods.EXPECTED_TO_DATE, churn, 10, early)).isEqualTo(1.0);
    assertThat(raw(ScoringMethods.EXPECTED_TO_DATE, churn, 10.5, early)).isEqualTo(0.0);
    LocalDate late = LocalDate.parse("2027-02-01");
    assertThat(raw(ScoringMethods.EXPECTED_TO_DATE, churn, 7, late))
        .isEqualTo(raw(ScoringMethods.PROGRESS, churn, 7, late));
  }

  @Test
  void binaryScoresOneOnlyWhenTheTargetIsReached() {
    Kpi churn = Kpi.builder("churn", "Churn").decrease().target(4, "2026-12-31").build();
    assertThat(raw(ScoringMethods.BINARY, churn, 4)).isEqualTo(1.0);
    assertThat(raw(ScoringMethods.BINARY, churn, 3)).isEqualTo(1.0);
    assertThat(raw(ScoringMethods.BINARY, churn, 4.01)).isEqualTo(0.0);
  }

  @Test
  void rangeIsFullInsideTheBandAndFallsOffLinearlyOverTheTolerance() {
    Kpi stock = Kpi.builder("stock", "Days of stock").range(20, 30)
        .scoring(ScoringSpec.of("range").withParameter("tolerance", 5)).build();
    assertThat(raw(ScoringMethods.RANGE, stock, 25)).isEqualTo(1.0);
    assertThat(raw(ScoringMethods.RANGE, stock, 20)).isEqualTo(1.0);
    assertThat(raw(ScoringMethods.RANGE, stock, 17.5)).isCloseTo(0.5, within(1e-12));
    assertThat(raw(ScoringMethods.RANGE, stock, 32)).isCloseTo(0.6, within(1e-12));
    assertThat(raw(ScoringMethods.RANGE, stock, 40)).isLessThan(0);
  }

  @Test
  void rangeToleranceDefaultsToTheBandWidthAndZeroMakesItAStep() {
    Kpi stock = Kpi.builder("stock", "Days of stock").range(20, 30).build();
    assertThat(raw(ScoringMethods.RANGE, stock, 35)).isCloseTo(0.5, within(1e-12));
    Kpi strict = stock.toBuilder().scoring(ScoringSpec.of("range").withParameter("tolerance", 0)).build();
    assertThat(raw(ScoringMethods.RANGE, strict, 30)).isEqualTo(1.0);
    assertThat(raw(ScoringMethods.RANGE, strict, 30.001)).isEqualTo(0.0);
  }

  @Test
  void aMissingBaselineIsNotScorableAndSaysWhatIsMissing() {
    Kpi noBaseline = Kpi.builder("nps", "NPS").target(50, "2026-12-31").build();
    assertThatThrownBy(() -> raw(ScoringMethods.PROGRESS, noBaseline, 30))
        .isInstanceOf(NotScorableException.class)
        .hasMessage("progress needs a baseline, but KPI nps has none");
  }

  @Test
  void checksReportMissingUnknownAndOutOfRangeParameters() {
    Kpi kpi = Kpi.builder("k", "K").build();
    assertThat(ScoringMethods.PERFORMANCE.check(ScoringSpec.of("performance", Map.of("min", 5.0)), kpi))
        .containsExactly(Problem.at("parameters.max", "performance needs parameter max but it is not set"));
    assertThat(ScoringMethods.PERFORMANCE.check(ScoringSpec.of("performance", Map.of("min", 5.0, "max", 5.0)), kpi))
        .containsExactly(Problem.at("parameters.max", "must be above min (5) but was 5"));
    assertThat(ScoringMethods.PROGRESS.check(ScoringSpec.of("progress", Map.of("tolerance", 1.0)), kpi))
        .containsExactly(Problem.at("parameters.tolerance", "progress takes no parameters, but tolerance is set"));
    assertThat(ScoringMethods.GOAL_RED_FLAG.check(ScoringSpec.of("goal-red-flag",
        Map.of("goal", 500.0, "redFlag", 700.0)), kpi)).containsExactly(Problem.at("parameters.goal",
        "must be above redFlag (700) for KPI k, whose direction is increase, but was 500"));
    assertThat(ScoringMethods.RANGE.check(ScoringSpec.of("range", Map.of("tolerance", -1.0)), kpi))
        .extracting(Problem::path).containsExactly("method", "parameters.tolerance");
  }

  @Test
  void eachMethodHasItsDocumentedDefaultThresholds() {
    assertThat(ScoringMethods.PROGRESS.defaultThresholds()).isEqualTo(Thresholds.of(0.9, 0.6));
    assertThat(ScoringMethods.PERFORMANCE.defaultThresholds()).isEqualTo(Thresholds.of(0.9, 0.6));
    assertThat(ScoringMethods.RANGE.defaultThresholds()).isEqualTo(Thresholds.of(0.9, 0.6));
    assertThat(ScoringMethods.GOAL_RED_FLAG.defaultThresholds()).isEqualTo(Thresholds.of(2.0 / 3, 1.0 / 3));
    assertThat(ScoringMethods.EXPECTED_TO_DATE.defaultThresholds()).isEqualTo(Thresholds.of(0.95, 0.65));
    assertThat(ScoringMethods.BINARY.defaultThresholds()).isEqualTo(Thresholds.of(1, 1));
  }

  @Test
  void theRegistryNamesTheBuiltInsAndTakesNewMethodsWithoutChangingItself() {
    ScoringMethods defaults = ScoringMethods.defaults();
    ScoringMethod half = in -> 0.5;
    ScoringMethods more = defaults.with("half", half).with("progress", ScoringMethods.BINARY);
    assertThat(defaults.names())
        .containsExactly("binary", "expected-to-date", "goal-red-flag", "performance", "progress", "range");
    assertThat(more.names()).contains("half").hasSize(7);
    assertThat(more.get("half")).isSameAs(half);
    assertThat(more.get("progress")).isSameAs(ScoringMethods.BINARY);
    assertThat(defaults.get("progress")).isSameAs(ScoringMethods.PROGRESS);
    assertThat(defaults.find("half")).isEmpty();
  }

  @Test
  void theRegistryRejectsNamesThatAreNotKebabCaseAndNamesTheKnownOnesForUnknownNames() {
    assertThatThrownBy(() -> ScoringMethods.defaults().with("Half Marks", in -> 0.5))
        .isInstanceOf(ValidationException.class).hasMessageContaining("kebab-case");
    assertThatThrownBy(() -> ScoringMethods.defaults().get("progres"))
        .isInstanceOf(BscException.class)
        .hasMessage("unknown scoring method \"progres\"; known: binary, expected-to-date, goal-red-flag, "
            + "performance, progress, range");
    assertThatThrownBy(() -> ScoringMethods.defaults().with("half", null))
        .isInstanceOf(NullPointerException.class).hasMessage("method");
  }

  @Test
  void anInputRejectsAnActualDatedAfterTheAsOfDate() {
    Kpi kpi = Kpi.builder("k", "K").build();
    assertThatThrownBy(() -> ScoringInput.of(kpi, ScoringSpec.of("binary"), AS_OF,
        DatedValue.of(1, AS_OF.plusDays(1))))
        .isInstanceOf(BscException.class)
        .hasMessage("actual.date must be on or before asOf 2026-07-02 but was 2026-07-03");
  }
}
