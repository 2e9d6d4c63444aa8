package io.github.bsckit.okr.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.scoring.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("text")
class GradeTest {

  @Test
  void bandsFollowGooglesScale() {
    assertThat(Grade.of(0.0).band()).isEqualTo(GradeBand.RED);
    assertThat(Grade.of(0.3).band()).isEqualTo(GradeBand.RED);
    assertThat(Grade.of(0.4).band()).isEqualTo(GradeBand.YELLOW);
    assertThat(Grade.of(0.6).band()).isEqualTo(GradeBand.YELLOW);
    assertThat(Grade.of(0.7).band()).isEqualTo(GradeBand.GREEN);
    assertThat(Grade.of(1.0).band()).isEqualTo(GradeBand.GREEN);
  }

  @Test
  void anUnroundedScoreTakesTheBandOfItsReport() {
    assertThat(Grade.of(0.349).band()).isEqualTo(GradeBand.RED);
    assertThat(Grade.of(0.35).band()).isEqualTo(GradeBand.YELLOW);
    assertThat(Grade.of(0.65).band()).isEqualTo(GradeBand.GREEN);
  }

  @Test
  void everyReportedGradeHasExactlyOneBandInOrder() {
    qt().withExamples(200).forAll(integers().between(0, 1000)).checkAssert(milli -> {
      Grade g = Grade.of(milli / 1000.0);
      assertThat(g.band()).isEqualTo(GradeBand.of(g.reported()));
      assertThat(g.reported() * 10).isEqualTo(Math.rint(g.reported() * 10));
    });
  }

  @Test
  void aStatusAdmitsExactlyTheReportedGradesOfItsRowAndEachGradeMapsToOneStatus() {
    qt().withExamples(300).forAll(doubles().between(0, 1)).checkAssert(score -> {
      Grade g = Grade.of(score);
      double r = g.reported();
      Status expected = r == 1.0 ? Status.ON_TRACK : r >= 0.7 ? Status.AT_RISK : Status.OFF_TRACK;
      assertThat(g.status()).as("%s reported %s", score, r).isEqualTo(expected);
      assertThat(g.status() == Status.OFF_TRACK).isEqualTo(g.band() != GradeBand.GREEN);
    });
    assertThat(Grade.of(0.95).status()).isEqualTo(Status.ON_TRACK);
    assertThat(Grade.of(Math.nextDown(0.95)).status()).isEqualTo(Status.AT_RISK);
    assertThat(Grade.of(0.65).status()).isEqualTo(Status.AT_RISK);
    assertThat(Grade.of(Math.nextDown(0.65)).status()).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void printsTheReportedGradeAndBand() {
    assertThat(Grade.of(0.6)).hasToString("0.6 (yellow)");
  }

  @Test
  void rejectsScoresOffTheScale() {
    assertThatThrownBy(() -> Grade.of(1.2))
        .isInstanceOf(ValidationException.class).hasMessageContaining("score: must be between 0 and 1 but was 1.2");
    assertThatThrownBy(() -> GradeBand.of(Double.NaN)).isInstanceOf(ValidationException.class);
  }
}
