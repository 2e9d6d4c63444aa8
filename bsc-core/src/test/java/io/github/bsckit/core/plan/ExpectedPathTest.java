package io.github.bsckit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.pacing.PacedSpan;
import io.github.bsckit.core.pacing.Pacing;
import io.github.bsckit.core.pacing.PacingGenerators;
import io.github.bsckit.core.pacing.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ExpectedPathTest {
  private static final LocalDate START = LocalDate.parse("2025-12-31");
  private static final LocalDate END = LocalDate.parse("2026-12-31");

  private static ExpectedPath path(UnaryOperator<Kpi.Builder> kpi) {
    return ExpectedPath.of(kpi.apply(Kpi.builder("retention", "Retention").unit("%").precision(1)).build(),
        Month.JANUARY).orElseThrow();
  }

  private static ExpectedPath retention(String pacing) {
    return path(k -> k.baseline(85, START).target(90, END).pacing(pacing));
  }

  @Test
  void aLinearPathMovesAQuarterOfTheWayEachQuarter() {
    ExpectedPath p = retention("linear");
    assertThat(List.of("2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"))
        .extracting(d -> p.valueAt(LocalDate.parse(d))).containsExactly(86.25, 87.5, 88.75, 90.0);
  }

  @Test
  void aFrontLoadedPathIsSeventyPercentOfTheWayAtMidYear() {
    assertThat(retention("front-loaded").valueAt(LocalDate.parse("2026-06-30"))).isCloseTo(88.5, within(1e-12));
    assertThat(retention("front-loaded").shareAt(LocalDate.parse("2026-06-30"))).isCloseTo(0.7, within(1e-12));
    assertThat(retention("back-loaded").valueAt(LocalDate.parse("2026-06-30"))).isCloseTo(86.5, within(1e-12));
  }

  @Test
  void withinAQuarterThePathRunsLinearlyInDays() {
    // Q1 2026 has 90 days after the baseline's 2025-12-31; 45 days in is half of Q1's quarter of the way
    assertThat(retention("linear").valueAt(LocalDate.parse("2026-02-14"))).isCloseTo(85.625, within(1e-12));
  }

  @Test
  void beforeTheBaselineItExpectsTheBaselineAndAfterTheTargetTheTarget() {
    ExpectedPath p = retention("front-loaded");
    assertThat(p.valueAt(LocalDate.parse("2025-06-01"))).isEqualTo(85.0);
    assertThat(p.valueAt(START)).isEqualTo(85.0);
    assertThat(p.valueAt(LocalDate.parse("2027-06-01"))).isEqualTo(90.0);
    assertThat(p.shareAt(LocalDate.parse("2025-06-01"))).isZero();
    assertThat(p.shareAt(LocalDate.parse("2027-06-01"))).isEqualTo(1.0);
  }

  @Test
  void milestonesAreMetOnTheirDatesAndThePacingSpreadsEachStretch() {
    ExpectedPath p = path(k -> k.baseline(80, START).milestone(85, "2026-06-30").target(90, END)
        .pacing(Pacing.frontLoaded()));
    // weights 4,3 | 2,1: 80 + 5·4/7 at Q1's end, 85 at the milestone, 85 + 5·2/3 at Q3's end
    assertThat(p.valueAt(LocalDate.parse("2026-03-31"))).isCloseTo(80 + 5 * 4 / 7.0, within(1e-12));
    assertThat(p.valueAt(LocalDate.parse("2026-06-30"))).isEqualTo(85.0);
    assertThat(p.valueAt(LocalDate.parse("2026-09-30"))).isCloseTo(85 + 5 * 2 / 3.0, within(1e-12));
    // a milestone in the middle of a quarter is met on its own date, not at the quarter's end
    ExpectedPath mid = path(k -> k.baseline(85, START).milestone(86, "2026-05-15").target(90, END));
    assertThat(mid.valueAt(LocalDate.parse("2026-05-15"))).isEqualTo(86.0);
    assertThat(mid.valueAt(LocalDate.parse("2026-06-30"))).isBetween(86.0, 90.0);
  }

  @Test
  void aFlowPathIsTheExpectedRunningTotalFromNothing() {
    ExpectedPath p = path(k -> k.flow().baseline(1_000_000, START).target(1_200_000, END));
    assertThat(p.points().get(0).value()).isZero();
    assertThat(p.valueAt(LocalDate.parse("2026-06-30"))).isEqualTo(600_000.0);
  }

  @Test
  void roundsOnceHalfUpAndNeverPastANeighbouringPoint() {
    // front-loaded over three quarters: weights 3, 2, 1, so half the way by the end of the first
    ExpectedPath p = path(k -> k.baseline(0, "2026-03-31").target(0.05, END).pacing("front-loaded"));
    assertThat(p.valueAt(LocalDate.parse("2026-06-30"), 2)).isEqualByComparingTo("0.03");
    assertThat(p.valueAt(LocalDate.parse("2026-06-30"), 3)).isEqualByComparingTo("0.025");
    ExpectedPath fine = path(k -> k.baseline(1.2345, START).target(1.2349, END));
    assertThat(fine.valueAt(LocalDate.parse("2026-01-01"), 2)).isEqualByComparingTo("1.23");
    assertThat(fine.levelAt(LocalDate.parse("2026-01-01"), 2)).isEqualByComparingTo("1.2345");
  }

  @Test
  void aSeasonThatGivesTheWholeSpanNoWeightIsPacedEvenly() {
    ExpectedPath p = path(k -> k.baseline(0, START).target(100, "2026-06-30").pacing("seasonal:0,0,1,1"));
    assertThat(p.valueAt(LocalDate.parse("2026-03-31"))).isCloseTo(50, within(1e-9));
  }

  // ---- the law: pacing over dates agrees with the per-quarter shares at quarter ends ------------------------

  @Test
  void atEveryQuarterEndTheShareOverDatesIsTheCumulativeShareOfTheQuarters() {
    qt().withExamples(400).forAll(PacingGenerators.pacings(), Generate.enumValues(Month.class),
        integers().between(0, 3000), integers().between(1, 3 * 366)).checkAssert((pacing, start, from, days) -> {
          LocalDate a = LocalDate.of(2020, 1, 1).plusDays(from);
          LocalDate b = a.plusDays(days);
          List<Quarter> horizon = Quarter.horizon(start, a, b);
          PacedSpan span = pacing.over(start, a, b);
          boolean weighted = pacing.weights(horizon).stream().anyMatch(x -> x.signum() > 0);
          List<Double> shares = weighted ? pacing.shares(horizon) : Pacing.linear().shares(horizon);
          double cumulative = 0;
          for (int i = 0; i < horizon.size() - 1; i++) {
            cumulative += shares.get(i);
            assertThat(span.share(horizon.get(i).last())).as("end of %s", horizon.get(i))
                .isCloseTo(cumulative, within(1e-9));
          }
          assertThat(span.share(a)).isZero();
          assertThat(span.share(b)).isEqualTo(1.0);
        });
  }

  @Test
  void theShareNeverFallsAsTheDaysGoBy() {
    qt().withExamples(300).forAll(PacingGenerators.pacings(), Generate.enumValues(Month.class),
        integers().between(1, 3 * 366), integers().between(0, 3 * 366)).checkAssert((pacing, start, days, at) -> {
          LocalDate a = LocalDate.of(2026, 2, 10);
          PacedSpan span = pacing.over(start, a, a.plusDays(days));
          LocalDate d = a.plusDays(at).minusDays(5);
          assertThat(span.share(d.plusDays(1))).isGreaterThanOrEqualTo(span.share(d));
        });
  }

  @Test
  void thePlannersRoundedValueIsTheExactValueRoundedOnce() {
    qt().withExamples(300).forAll(PacingGenerators.pacings(), integers().between(0, 2000), integers().between(0, 4))
        .checkAssert((pacing, day, precision) -> {
          ExpectedPath p = path(k -> k.baseline(12.345, START).milestone(20.5, "2026-08-15").target(31.07, "2027-12-31")
              .pacing(pacing));
          LocalDate d = START.plusDays(day);
          BigDecimal rounded = p.valueAt(d, precision);
          assertThat(rounded.doubleValue()).isCloseTo(p.valueAt(d), within(0.5 * Math.pow(10, -precision) + 1e-9));
        });
  }

  @Test
  void aPathSaysWhatItIsAndHoldsItsEndsBeforeAndAfterItsDates() {
    ExpectedPath p = retention("front-loaded");
    assertThat(p.kpi().id().value()).isEqualTo("retention");
    assertThat(p.pacing()).isEqualTo(Pacing.frontLoaded());
    assertThat(p.span().from()).isEqualTo(START);
    assertThat(p.span().to()).isEqualTo(END);
    assertThat(p.span().pacing()).isEqualTo(Pacing.frontLoaded());
    assertThat(p.span().quarters()).hasSize(4);
    assertThat(p.span().weights()).hasSize(4);
    assertThat(p.span()).hasToString("front-loaded over 2025-12-31..2026-12-31 (4 quarters)");
    assertThat(p).hasToString("retention: 85 @ 2025-12-31 -> 90 @ 2026-12-31, front-loaded");

    assertThat(p.valueAt(START.minusDays(30))).isEqualTo(85);
    assertThat(p.valueAt(START)).isEqualTo(85);
    assertThat(p.valueAt(START.plusDays(1))).isGreaterThan(85).isLessThan(86);
    assertThat(p.valueAt(END)).isEqualTo(90);
    assertThat(p.valueAt(END.plusYears(1))).isEqualTo(90);
    assertThat(p.shareAt(START)).isZero();
    assertThat(p.shareAt(END.plusDays(3))).isEqualTo(1);
    assertThat(p.valueAt(END.minusDays(1), 1)).isEqualTo(new BigDecimal("90.0"));
    assertThat(p.levelAt(START.minusDays(1), 1)).isEqualTo(BigDecimal.valueOf(85.0));
  }

  @Test
  void aPathWithMilestonesRunsSegmentBySegment() {
    ExpectedPath p = path(k -> k.baseline(85, START).milestone(95, "2026-06-30").target(90, END));
    assertThat(p.valueAt(LocalDate.parse("2026-06-30"))).isEqualTo(95);
    assertThat(p.valueAt(LocalDate.parse("2026-03-31"))).isCloseTo(90, within(1e-9));
    assertThat(p.valueAt(LocalDate.parse("2026-09-30"))).isCloseTo(92.5, within(1e-9));
    assertThat(p.shareAt(LocalDate.parse("2026-06-30"))).isCloseTo(2, within(1e-12)); // past the target
    assertThat(p).hasToString("retention: 85 @ 2025-12-31 -> 95 @ 2026-06-30 -> 90 @ 2026-12-31, linear");
  }

  @Test
  void aPathWhoseTargetIsItsStartFollowsThePacingsShare() {
    ExpectedPath hold = path(k -> k.baseline(85, START).target(85, END).pacing("front-loaded"));
    assertThat(hold.shareAt(LocalDate.parse("2026-06-30"))).isCloseTo(0.7, within(1e-12));
    assertThat(hold.valueAt(LocalDate.parse("2026-06-30"))).isEqualTo(85);
  }

  @Test
  void aScorecardsPathUsesItsFiscalYear() {
    Kpi k = Kpi.builder("retention", "Retention").baseline(85, START).target(90, END).build();
    io.github.bsckit.core.model.Scorecard card = io.github.bsckit.core.model.Scorecard.builder("S")
        .fiscalYearStart(Month.JULY).objective("C1", "Keep", "customer", o -> o.kpi(k)).build();
    ExpectedPath p = ExpectedPath.of(card, k).orElseThrow();
    assertThat(p.span().quarters().get(0)).hasToString(ExpectedPath.of(k, Month.JULY).orElseThrow().span()
        .quarters().get(0).toString());
    assertThat(ExpectedPath.of(card, Kpi.builder("x", "X").build())).isEmpty();
  }
}
