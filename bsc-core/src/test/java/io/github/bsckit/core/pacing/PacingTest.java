package io.github.bsckit.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.bsckit.core.ValidationException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacingTest {
  /** n quarters from calendar 2026 Q1 on. */
  private static List<Quarter> quarters(int n) {
    return Quarter.horizon(Month.JANUARY, LocalDate.parse("2025-12-31"), LocalDate.parse("2025-12-31")
        .plusMonths(3L * n));
  }

  /** The quarters from {@code from} positions after 2026 Q1 through {@code to}. */
  private static List<Quarter> quarters(int from, int to) {
    return quarters(to + 1).subList(from, to + 1);
  }

  @Test
  void linearGivesEveryQuarterTheSameShare() {
    assertThat(Pacing.linear().shares(quarters(4))).containsExactly(0.25, 0.25, 0.25, 0.25);
  }

  @Test
  void frontLoadedIsFortyThirtyTwentyTenOverAYear() {
    assertThat(Pacing.frontLoaded().shares(quarters(4))).containsExactly(0.4, 0.3, 0.2, 0.1);
  }

  @Test
  void backLoadedIsTenTwentyThirtyFortyOverAYear() {
    assertThat(Pacing.backLoaded().shares(quarters(4))).containsExactly(0.1, 0.2, 0.3, 0.4);
  }

  @Test
  void frontLoadingStepsDownOneWeightPerQuarterOverAnyHorizon() {
    assertThat(Pacing.frontLoaded().weights(quarters(8))).extracting(w -> w.intValueExact())
        .containsExactly(8, 7, 6, 5, 4, 3, 2, 1);
    assertThat(Pacing.frontLoaded().shares(quarters(2)).get(0)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(Pacing.backLoaded().shares(quarters(1))).containsExactly(1.0);
  }

  @Test
  void seasonalWeightsFollowTheFiscalQuarterNotThePosition() {
    Pacing seasonal = Pacing.seasonal(0.17, 0.23, 0.30, 0.30);
    List<Quarter> fromQ3 = quarters(2, 5); // Q3, Q4, Q1, Q2
    assertThat(seasonal.weights(fromQ3)).extracting(Object::toString).containsExactly("0.3", "0.3", "0.17", "0.23");
  }

  @Test
  void seasonalWeightsAreNormalisedOverThePartOfTheYearCovered() {
    List<Double> shares = Pacing.seasonal(1, 1, 2, 4).shares(quarters(2, 3));
    assertThat(shares.get(0)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(shares.get(1)).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void customWeightsApplyAsGivenWhenTheHorizonHasAsManyQuarters() {
    assertThat(Pacing.custom(1, 1, 2).shares(quarters(3))).containsExactly(0.25, 0.25, 0.5);
  }

  @Test
  void customWeightsStretchOverALongerHorizonLikeABarChart() {
    List<Double> shares = Pacing.custom(4, 3, 2, 1).shares(quarters(8));
    assertThat(shares).containsExactly(0.2, 0.2, 0.15, 0.15, 0.1, 0.1, 0.05, 0.05);
  }

  @Test
  void customWeightsShrinkOntoAShorterHorizonKeepingTheirArea() {
    // quarter 1 covers bar 1 and a third of bar 2 (4 + 1), quarter 2 two thirds of bars 2 and 3 (2 + 4/3),
    // quarter 3 a third of bar 3 and bar 4 (2/3 + 1): 5 : 10/3 : 5/3
    List<Double> shares = Pacing.custom(4, 3, 2, 1).shares(quarters(3));
    assertThat(shares.get(0)).isCloseTo(0.5, within(1e-12));
    assertThat(shares.get(1)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(shares.get(2)).isCloseTo(1.0 / 6, within(1e-12));
  }

  @Test
  void sharesAlwaysAddUpToOne() {
    qt().withExamples(300).forAll(PacingGenerators.pacings(), integers().between(1, 12))
        .assuming((p, n) -> p.weights(quarters(n)).stream().anyMatch(w -> w.signum() > 0))
        .checkAssert((p, n) -> assertThat(p.shares(quarters(n)).stream().mapToDouble(Double::doubleValue).sum())
            .isCloseTo(1.0, within(1e-9)));
  }

  @Test
  void readsBackWhatItWrites() {
    assertThat(Pacing.seasonal(0.17, 0.23, 0.30, 0.30)).hasToString("seasonal:0.17,0.23,0.3,0.3");
    assertThat(Pacing.custom(4, 3, 2, 1)).hasToString("custom:4,3,2,1");
    assertThat(Pacing.frontLoaded()).hasToString("front-loaded");
    qt().withExamples(200).forAll(PacingGenerators.pacings())
        .checkAssert(p -> assertThat(Pacing.parse(p.toString())).isEqualTo(p));
  }

  @Test
  void readsTheShortAliasesAndIgnoresSpaces() {
    assertThat(Pacing.parse("front")).isEqualTo(Pacing.frontLoaded());
    assertThat(Pacing.parse("back")).isEqualTo(Pacing.backLoaded());
    assertThat(Pacing.parse(" seasonal : 1, 1 ,2,4 ")).isEqualTo(Pacing.seasonal(1, 1, 2, 4));
    assertThat(Pacing.parse("custom:4,3,2,1")).isEqualTo(Pacing.custom(4, 3, 2, 1));
  }

  @Test
  void rejectsUnknownText() {
    assertThatThrownBy(() -> Pacing.parse("steady"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("pacing: must be linear, front-loaded, back-loaded, seasonal:q1,q2,q3,q4 or "
            + "custom:w1,w2,… but was \"steady\"");
    assertThatThrownBy(() -> Pacing.parse("seasonal:1,2,3"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("seasonal pacing needs 4 weights (fiscal Q1,Q2,Q3,Q4) but \"seasonal:1,2,3\" has 3");
    assertThatThrownBy(() -> Pacing.parse("seasonal 0.17/0.23/0.3/0.3"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be linear");
    assertThatThrownBy(() -> Pacing.parse("custom"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("custom needs weights after a colon");
    assertThatThrownBy(() -> Pacing.parse("linear:1,2"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("linear takes no weights");
    assertThatThrownBy(() -> Pacing.parse("custom:1,x"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("weight 2 of \"custom:1,x\" is not a number");
    assertThatThrownBy(() -> Pacing.parse("custom:1,-2"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("pacing: in \"custom:1,-2\", custom.weights[1] must be a finite number >= 0");
  }

  @Test
  void rejectsNegativeAndAllZeroWeightsListingEveryProblem() {
    assertThatThrownBy(() -> Pacing.seasonal(-1, 0, Double.NaN, 1))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(p -> p.toString())
            .containsExactly("seasonal.weights[0]: must be a finite number >= 0 but was -1.0",
                "seasonal.weights[2]: must be a finite number >= 0 but was NaN"));
    assertThatThrownBy(() -> Pacing.custom(0, 0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("custom.weights: must not all be zero");
    assertThatThrownBy(() -> Pacing.custom())
        .isInstanceOf(ValidationException.class).hasMessageContaining("must hold 1 to 400 weights but held 0");
  }

  @Test
  void refusesSharesWhenTheSeasonGivesTheHorizonNoWeight() {
    assertThatThrownBy(() -> Pacing.seasonal(0, 0, 1, 1).shares(quarters(2)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("seasonal:0,0,1,1 gives no weight to any of [Q1 2026-01-01..2026-03-31, Q2 2026-04-01..2026-06-30]");
  }

  @Test
  void rejectsAnEmptyHorizon() {
    assertThatThrownBy(() -> Pacing.linear().weights(List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("horizon: must hold at least one quarter");
  }

  @Test
  void customPacingTakesOneToFourHundredWeights() {
    double[] most = new double[Pacing.MAX_CUSTOM_WEIGHTS];
    java.util.Arrays.fill(most, 1);
    assertThat(Pacing.custom(most).toString()).startsWith("custom:1,1,");
    assertThat(Pacing.custom(7).toString()).isEqualTo("custom:7");
    double[] tooMany = new double[Pacing.MAX_CUSTOM_WEIGHTS + 1];
    java.util.Arrays.fill(tooMany, 1);
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
        () -> Pacing.custom(tooMany))).hasMessageContaining("weights: must hold 1 to 400 weights but held 401");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
        () -> Pacing.custom())).hasMessageContaining("but held 0");
  }

  @Test
  void pacingsAreEqualByShapeAndWeights() {
    assertThat(Pacing.custom(4, 3, 2, 1)).isEqualTo(Pacing.parse("custom:4,3,2,1"))
        .hasSameHashCodeAs(Pacing.parse(" custom : 4 , 3 , 2 , 1 "))
        .isNotEqualTo(Pacing.custom(4, 3, 2)).isNotEqualTo(Pacing.seasonal(4, 3, 2, 1))
        .isNotEqualTo(Pacing.frontLoaded()).isNotEqualTo("custom:4,3,2,1");
    assertThat(Pacing.custom(4, 3, 2, 1).hashCode()).isNotEqualTo(Pacing.seasonal(4, 3, 2, 1).hashCode());
    assertThat(Pacing.linear()).isEqualTo(Pacing.parse("linear")).hasSameHashCodeAs(Pacing.parse(" linear "));
  }

  @Test
  void overReusesSpansButStillRejectsWhatItRejected() {
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);
    PacedSpan first = Pacing.linear().over(Month.JANUARY, from, to);
    assertThat(Pacing.linear().over(Month.JANUARY, from, to)).isSameAs(first);
    assertThat(Pacing.linear().over(Month.JULY, from, to).quarters()).isNotEqualTo(first.quarters());
    assertThat(Pacing.frontLoaded().over(Month.JANUARY, from, to).pacing()).isEqualTo(Pacing.frontLoaded());
    // The dates are judged before the fiscal start, as before spans were kept.
    assertThatThrownBy(() -> Pacing.linear().over(null, to, from)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("to");
    assertThatThrownBy(() -> Pacing.linear().over(Month.JANUARY, null, to)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("from");
  }
}
