package io.github.bsckit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written id check against the id syntax's regular expression, which it replaced. */
class IdsTest {
  private static final String ALPHABET = "aZ09._-+ é/\u0000Q";

  @Test
  void acceptsExactlyTheIdsThatTheSyntaxMatches() {
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 50_000; i++) {
      int length = random.nextInt(70);
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < length; j++) {
        sb.append(random.nextInt(4) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
            : (char) ('a' + random.nextInt(26)));
      }
      String id = sb.toString();
      boolean matches = Ids.SYNTAX.matcher(id).matches();
      if (matches) {
        assertThat(Ids.check("objective id", id)).isEqualTo(id);
      } else {
        assertThatThrownBy(() -> Ids.check("objective id", id)).as(id).isInstanceOf(ValidationException.class)
            .hasMessageContaining("objective id must be 1-64 letters");
      }
    }
  }

  @Test
  void everyCharacterIsAllowedFirstAndLaterExactlyAsTheSyntaxSays() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String first = String.valueOf(c);
      String later = "a" + c;
      assertThat(Ids.valid(first)).as("U+%04X first", (int) c).isEqualTo(Ids.SYNTAX.matcher(first).matches());
      assertThat(Ids.valid(later)).as("U+%04X later", (int) c).isEqualTo(Ids.SYNTAX.matcher(later).matches());
    }
  }

  @Test
  void theBoundariesOfTheSyntaxHold() {
    assertThat(Ids.check("kpi id", "a".repeat(64))).hasSize(64);
    assertThatThrownBy(() -> Ids.check("kpi id", "a".repeat(65))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Ids.check("kpi id", "")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Ids.check("kpi id", "-a")).isInstanceOf(ValidationException.class);
    assertThat(Ids.check("kpi id", "9.a_b-c")).isEqualTo("9.a_b-c");
  }
}
