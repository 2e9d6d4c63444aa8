package io.github.bsckit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  @Test
  void suggestsTheKeyThatDiffersOnlyInCaseOrSeparators() {
    assertThat(DidYouMean.closest("fiscal_year_start", List.of("fiscalYearStart", "name"))).hasValue("fiscalYearStart");
  }

  @Test
  void suggestsALongWordAThirdOfItsLengthOfEditsAway() {
    assertThat(DidYouMean.keyHint("basline", List.of("baseline", "target"))).isEqualTo("; did you mean `baseline`?");
    assertThat(DidYouMean.hint("grow-revenu", List.of("grow-revenue"))).isEqualTo("; did you mean \"grow-revenue\"?");
    assertThat(DidYouMean.closest("zzzzzz", List.of("baseline"))).isEmpty();
  }

  @Test
  void suggestsAShortIdOnlyWhenOneCandidateIsAnEditAwayAndStartsTheSame() {
    assertThat(DidYouMean.closest("F2", List.of("F1", "C1"))).hasValue("F1");
    assertThat(DidYouMean.closest("F3", List.of("F1", "F2"))).isEmpty();
    assertThat(DidYouMean.closest("C2", List.of("F2"))).isEmpty();
  }

  @Test
  void listsTheChoicesOrSaysThereAreNone() {
    assertThat(DidYouMean.choices(List.of("T1", "T2"))).isEqualTo("; declared: T1, T2");
    assertThat(DidYouMean.choices(List.of())).isEqualTo("; none are declared");
  }
}
