package io.github.bsckit.okr.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.calendar.FiscalQuarter;
import io.github.bsckit.okr.plan.KeyResult;
import io.github.bsckit.okr.plan.OkrPlan;
import io.github.bsckit.okr.plan.OkrPlanner;
import io.github.bsckit.okr.testing.Examples;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("text")
class CheckInTest {
  private static final KpiId RETENTION = KpiId.of("retention");
  private static final LocalDate MAY_15 = LocalDate.of(2026, 5, 15);

  private static KeyResult q2() {
    return OkrPlanner.defaults().plan(Examples.retention())
        .keyResult(RETENTION, FiscalQuarter.parse("FY2026 Q2")).orElseThrow();
  }

  @Test
  void aCheckInBecomesAnActualOfTheKpi() {
    Actuals actuals = CheckIn.of(q2(), MAY_15, 87).recordIn(Actuals.empty());
    assertThat(actuals.latest(RETENTION, MAY_15)).contains(DatedValue.of(87, MAY_15));
  }

  @Test
  void theOkrGradeMovesWithTheCheckIn() {
    KeyResult q2 = q2();
    Actuals before = Actuals.builder().add("retention", "2026-04-30", 86.5).build();
    Actuals after = CheckIn.of(q2, MAY_15, 87).recordIn(before);
    assertThat(OkrGrader.grade(q2, before, MAY_15).orElseThrow().grade().reported()).isEqualTo(0.2);
    assertThat(OkrGrader.grade(q2, after, MAY_15).orElseThrow().grade().reported()).isEqualTo(0.6);
  }

  @Test
  void checkInsFeedTheNextRePlan() {
    Actuals checkedIn = CheckIn.recordAll(Actuals.empty(), List.of(CheckIn.of(q2(), MAY_15, 87.2),
        CheckIn.of(q2(), LocalDate.of(2026, 6, 30), 87)));
    OkrPlan replanned = OkrPlanner.defaults().plan(Examples.retention(), checkedIn, LocalDate.of(2026, 7, 1));
    assertThat(replanned.keyResult(RETENTION, FiscalQuarter.parse("FY2026 Q3")).orElseThrow().start())
        .isEqualTo(87.0);
  }

  @Test
  void aLaterCheckInOnTheSameDayReplacesTheEarlierOne() {
    Actuals actuals = CheckIn.recordAll(Actuals.empty(), List.of(CheckIn.of(q2(), MAY_15, 86),
        CheckIn.of(q2(), MAY_15, 87)));
    assertThat(actuals.series(RETENTION)).containsExactly(java.util.Map.entry(MAY_15, 87.0));
  }

  @Test
  void rejectsADateOutsideTheKeyResultsQuarterAndAValueThatIsNotANumber() {
    assertThatThrownBy(() -> CheckIn.of(q2(), LocalDate.of(2026, 7, 1), Double.NaN))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(p -> p.toString())
            .containsExactly("date: must lie between 2026-04-01 and 2026-06-30 (FY2026 Q2) but was 2026-07-01",
                "value: must be a finite number but was NaN"));
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    assertThatThrownBy(() -> CheckIn.of(null, MAY_15, 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("keyResult");
    assertThatThrownBy(() -> CheckIn.of(q2(), MAY_15, 1).recordIn(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("actuals");
  }

  @Test
  void printsItsValueAsPeopleWriteItAsItsJavadocSays() {
    assertThat(CheckIn.of(q2(), MAY_15, 87)).hasToString("retention 87% @ 2026-05-15 (FY2026 Q2)");
    assertThat(CheckIn.of(q2(), MAY_15, 87.25)).hasToString("retention 87.25% @ 2026-05-15 (FY2026 Q2)");
  }
}
