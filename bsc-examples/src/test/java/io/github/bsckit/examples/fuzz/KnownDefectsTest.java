package io.github.bsckit.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps the fuzz suite's exemptions honest: every entry of {@link KnownDefect} must still reproduce. When a
 * fix lands, this fails and names the entry to delete, so the fuzz suite checks that case again.
 */
class KnownDefectsTest {

  @ParameterizedTest(allowZeroInvocations = true)
  @EnumSource(KnownDefect.class)
  void aKnownDefectIsExemptedOnlyWhileItsReproducerStillShowsIt(KnownDefect defect) {
    assertThat(defect.stillOpen())
        .as("%s is fixed: delete KnownDefect.%s (bsc-examples/src/test/java/io/github/bsckit/examples/fuzz/"
            + "KnownDefect.java) so the fuzz suite checks these cases again", defect, defect)
        .isTrue();
  }
}
