package io.github.bsckit.okr.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.okr.plan.Commitment;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.KeyResultType;
import io.github.bsckit.okr.plan.OkrObjective;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OkrGraderTest {
  private static final FiscalQuarter Q2 = FiscalQuarter.parse("FY2026 Q2");
  private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
  private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

  private static KeyResult kr(String kpi, KeyResultType type, double start, double target, double weight) {
    return new KeyResult(KpiId.of(kpi), Q2, kpi, "", 2, weight, type, start, target, APRIL_1, JUNE_30);
  }

  private static double reported(KeyResult kr, double current) {
    return OkrGrader.grade(kr, current).grade().reported();
  }

  @Test
  void scoresProgressFromStartToTarget() {
    KeyResult retention = kr("retention", KeyResultType.INCREASE, 86.25, 87.5, 1);
    assertThat(reported(retention, 87)).isEqualTo(0.6);
    assertThat(reported(retention, 86.25)).isEqualTo(0.0);
    assertThat(reported(retention, 87.5)).isEqualTo(1.0);
  }

  @Test
  void clampsToZeroAndOne() {
    KeyResult retention = kr("retention", KeyResultType.INCREASE, 86.25, 87.5, 1);
    assertThat(reported(retention, 80)).isEqualTo(0.0);
    assertThat(reported(retention, 95)).isEqualTo(1.0);
  }

  @Test
  void aReductionNeedsNoSpecialCase() {
    assertThat(reported(kr("onboarding", KeyResultType.REDUCE, 10, 8, 1), 9.5)).isEqualTo(0.3);
  }

  @Test
  void reportsToOneDecimalRoundingHalfUp() {
    KeyResult kr = kr("k", KeyResultType.INCREASE, 0, 100, 1);
    assertThat(OkrGrader.grade(kr, 35).grade().reported()).isEqualTo(0.4);
    assertThat(OkrGrader.grade(kr, 34.9).grade().reported()).isEqualTo(0.3);
    assertThat(OkrGrader.grade(kr, 35).grade().score()).isEqualTo(0.35);
  }

  @Test
  void keepingTypesAreMetOrMissed() {
    assertThat(reported(kr("uptime", KeyResultType.KEEP_BETWEEN, 99.5, 100, 1), 99.7)).isEqualTo(1.0);
    assertThat(reported(kr("uptime", KeyResultType.KEEP_BETWEEN, 99.5, 100, 1), 99.4)).isEqualTo(0.0);
    assertThat(reported(kr("retention", KeyResultType.KEEP_AT_LEAST, 91, 90, 1), 89.999)).isEqualTo(1.0);
    assertThat(reported(kr("retention", KeyResultType.KEEP_AT_LEAST, 91, 90, 1), 89.99)).isEqualTo(0.0);
    assertThat(reported(kr("onboarding", KeyResultType.KEEP_AT_MOST, 7, 8, 1), 8.2)).isEqualTo(0.0);
    assertThat(reported(kr("cost", KeyResultType.LIMIT, 0, 250_000, 1), 240_000)).isEqualTo(1.0);
  }

  @Test
  void anAmountIsGradedOnWhatTheQuarterDeliveredSoFar() {
    KeyResult arr = kr("arr", KeyResultType.DELIVER, 0, 2_500_000, 1);
    Actuals actuals = Actuals.builder().add("arr", "2026-03-31", 900_000).add("arr", "2026-04-30", 700_000)
        .add("arr", "2026-05-31", 800_000).add("arr", "2026-06-30", 1_000_000).build();
    KeyResultGrade byMay = OkrGrader.grade(arr, actuals, LocalDate.of(2026, 6, 1)).orElseThrow();
    assertThat(byMay.current()).isEqualTo(1_500_000.0);
    assertThat(byMay.grade().reported()).isEqualTo(0.6);
    assertThat(OkrGrader.grade(arr, actuals, JUNE_30).orElseThrow().grade().reported()).isEqualTo(1.0);
    assertThat(reported(kr("arr", KeyResultType.DELIVER, 0, 0, 1), 0)).isEqualTo(1.0);
  }

  @Test
  void aLevelIsGradedOnTheLatestMeasurementOfTheQuarter() {
    KeyResult retention = kr("retention", KeyResultType.INCREASE, 86.25, 87.5, 1);
    Actuals actuals = Actuals.builder().add("retention", "2026-04-30", 86.5).add("retention", "2026-05-31", 87)
        .add("retention", "2026-07-31", 90).build();
    assertThat(OkrGrader.grade(retention, actuals, LocalDate.of(2026, 12, 31)).orElseThrow().current())
        .isEqualTo(87.0);
  }

  @Test
  void hasNoGradeWithoutAMeasurementInTheQuarter() {
    KeyResult retention = kr("retention", KeyResultType.INCREASE, 86.25, 87.5, 1);
    Actuals march = Actuals.builder().add("retention", "2026-03-31", 86.5).build();
    assertThat(OkrGrader.grade(retention, march, JUNE_30)).isEmpty();
    assertThat(OkrGrader.grade(retention, Actuals.empty(), LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @Test
  void anObjectiveGradeIsTheWeightedMeanOfItsKeyResults() {
    KeyResult a = kr("a", KeyResultType.INCREASE, 0, 10, 3);
    KeyResult b = kr("b", KeyResultType.INCREASE, 0, 10, 1);
    KeyResult noData = kr("c", KeyResultType.INCREASE, 0, 10, 5);
    OkrObjective o = objective(Commitment.COMMITTED, a, b, noData);
    Actuals actuals = Actuals.builder().add("a", "2026-05-01", 10).add("b", "2026-05-01", 2).build();
    ObjectiveGrade g = OkrGrader.grade(o, actuals, JUNE_30);
    assertThat(g.grade().orElseThrow().score()).isEqualTo(0.8); // (3·1.0 + 1·0.2) / 4
    assertThat(g.keyResults()).hasSize(2);
    assertThat(g.coverage()).isEqualTo(2.0 / 3);
  }

  @Test
  void keyResultsWithoutWeightAreAveragedPlainly() {
    OkrObjective o = objective(Commitment.COMMITTED, kr("a", KeyResultType.INCREASE, 0, 10, 0),
        kr("b", KeyResultType.INCREASE, 0, 10, 0));
    Actuals actuals = Actuals.builder().add("a", "2026-05-01", 10).add("b", "2026-05-01", 5).build();
    assertThat(OkrGrader.grade(o, actuals, JUNE_30).grade().orElseThrow().score()).isEqualTo(0.75);
  }

  @Test
  void aCommittedObjectiveSucceedsOnlyInFullAndAnAspirationalOneAt07() {
    KeyResult kr = kr("a", KeyResultType.INCREASE, 0, 10, 1);
    Actuals seventy = Actuals.builder().add("a", "2026-05-01", 7).build();
    assertThat(OkrGrader.grade(objective(Commitment.ASPIRATIONAL, kr), seventy, JUNE_30).isSuccess()).isTrue();
    assertThat(OkrGrader.grade(objective(Commitment.COMMITTED, kr), seventy, JUNE_30).isSuccess()).isFalse();
    Actuals full = Actuals.builder().add("a", "2026-05-01", 10).build();
    assertThat(OkrGrader.grade(objective(Commitment.COMMITTED, kr), full, JUNE_30).isSuccess()).isTrue();
    assertThat(OkrGrader.grade(objective(Commitment.COMMITTED, kr), Actuals.empty(), JUNE_30).isSuccess()).isFalse();
  }

  @Test
  void rejectsAValueThatIsNotANumber() {
    assertThatThrownBy(() -> OkrGrader.grade(kr("a", KeyResultType.INCREASE, 0, 1, 1), Double.POSITIVE_INFINITY))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("current: must be a finite number but was Infinity");
  }

  private static OkrObjective objective(Commitment commitment, KeyResult... krs) {
    return new OkrObjective(ObjectiveId.of("C1"), Q2, "Increase Customer Retention", Optional.empty(),
        PerspectiveId.of("customer"), List.of(), 1, commitment, List.of(krs));
  }

  @Test
  void aGradePrintsTheCurrentValueAsPeopleWriteIt() {
    KeyResult retention = kr("retention", KeyResultType.INCREASE, 86.25, 87.5, 1);

    assertThat(OkrGrader.grade(retention, 87)).hasToString("FY2026 Q2 retention: increase 86.25 -> 87.5 at 87: "
        + OkrGrader.grade(retention, 87).grade());
  }
}
