package io.github.bsckit.okr.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.KeyResultType;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("text")
class KeyResultWordingTest {
  private static final KeyResultWording US = KeyResultWording.english();

  private static KeyResult kr(String name, String unit, int precision, KeyResultType type, double start,
      double target, String quarter) {
    FiscalQuarter q = FiscalQuarter.parse(quarter);
    return new KeyResult(KpiId.of("k"), q, name, unit, precision, 1, type, start, target,
        LocalDate.of(q.fiscalYear(), q.quarter() * 3 - 2, 1), LocalDate.of(q.fiscalYear(), q.quarter() * 3, 28));
  }

  @Test
  void writesAnIncreaseWithThePercentSignOnBothNumbers() {
    assertThat(US.describe(kr("Customer Retention Rate", "%", 2, KeyResultType.INCREASE, 85, 87.5, "FY2026 Q2")))
        .isEqualTo("Increase Customer Retention Rate from 85% to 87.5% in FY2026 Q2");
  }

  @Test
  void writesAReductionWithAWordUnitOnceAtTheEnd() {
    assertThat(US.describe(kr("Onboarding Time", "days", 1, KeyResultType.REDUCE, 10, 8, "FY2026 Q4")))
        .isEqualTo("Reduce Onboarding Time from 10 to 8 days in FY2026 Q4");
  }

  @Test
  void writesABandToKeep() {
    assertThat(US.describe(kr("Uptime", "%", 2, KeyResultType.KEEP_BETWEEN, 99.5, 100, "FY2026 Q1")))
        .isEqualTo("Keep Uptime between 99.5% and 100% in FY2026 Q1");
  }

  @Test
  void writesAnAmountOfMoneyToBookInShortForm() {
    assertThat(US.describe(kr("New ARR", "$", 0, KeyResultType.DELIVER, 0, 2_500_000, "FY2026 Q3")))
        .isEqualTo("Book $2.5M of New ARR in FY2026 Q3");
  }

  @Test
  void wrapsAnAmountAlreadyInMillionsWithItsSymbolAndMagnitude() {
    assertThat(US.describe(kr("Annual Recurring Revenue", "$M", 1, KeyResultType.INCREASE, 26.5, 28, "FY2027 Q2")))
        .isEqualTo("Increase Annual Recurring Revenue from $26.5M to $28M in FY2027 Q2");
    assertThat(US.describe(kr("New ARR", "$M", 2, KeyResultType.DELIVER, 0, 3, "FY2027 Q2")))
        .isEqualTo("Book $3M of New ARR in FY2027 Q2");
  }

  @Test
  void writesAMagnitudeStraightAfterTheNumber() {
    assertThat(US.describe(kr("Active Customers", "k", 0, KeyResultType.INCREASE, 193, 210, "FY2026 Q4")))
        .isEqualTo("Increase Active Customers from 193k to 210k in FY2026 Q4");
  }

  @Test
  void writesOtherAmountsToDeliver() {
    assertThat(US.describe(kr("Training", "hours", 0, KeyResultType.DELIVER, 0, 1200, "FY2026 Q3")))
        .isEqualTo("Deliver 1,200 hours of Training in FY2026 Q3");
  }

  @Test
  void writesACostToLimit() {
    assertThat(US.describe(kr("Operating Cost", "USD", 0, KeyResultType.LIMIT, 0, 250_000, "FY2026 Q1")))
        .isEqualTo("Limit Operating Cost to USD 250,000 in FY2026 Q1");
  }

  @Test
  void writesLevelsToHold() {
    assertThat(US.describe(kr("Customer Retention Rate", "%", 2, KeyResultType.KEEP_AT_LEAST, 91, 90, "FY2026 Q4")))
        .isEqualTo("Keep Customer Retention Rate at or above 90% in FY2026 Q4");
    assertThat(US.describe(kr("Onboarding Time", "days", 1, KeyResultType.KEEP_AT_MOST, 7.5, 8, "FY2026 Q4")))
        .isEqualTo("Keep Onboarding Time at or below 8 days in FY2026 Q4");
  }

  @Test
  void placesEachKindOfUnitWherePeopleDo() {
    assertThat(US.value(85, "%", 2)).isEqualTo("85%");
    assertThat(US.value(1_200_000, "$", 0)).isEqualTo("$1.2M");
    assertThat(US.value(4.5, "days", 1)).isEqualTo("4.5 days");
    assertThat(US.value(1_500, "€", 2)).isEqualTo("€1,500");
    assertThat(US.value(-2_000_000, "$", 0)).isEqualTo("-$2M");
    assertThat(US.value(21.5, "°", 1)).isEqualTo("21.5°");
    assertThat(US.value(42, "", 0)).isEqualTo("42");
  }

  @Test
  void writesMoneyInFullWhenTheShortFormWouldLoseDigits() {
    assertThat(US.value(3_333_334, "$", 0)).isEqualTo("$3,333,334");
    assertThat(US.value(1_250_000_000, "$", 0)).isEqualTo("$1.25B");
  }

  @Test
  void showsAtMostTheKpisDecimalsRoundedHalfUp() {
    assertThat(US.value(86.125, "%", 2)).isEqualTo("86.13%");
    assertThat(US.value(86.125, "%", 0)).isEqualTo("86%");
    assertThat(US.value(8.0, "days", 3)).isEqualTo("8 days");
  }

  @Test
  void formatsNumbersTheLocalesWay() {
    KeyResultWording german = KeyResultWording.of(Locale.GERMANY);
    assertThat(german.value(87.5, "%", 2)).isEqualTo("87,5\u00a0%");
    assertThat(german.value(1_200, "days", 0)).isEqualTo("1.200 days");
    assertThat(german.value(2_500_000, "€", 0)).isEqualTo("€2,5\u00a0Mio.");
    assertThat(german.describe(kr("Onboarding Time", "Tage", 1, KeyResultType.REDUCE, 10, 8.5, "FY2026 Q4")))
        .isEqualTo("Reduce Onboarding Time from 10 to 8,5 Tage in FY2026 Q4");
  }

  @Test
  void rejectsValuesItCannotWrite() {
    assertThatThrownBy(() -> US.value(Double.NaN, "%", 2))
        .isInstanceOf(ValidationException.class).hasMessageContaining("value: must be a finite number but was NaN");
    assertThatThrownBy(() -> US.value(1, "%", 11))
        .isInstanceOf(ValidationException.class).hasMessageContaining("precision: must be between 0 and 10 but was 11");
    assertThatThrownBy(() -> KeyResultWording.of(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
  }

  private static KeyResult on(io.github.bsckit.core.model.Scale scale, KeyResultType type, double start,
      double target) {
    FiscalQuarter q = FiscalQuarter.parse("FY2027 Q4");
    return new KeyResult(KpiId.of("k"), q, "Credit Rating", "", 0, 1, type, start, target, LocalDate.of(2027, 10, 1),
        LocalDate.of(2027, 12, 31), scale);
  }

  @Test
  void writesAnOrdinalKeyResultInItsLevelsWithRaiseAndLower() {
    io.github.bsckit.core.model.Scale rating = io.github.bsckit.core.model.Scale.ordinal("BBB", "A", "AA", "AAA");
    assertThat(US.describe(on(rating, KeyResultType.INCREASE, 2, 3)))
        .isEqualTo("Raise Credit Rating from AA to AAA in FY2027 Q4");
    assertThat(US.describe(on(rating, KeyResultType.REDUCE, 3, 1)))
        .isEqualTo("Lower Credit Rating from AAA to A in FY2027 Q4");
    assertThat(US.describe(on(rating, KeyResultType.KEEP_AT_LEAST, 3, 2)))
        .isEqualTo("Keep Credit Rating at or above AA in FY2027 Q4");
    assertThat(US.describe(on(rating, KeyResultType.KEEP_AT_MOST, 0, 1)))
        .isEqualTo("Keep Credit Rating at or below A in FY2027 Q4");
    assertThat(US.describe(on(rating, KeyResultType.KEEP_BETWEEN, 1, 2)))
        .isEqualTo("Keep Credit Rating between A and AA in FY2027 Q4");
    assertThat(US.describe(on(io.github.bsckit.core.model.Scale.milestone(), KeyResultType.COMPLETE, 0, 1)))
        .isEqualTo("Complete Credit Rating by FY2027 Q4");
  }

  @Test
  void writesMoneyShortFromExactlyAMillion() {
    assertThat(US.value(1_000_000, "$", 0)).isEqualTo("$1M");
    assertThat(US.value(999_999, "$", 0)).isEqualTo("$999,999");
    assertThat(US.value(999_999.5, "$", 1)).isEqualTo("$999,999.5");
  }

  @Test
  void writesOtherNumbersWithAtMostTheirDecimalsRoundedHalfUp() {
    assertThat(US.value(2.25, "days", 1)).isEqualTo("2.3 days");
    assertThat(US.value(4.56789, "days", 2)).isEqualTo("4.57 days");
    assertThat(US.value(1.23456, "", 4)).isEqualTo("1.2346");
    assertThat(US.value(0.125, "$", 2)).isEqualTo("$0.13");
    assertThat(US.value(-2.5, "$M", 1)).isEqualTo("-$2.5M");
    assertThat(US.value(12, "", 0)).isEqualTo("12");
    assertThat(US.value(0, "$", 0)).isEqualTo("$0");
    assertThat(US.value(0, "$M", 1)).isEqualTo("$0M");
  }

  @Test
  void knowsItsLocaleAndPrintsIt() {
    KeyResultWording german = KeyResultWording.of(Locale.GERMANY);
    assertThat(german.locale()).isEqualTo(Locale.GERMANY);
    assertThat(german).hasToString("KeyResultWording[de_DE]");
    assertThat(US.locale()).isEqualTo(Locale.US);
  }

  @Test
  void rejectsANegativePrecisionAndANullUnitOrKeyResult() {
    assertThatThrownBy(() -> US.value(1, "%", -1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("precision: must be between 0 and 10 but was -1");
    assertThat(US.value(1, "", 10)).isEqualTo("1");
    assertThatThrownBy(() -> US.value(1, null, 0)).isInstanceOf(NullPointerException.class).hasMessage("unit");
    assertThatThrownBy(() -> US.describe(null)).isInstanceOf(NullPointerException.class).hasMessage("keyResult");
  }
}
