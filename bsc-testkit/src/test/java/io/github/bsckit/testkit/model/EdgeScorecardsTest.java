package io.github.bsckit.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.io.ScorecardDocument;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Money;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.TargetKind;
import io.github.bsckit.testkit.Samples;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link EdgeScorecards} reaches the edges its Javadoc promises, in a few hundred samples. */
class EdgeScorecardsTest {
  private static final List<ScorecardDocument> DOCS = Samples.of(EdgeScorecards.documents(), 2026, 400);

  private static Stream<Scorecard> cards() {
    return DOCS.stream().map(ScorecardDocument::scorecard);
  }

  private static Stream<Kpi> kpis() {
    return cards().flatMap(s -> s.kpis().stream());
  }

  private static Stream<Money> budgets() {
    return cards().flatMap(s -> s.initiatives().stream()).map(Initiative::budget).flatMap(Optional::stream);
  }

  private static Stream<LocalDate> dates() {
    return kpis().flatMap(k -> Stream.of(k.baseline().stream(), k.target().stream(), k.milestones().stream())
        .flatMap(s -> s)).map(DatedValue::date);
  }

  @Test
  void isReproducibleFromItsSeed() {
    assertThat(Samples.of(EdgeScorecards.documents(), 2026, 50)).isEqualTo(DOCS.subList(0, 50));
  }

  @Test
  void reachesFlowKpisScalesTargetKindsAndLargeWeights() {
    assertThat(kpis()).anyMatch(k -> k.kind() == KpiKind.FLOW).anyMatch(k -> k.kind() == KpiKind.LEVEL)
        .anyMatch(k -> k.scale().isMilestone()).anyMatch(k -> k.scale().isOrdinal())
        .anyMatch(k -> k.targetKind() == TargetKind.AT_LEAST).anyMatch(k -> k.targetKind() == TargetKind.AT_MOST)
        .anyMatch(k -> k.weight() > 1e3).anyMatch(k -> k.weight() == 0).anyMatch(k -> k.pacing().isPresent())
        .anyMatch(k -> k.range().isPresent());
    assertThat(cards().flatMap(s -> s.objectives().stream()).map(Objective::weight)).anyMatch(w -> w == 1e6);
  }

  @Test
  void reachesMoneyAtItsBounds() {
    assertThat(budgets()).anyMatch(m -> m.amount().compareTo(new BigDecimal("1e29")) >= 0)
        .anyMatch(m -> m.amount().compareTo(Money.MAX_AMOUNT_EXCLUSIVE.subtract(BigDecimal.ONE)) > 0)
        .anyMatch(m -> m.amount().stripTrailingZeros().scale() == Money.MAX_DECIMAL_PLACES)
        .anyMatch(m -> m.amount().precision() > 40)
        .anyMatch(m -> m.amount().signum() == 0);
  }

  @Test
  void reachesLagsNearAndAtTheHundredYearBound() {
    List<Period> lags = cards().flatMap(s -> s.links().stream()).map(CausalLink::lag).flatMap(Optional::stream)
        .toList();
    assertThat(lags).anyMatch(p -> p.toTotalMonths() > 50 * 12)
        .anyMatch(p -> p.equals(Period.ofYears(CausalLink.MAX_LAG_YEARS)))
        .anyMatch(p -> p.getDays() > 0 && p.getMonths() > 0);
  }

  @Test
  void reachesDatesInEveryEra() {
    assertThat(dates()).anyMatch(d -> d.getYear() < 0).anyMatch(d -> d.getYear() > 9999)
        .anyMatch(d -> d.getYear() > 0 && d.getYear() < 1900).anyMatch(d -> d.getYear() >= 1900 && d.getYear() <= 2100);
  }

  @Test
  void reachesTrickyTextButNeverAnUnpairedSurrogate() {
    List<String> names = Stream.concat(cards().map(Scorecard::name),
        Stream.concat(cards().flatMap(s -> s.objectives().stream()).map(Objective::name), kpis().map(Kpi::name)))
        .toList();
    assertThat(names).anyMatch(EdgeChoices.TRICKY::contains).anyMatch(n -> n.contains("\n"))
        .anyMatch(n -> n.codePoints().anyMatch(Character::isSupplementaryCodePoint))
        .anyMatch(n -> n.codePoints().anyMatch(Character::isISOControl))
        .allMatch(n -> !n.isBlank() && n.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
    assertThat(kpis().map(k -> k.id().value())).anyMatch(EdgeChoices.TRICKY_IDS::contains);
  }

  @Test
  void reachesEmptyAndFullDocuments() {
    assertThat(DOCS).anyMatch(d -> d.scorecard().objectives().isEmpty())
        .anyMatch(d -> d.scorecard().objectives().size() == 6)
        .anyMatch(d -> d.actuals().isEmpty()).anyMatch(d -> !d.actuals().isEmpty())
        .anyMatch(d -> !d.scorecard().themes().isEmpty()).anyMatch(d -> d.scorecard().fiscalYearStart().getValue() > 1);
  }

  @Test
  void numbersAreFiniteAndReachTheExtremes() {
    List<Double> numbers = Samples.of(EdgeScorecards.numbers(), 7, 2_000);
    assertThat(numbers).allMatch(Double::isFinite).contains(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE)
        .anyMatch(d -> Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(-0.0))
        .anyMatch(d -> d != Math.rint(d)).anyMatch(d -> d > 1e100);
    assertThat(Samples.of(EdgeScorecards.text(), 8, 500)).allMatch(t -> !t.isBlank()).anyMatch(t -> t.contains(": "));
  }
}
