package io.github.bsckit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.core.model.Initiative;
import io.github.bsckit.core.model.InitiativeStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InitiativeStatusTextTest {
  private static final LocalDate MID_YEAR = LocalDate.parse("2026-07-31");

  private static Initiative playbook(InitiativeStatus status) {
    return Initiative.builder("N2", "Enterprise sales playbook").start("2026-03-01").end("2026-06-30")
        .status(status).build();
  }

  @Test
  void aStatusLeftPlannedOrInProgressPastItsEndDateSaysWhichDateHasPassed() {
    // Nimbus at 2026-07-31: the playbook ended on 2026-06-30 and its document never set a status.
    assertThat(ReportWriter.status(playbook(InitiativeStatus.PLANNED), MID_YEAR))
        .isEqualTo("planned, though its end date (2026-06-30) has passed");
    assertThat(ReportWriter.status(playbook(InitiativeStatus.IN_PROGRESS), MID_YEAR))
        .isEqualTo("in progress, though its end date (2026-06-30) has passed");
  }

  @Test
  void aPlannedInitiativeWhoseStartHasComeSaysSo() {
    assertThat(ReportWriter.status(playbook(InitiativeStatus.PLANNED), LocalDate.parse("2026-03-01")))
        .isEqualTo("planned, though its start date (2026-03-01) has come");
  }

  @Test
  void aStatusTheDatesAgreeWithOrThatIsFinalIsWrittenAsRecorded() {
    assertThat(ReportWriter.status(playbook(InitiativeStatus.PLANNED), LocalDate.parse("2026-02-28")))
        .isEqualTo("planned");
    assertThat(ReportWriter.status(playbook(InitiativeStatus.IN_PROGRESS), LocalDate.parse("2026-06-30")))
        .isEqualTo("in progress");
    assertThat(ReportWriter.status(playbook(InitiativeStatus.COMPLETED), MID_YEAR)).isEqualTo("completed");
    assertThat(ReportWriter.status(playbook(InitiativeStatus.ON_HOLD), MID_YEAR)).isEqualTo("on hold");
    assertThat(ReportWriter.status(Initiative.builder("N9", "Undated").build(), MID_YEAR)).isEqualTo("planned");
  }
}
