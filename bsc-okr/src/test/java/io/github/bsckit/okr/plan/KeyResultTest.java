package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Range;
import io.github.bsckit.core.model.Scale;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a key result and a quarterly objective accept, and the messages naming field and value when they do not. */
@Tag("text")
class KeyResultTest {
  private static final FiscalQuarter Q2 = FiscalQuarter.parse("FY2026 Q2");
  private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
  private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);
  private static final Scale RATING = Scale.ordinal("BBB", "A", "AA", "AAA");

  private static KeyResult kr(KeyResultType type, double start, double target) {
    return new KeyResult(KpiId.of("k"), Q2, "K", "", 2, 1, type, start, target, APRIL_1, JUNE_30);
  }

  private static KeyResult kr(int precision, double weight, LocalDate due) {
    return new KeyResult(KpiId.of("k"), Q2, "K", "", precision, weight, KeyResultType.INCREASE, 1, 2, APRIL_1, due);
  }

  private static KeyResult on(Scale scale, KeyResultType type, double start, double target) {
    return new KeyResult(KpiId.of("k"), Q2, "K", "", 0, 1, type, start, target, APRIL_1, JUNE_30, scale);
  }

  private static void rejects(ThrowingCallable construction, String... problems) {
    assertThatThrownBy(construction).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.problems()).extracting(p -> p.toString()).containsExactly(problems));
  }

  @Test
  void acceptsPrecisionsFromZeroToTenAndRejectsOthersNamingTheValue() {
    assertThatCode(() -> kr(0, 1, JUNE_30)).doesNotThrowAnyException();
    assertThatCode(() -> kr(10, 1, JUNE_30)).doesNotThrowAnyException();
    rejects(() -> kr(-1, 1, JUNE_30), "precision: must be between 0 and 10 but was -1");
    rejects(() -> kr(11, 1, JUNE_30), "precision: must be between 0 and 10 but was 11");
  }

  @Test
  void acceptsAWeightOfZeroAndRejectsANegativeOrInfiniteOne() {
    assertThat(kr(2, 0, JUNE_30).weight()).isZero();
    rejects(() -> kr(2, -0.5, JUNE_30), "weight: must be a finite number >= 0 but was -0.5");
    rejects(() -> kr(2, Double.POSITIVE_INFINITY, JUNE_30), "weight: must be a finite number >= 0 but was Infinity");
  }

  @Test
  void mayBeDueOnItsFirstDayButNotBefore() {
    assertThat(kr(2, 1, APRIL_1).due()).isEqualTo(APRIL_1);
    rejects(() -> kr(2, 1, APRIL_1.minusDays(1)), "due: must not be before from (2026-04-01) but was 2026-03-31");
  }

  @Test
  void rejectsABlankNameAndNumbersThatAreNotFiniteAllAtOnce() {
    rejects(() -> new KeyResult(KpiId.of("k"), Q2, " ", "", 2, 1, KeyResultType.INCREASE, Double.NaN,
        Double.NEGATIVE_INFINITY, APRIL_1, JUNE_30), "name: must not be blank but was \" \"",
        "start: must be a finite number but was NaN", "target: must be a finite number but was -Infinity");
  }

  @Test
  void anIncreaseMustEndAboveItsStartAndAReductionBelow() {
    assertThat(kr(KeyResultType.INCREASE, 1, 1.5).target()).isEqualTo(1.5);
    rejects(() -> kr(KeyResultType.INCREASE, 1.5, 1.5), "target: must be above start (1.5) for increase; target was 1.5");
    assertThat(kr(KeyResultType.REDUCE, 2, 1.5).target()).isEqualTo(1.5);
    rejects(() -> kr(KeyResultType.REDUCE, 1.5, 1.5), "target: must be below start (1.5) for reduce; target was 1.5");
  }

  @Test
  void aBandMayBeASinglePointButNotUpsideDown() {
    assertThat(kr(KeyResultType.KEEP_BETWEEN, 5, 5).band()).contains(Range.of(5, 5));
    rejects(() -> kr(KeyResultType.KEEP_BETWEEN, 5, 4.5),
        "target: must not be below start (5) for keep-between; target was 4.5");
    assertThat(kr(KeyResultType.KEEP_AT_LEAST, 5, 4.5).band()).isEmpty();
  }

  @Test
  void amountsStartFromZeroAndAMilestoneGoesFromNotDoneToDone() {
    assertThat(kr(KeyResultType.DELIVER, 0, 0).target()).isZero();
    rejects(() -> kr(KeyResultType.DELIVER, 1, 5), "target: needs start 0 for deliver but start was 1; target was 5");
    rejects(() -> kr(KeyResultType.LIMIT, -1, 5), "target: needs start 0 for limit but start was -1; target was 5");
    assertThat(on(Scale.milestone(), KeyResultType.COMPLETE, 0, 1).target()).isEqualTo(1);
    rejects(() -> on(Scale.milestone(), KeyResultType.COMPLETE, 1, 1),
        "target: needs start 0 and target 1 (done) for complete; target was 1");
    rejects(() -> on(Scale.milestone(), KeyResultType.COMPLETE, 0, 0),
        "target: needs start 0 and target 1 (done) for complete; target was 0");
  }

  @Test
  void theScaleMustFitTheTypeAndHoldBothValues() {
    rejects(() -> on(RATING, KeyResultType.DELIVER, 0, 2), "scale: must be numbers for deliver but was BBB < A < AA < AAA");
    rejects(() -> on(Scale.numbers(), KeyResultType.COMPLETE, 0, 1), "scale: must be a milestone for complete but was numbers");
    rejects(() -> on(RATING, KeyResultType.INCREASE, 2, 4), "scale: must hold start (2) and target (4) but was BBB < A < AA < AAA");
    rejects(() -> on(RATING, KeyResultType.REDUCE, 0.5, 0), "scale: must hold start (0.5) and target (0) but was BBB < A < AA < AAA");
    assertThat(on(RATING, KeyResultType.INCREASE, 2, 3).scale()).isEqualTo(RATING);
  }

  @Test
  void theKeepTypesTakeAnyStartAndTarget() {
    assertThat(kr(KeyResultType.KEEP_AT_LEAST, 1, 9).type()).isEqualTo(KeyResultType.KEEP_AT_LEAST);
    assertThat(kr(KeyResultType.KEEP_AT_MOST, 9, 1).type()).isEqualTo(KeyResultType.KEEP_AT_MOST);
  }

  @Test
  void typesTellAmountsAndThresholdsApart() {
    assertThat(List.of(KeyResultType.values())).filteredOn(KeyResultType::isAmount)
        .containsExactly(KeyResultType.DELIVER, KeyResultType.LIMIT);
    assertThat(List.of(KeyResultType.values())).filteredOn(KeyResultType::isThreshold)
        .containsExactly(KeyResultType.KEEP_AT_LEAST, KeyResultType.KEEP_AT_MOST, KeyResultType.KEEP_BETWEEN,
            KeyResultType.LIMIT);
    assertThat(KeyResultType.KEEP_AT_LEAST).hasToString("keep-at-least");
    assertThat(Commitment.ASPIRATIONAL).hasToString("aspirational");
    assertThat(Commitment.ASPIRATIONAL.successAt()).isEqualTo(0.7);
    assertThat(Commitment.COMMITTED.successAt()).isEqualTo(1.0);
  }

  @Test
  void aQuarterlyObjectiveNeedsANameAWeightAndKeyResultsOfItsOwnQuarter() {
    KeyResult q3 = new KeyResult(KpiId.of("k"), FiscalQuarter.parse("FY2026 Q3"), "K", "", 2, 1,
        KeyResultType.INCREASE, 1, 2, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    rejects(() -> new OkrObjective(ObjectiveId.of("C1"), Q2, "", Optional.empty(), PerspectiveId.of("customer"),
        List.of(), -1, Commitment.COMMITTED, List.of(kr(KeyResultType.INCREASE, 1, 2), q3)),
        "name: must not be blank but was \"\"", "weight: must be a finite number >= 0 but was -1.0",
        "keyResults[1].quarter: must be FY2026 Q2 but was FY2026 Q3");
    rejects(() -> new OkrObjective(ObjectiveId.of("C1"), Q2, "C", Optional.empty(), PerspectiveId.of("customer"),
        List.of(), Double.NaN, Commitment.COMMITTED, List.of()),
        "weight: must be a finite number >= 0 but was NaN", "keyResults: must hold at least one key result");
    assertThat(new OkrObjective(ObjectiveId.of("C1"), Q2, "C", Optional.empty(), PerspectiveId.of("customer"),
        List.of(), 0, Commitment.ASPIRATIONAL, List.of(kr(KeyResultType.INCREASE, 1, 2), kr(KeyResultType.REDUCE, 2, 1))))
        .hasToString("FY2026 Q2 C1 \"C\" (aspirational, 2 key results)");
  }

  @Test
  void aSkippedKpiPrintsWhichKpiOfWhichObjectiveAndWhy() {
    assertThat(new SkippedKpi(KpiId.of("nps"), ObjectiveId.of("C2"), "no baseline to start from"))
        .hasToString("nps (C2): no baseline to start from");
    assertThatThrownBy(() -> new SkippedKpi(KpiId.of("nps"), ObjectiveId.of("C2"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("reason");
  }
}
