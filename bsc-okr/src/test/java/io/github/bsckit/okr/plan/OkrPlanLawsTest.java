package io.github.bsckit.okr.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.PerspectiveId;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link OkrPlan#of}, over lists of up to 30 quarterly objectives drawn from 4 objectives and 12
 * quarters, in any order: the plan holds them by quarter, each quarter's in the given order, and refuses exactly
 * the lists that hold an objective twice in one quarter, naming each repeat.
 */
class OkrPlanLawsTest {
  private static final FiscalCalendar JULY = FiscalCalendar.of(Month.JULY);
  private static final FiscalQuarter FIRST = FiscalQuarter.parse("FY2027 Q1");

  /** Quarterly objective number i of a list: objective {@code O(code % 4)} in quarter {@code code / 4}. */
  private static OkrObjective objective(int i, int code) {
    FiscalQuarter q = FIRST.plusQuarters(code / 4);
    KeyResult kr = new KeyResult(KpiId.of("k" + i), q, "K" + i, "", 0, 1, KeyResultType.INCREASE, 0, 1,
        JULY.firstDayOf(q), JULY.lastDayOf(q));
    return new OkrObjective(ObjectiveId.of("O" + code % 4), q, "Objective", Optional.empty(),
        PerspectiveId.of("customer"), List.of(), 1, Commitment.COMMITTED, List.of(kr));
  }

  private static List<OkrObjective> objectives(List<Integer> codes) {
    return IntStream.range(0, codes.size()).mapToObj(i -> objective(i, codes.get(i))).toList();
  }

  @Test
  void aPlanHoldsItsObjectivesByQuarterEachQuartersInTheGivenOrder() {
    // each (objective, quarter) once: repeats dropped, the first kept where it stood
    qt().withExamples(200).forAll(lists().of(integers().between(0, 47)).ofSizeBetween(0, 30)
        .map(codes -> codes.stream().distinct().toList())).checkAssert(codes -> {
          List<OkrObjective> given = objectives(codes);
          List<OkrObjective> expected = new ArrayList<>();
          for (int q = 0; q < 12; q++) {
            FiscalQuarter quarter = FIRST.plusQuarters(q);
            given.stream().filter(o -> o.quarter().equals(quarter)).forEach(expected::add);
          }
          OkrPlan plan = OkrPlan.of(JULY, given, List.of());
          assertThat(plan.objectives()).isEqualTo(expected);
          assertThat(plan.quarters()).isSorted().doesNotHaveDuplicates()
              .containsExactlyInAnyOrderElementsOf(given.stream().map(OkrObjective::quarter).distinct().toList());
        });
  }

  @Test
  void aPlanRefusesExactlyTheListsHoldingAnObjectiveTwiceInAQuarterAndNamesEveryRepeat() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 47)).ofSizeBetween(0, 30)).checkAssert(codes -> {
      List<String> repeats = new ArrayList<>();
      Set<Integer> seen = new HashSet<>();
      for (int i = 0; i < codes.size(); i++) {
        if (!seen.add(codes.get(i))) {
          repeats.add("objectives[" + i + "]: a second objective O" + codes.get(i) % 4 + " in "
              + FIRST.plusQuarters(codes.get(i) / 4));
        }
      }
      ValidationException refused = catchThrowableOfType(ValidationException.class,
          () -> OkrPlan.of(JULY, objectives(codes), List.of()));
      if (repeats.isEmpty()) {
        assertThat(refused).isNull();
      } else {
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(p -> p.toString()).containsExactlyElementsOf(repeats);
      }
    });
  }
}
