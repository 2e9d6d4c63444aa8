package io.github.bsckit.testkit.quicktheories;

import static io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.bsckit.core.diff.Change;
import io.github.bsckit.core.diff.ScorecardDiff;
import io.github.bsckit.core.io.DocumentReader;
import io.github.bsckit.core.io.DocumentWriter;
import io.github.bsckit.core.io.Format;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.testkit.model.ScorecardEdits;
import io.github.bsckit.testkit.model.ScorecardEdits.Edit;
import io.github.bsckit.testkit.model.ScorecardGenerators;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of {@link ScorecardDiff} on bsc-testkit's generated scorecards: a scorecard has no differences with
 * itself, and the diff of a scorecard and a randomly edited copy names every edit and nothing else.
 */
class ScorecardDiffLawsTest {
  /** Examples per law; {@code -Ddiff.examples=2000} for a longer run. */
  private static final int EXAMPLES = Integer.getInteger("diff.examples", 100);
  private static final Gen<Scorecard> SCORECARDS = gen(ScorecardGenerators.valid().withThemes().initiatives(3));

  /** An edit or a change reduced to what both say: which element, how, and which field. */
  private record Key(Change.Element element, String subject, Change.Kind kind, String field) {
    static Key of(Change c) {
      return new Key(c.element(), c.subject(), c.kind(), c.field().orElse(""));
    }

    static Key of(Edit e) {
      return new Key(e.element(), e.subject(), e.kind(), e.field().orElse(""));
    }
  }

  @Test
  void aScorecardHasNoDifferencesWithItselfOrWithItsWrittenAndReadDocument() {
    qt().withExamples(EXAMPLES / 2).forAll(SCORECARDS).checkAssert(s -> {
      assertThat(ScorecardDiff.between(s, s).isEmpty()).isTrue();
      Scorecard read = DocumentReader.of(Format.YAML).read(DocumentWriter.of(Format.YAML).write(s), "s.yaml")
          .scorecard();
      assertThat(ScorecardDiff.between(s, read).changes()).isEmpty();
    });
  }

  @Test
  void theDiffOfARandomlyEditedScorecardNamesEveryEditAndNothingElse() {
    AtomicInteger edits = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(gen(ScorecardEdits.of(ScorecardGenerators.valid().withThemes().initiatives(3), 8)))
        .checkAssert(edited -> {
          edits.addAndGet(edited.edits().size());
          ScorecardDiff diff = ScorecardDiff.between(edited.before(), edited.after());
          assertThat(diff.changes()).as("%s", edited.edits()).extracting(Key::of)
              .containsExactlyInAnyOrderElementsOf(edited.edits().stream().map(Key::of).toList());
          assertThat(diff.isEmpty()).isEqualTo(edited.before().equals(edited.after()));
        });
    assertThat(edits.get()).as("edits made over all examples").isGreaterThan(EXAMPLES);
  }

  @Test
  void theDiffIsEmptyExactlyWhenTheScorecardsAreEqual() {
    qt().withExamples(EXAMPLES / 2).forAll(SCORECARDS, SCORECARDS).checkAssert((a, b) -> {
      assertThat(ScorecardDiff.between(a, b).isEmpty()).isEqualTo(a.equals(b));
      assertThat(ScorecardDiff.between(a, b)).isEqualTo(ScorecardDiff.between(a, b));
    });
  }
}
