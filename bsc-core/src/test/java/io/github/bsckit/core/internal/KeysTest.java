package io.github.bsckit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.Keyed;
import io.github.bsckit.core.model.RollUp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("text")
class KeysTest {

  @Test
  void aKeyIsTheNameInLowerCaseKebabCaseUnderEveryLocale() {
    assertThat(RollUp.WEIGHTED_MEAN.key()).isEqualTo("weighted-mean");
    assertThat(InitiativeStatus.IN_PROGRESS.key()).isEqualTo("in-progress");
  }

  @Test
  void everyConstantReadsBackFromItsKey() {
    for (RollUp r : RollUp.values()) {
      assertThat(Keyed.fromKey(RollUp.class, r.key())).isEqualTo(r);
    }
  }

  @Test
  void anUnknownKeyIsAValidationProblemThatNamesTheChoices() {
    assertThatThrownBy(() -> Keyed.fromKey(RollUp.class, "weighted_mean")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("rollUp: must be one of weighted-mean, mean, min, max but was \"weighted_mean\"; "
            + "did you mean \"weighted-mean\"?");
  }
}
