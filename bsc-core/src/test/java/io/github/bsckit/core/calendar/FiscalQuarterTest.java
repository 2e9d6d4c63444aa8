package io.github.bsckit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.bsckit.core.ValidationException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("text")
class FiscalQuarterTest {

  @Test
  void printsAsPeopleWriteIt() {
    assertThat(FiscalQuarter.of(2027, 1)).hasToString("FY2027 Q1");
  }

  @Test
  void parsesWhatItPrints() {
    assertThat(FiscalQuarter.parse("FY2027 Q1")).isEqualTo(FiscalQuarter.of(2027, 1));
  }

  @Test
  void parseAndToStringRoundTrip() {
    qt().withExamples(500).forAll(CalendarGenerators.fiscalQuarters())
        .checkAssert(q -> assertThat(FiscalQuarter.parse(q.toString())).isEqualTo(q));
  }

  @Test
  void rejectsTextOfAnotherForm() {
    assertThatThrownBy(() -> FiscalQuarter.parse("2027-Q1"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("text: must look like \"FY2027 Q1\" but was \"2027-Q1\"");
    assertThatThrownBy(() -> FiscalQuarter.parse("FY2027 Q5")).isInstanceOf(ValidationException.class);
  }

  @Test
  void rejectsAFifthQuarterAndYearZeroTogether() {
    assertThatThrownBy(() -> FiscalQuarter.of(0, 5))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(p -> p.toString())
            .containsExactly("fiscalYear: must be between 1 and 9999 but was 0",
                "quarter: must be between 1 and 4 but was 5"));
  }

  @Test
  void addsQuartersAcrossFiscalYears() {
    FiscalQuarter q = FiscalQuarter.parse("FY2027 Q3");
    assertThat(q.plusQuarters(2)).isEqualTo(FiscalQuarter.of(2028, 1));
    assertThat(q.plusQuarters(-3)).isEqualTo(FiscalQuarter.of(2026, 4));
    assertThat(q.minusQuarters(10)).isEqualTo(FiscalQuarter.of(2025, 1));
  }

  @Test
  void plusQuartersIsUndoneByUntil() {
    qt().withExamples(300).forAll(CalendarGenerators.fiscalQuarters(), integers().between(-400, 400))
        .assuming((q, n) -> q.fiscalYear() > 101 && q.fiscalYear() < 9899)
        .checkAssert((q, n) -> assertThat(q.until(q.plusQuarters(n))).isEqualTo((long) n));
  }

  @Test
  void refusesToLeaveTheLabelledYears() {
    assertThatThrownBy(() -> FiscalQuarter.of(9999, 4).plusQuarters(1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("moves FY9999 Q4 outside FY1 to FY9999");
  }

  @Test
  void ordersByYearThenQuarter() {
    assertThat(FiscalQuarter.of(2026, 4)).isLessThan(FiscalQuarter.of(2027, 1));
    assertThat(FiscalQuarter.of(2027, 2).isAfter(FiscalQuarter.of(2027, 1))).isTrue();
    assertThat(FiscalQuarter.of(2027, 2).isBefore(FiscalQuarter.of(2027, 2))).isFalse();
  }

  @Test
  void listsTheQuartersThroughAnother() {
    assertThat(FiscalQuarter.parse("FY2026 Q3").through(FiscalQuarter.parse("FY2027 Q2")))
        .extracting(FiscalQuarter::toString)
        .containsExactly("FY2026 Q3", "FY2026 Q4", "FY2027 Q1", "FY2027 Q2");
    assertThatThrownBy(() -> FiscalQuarter.of(2027, 1).through(FiscalQuarter.of(2026, 4)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("last: must not be before FY2027 Q1 but was FY2026 Q4");
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    assertThatThrownBy(() -> FiscalQuarter.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> FiscalQuarter.of(2027, 1).through(null))
        .isInstanceOf(NullPointerException.class).hasMessage("last");
  }
}
