package io.github.bsckit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.diff.Change.Element;
import io.github.bsckit.core.diff.Change.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A change: a field exactly for a change of a field, and the text forms of its kinds. */
@Tag("text")
class ChangeTest {

  @Test
  void aChangeOfAFieldNeedsTheFieldAndAnAdditionOrRemovalHasNone() {
    assertThatThrownBy(() -> new Change(Element.KPI, "nps", Kind.CHANGED, Optional.empty(), Optional.of("1"),
        Optional.of("2"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be present exactly for a change but was Optional.empty for changed");
    assertThatThrownBy(() -> new Change(Element.KPI, "nps", Kind.ADDED, Optional.of("name"), Optional.empty(),
        Optional.empty())).isInstanceOf(ValidationException.class).hasMessageContaining("for added");
  }

  @Test
  void elementsAndKindsPrintAsTheirKeys() {
    assertThat(Element.INITIATIVE).hasToString("initiative");
    assertThat(Kind.REMOVED).hasToString("removed");
  }

  @Test
  void aChangeWithoutTextsPrintsNoneForEither() {
    assertThat(new Change(Element.OBJECTIVE, "C1", Kind.CHANGED, Optional.of("owner"), Optional.empty(),
        Optional.empty())).hasToString("objective C1 owner: (none) -> (none)");
    assertThat(new Change(Element.LINK, "C1 -> F1", Kind.REMOVED, Optional.empty(), Optional.empty(),
        Optional.empty())).hasToString("removed link C1 -> F1");
  }
}
