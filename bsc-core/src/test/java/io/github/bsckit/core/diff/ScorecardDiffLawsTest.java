package io.github.bsckit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.bsckit.core.diff.Change.Kind;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.InitiativeId;
import io.github.bsckit.core.model.InitiativeStatus;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Strength;
import io.github.bsckit.core.model.Theme;
import io.github.bsckit.core.model.ThemeId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The laws of the diff over every combination of a set of independent edits to one scorecard: a scorecard has no
 * differences with itself, the diff lists each edit made and nothing else, and the diff backwards swaps each
 * change's before and after. (No edit renames the scorecard, which a diff names by its later name.)
 */
@Tag("text")
class ScorecardDiffLawsTest {
  private static final int EXAMPLES = 200;

  private static final Scorecard BASE = Scorecard.builder("Acme")
      .theme("T1", "Customer intimacy")
      .theme("T2", "Operational excellence")
      .objective("C1", "Keep customers", "customer", o -> o.theme("T1")
          .kpi("retention", "Retention", k -> k.unit("%").baseline(85, "2026-01-01").target(90, "2026-12-31")))
      .objective("F1", "Grow revenue", "financial",
          o -> o.kpi("revenue", "Revenue", k -> k.unit("$").target(1000, "2026-12-31")))
      .link("C1", "F1")
      .initiative("I1", "CRM roll-out", i -> i.serves("C1"))
      .build();

  /** One edit and the changes it must show. Each edits a different field, so that any subset commutes. */
  private record Edit(UnaryOperator<Scorecard> apply, List<String> shows) {}

  private static Objective c1(Scorecard s) {
    return s.objective("C1").orElseThrow();
  }

  private static final List<Edit> EDITS = List.of(
      new Edit(s -> s.withVision("Be loved"), List.of("scorecard Acme vision: (none) -> \"Be loved\"")),
      new Edit(s -> s.withObjective(c1(s).withName("Keep them")),
          List.of("objective C1 name: \"Keep customers\" -> \"Keep them\"")),
      new Edit(s -> s.withObjective(s.objective("F1").orElseThrow().withWeight(2)),
          List.of("objective F1 weight: 1 -> 2")),
      new Edit(s -> s.withObjective(c1(s).withKpi(s.kpi(KpiId.of("retention")).orElseThrow()
          .withTarget(DatedValue.of(92, "2026-12-31")))),
          List.of("kpi retention target: 90 @ 2026-12-31 -> 92 @ 2026-12-31")),
      new Edit(s -> s.withTheme(Theme.of("T2", "Run lean")),
          List.of("theme T2 name: \"Operational excellence\" -> \"Run lean\"")),
      new Edit(s -> s.withLinks(List.of(CausalLink.of("C1", "F1").withStrength(Strength.STRONG))),
          List.of("link C1 -> F1 strength: (none) -> strong")),
      new Edit(s -> s.withInitiative(s.initiative(InitiativeId.of("I1")).orElseThrow()
          .withStatus(InitiativeStatus.IN_PROGRESS)), List.of("initiative I1 status: planned -> in-progress")),
      new Edit(s -> s.withObjective(Objective.builder("C2", "Win customers", "customer").build()),
          List.of("added objective C2 \"Win customers\"")),
      new Edit(s -> s.withoutTheme(ThemeId.of("T1")),
          List.of("objective C1 themes: [T1] -> []", "removed theme T1 \"Customer intimacy\"")));

  private static Scorecard edited(int mask) {
    Scorecard s = BASE;
    for (int i = 0; i < EDITS.size(); i++) {
      if ((mask & 1 << i) != 0) {
        s = EDITS.get(i).apply().apply(s);
      }
    }
    return s;
  }

  private static List<String> shown(int mask) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < EDITS.size(); i++) {
      if ((mask & 1 << i) != 0) {
        out.addAll(EDITS.get(i).shows());
      }
    }
    return out;
  }

  @Test
  void aScorecardHasNoDifferencesWithItselfOrAnEqualCopy() {
    qt().withExamples(EXAMPLES).forAll(integers().between(0, (1 << EDITS.size()) - 1)).checkAssert(mask -> {
      Scorecard s = edited(mask);
      assertThat(ScorecardDiff.between(s, s).isEmpty()).isTrue();
      assertThat(ScorecardDiff.between(s, s.toBuilder().build()).changes()).isEmpty();
    });
  }

  @Test
  void theDiffListsEachEditMadeAndNothingElse() {
    qt().withExamples(EXAMPLES).forAll(integers().between(0, (1 << EDITS.size()) - 1)).checkAssert(mask -> {
      ScorecardDiff diff = ScorecardDiff.between(BASE, edited(mask));
      assertThat(diff.changes()).extracting(Change::toString).containsExactlyInAnyOrderElementsOf(shown(mask));
      assertThat(diff.isEmpty()).isEqualTo(mask == 0);
    });
  }

  @Test
  void theDiffBackwardsSwapsBeforeAndAfterAndAddedAndRemoved() {
    qt().withExamples(EXAMPLES).forAll(integers().between(0, (1 << EDITS.size()) - 1)).checkAssert(mask -> {
      List<Change> forwards = ScorecardDiff.between(BASE, edited(mask)).changes();
      List<Change> backwards = ScorecardDiff.between(edited(mask), BASE).changes();
      assertThat(backwards).containsExactlyInAnyOrderElementsOf(forwards.stream().map(c -> new Change(c.element(),
          c.subject(), swapped(c.kind()), c.field(), c.after(), c.before())).toList());
    });
  }

  private static Kind swapped(Kind k) {
    return switch (k) {
      case ADDED -> Kind.REMOVED;
      case REMOVED -> Kind.ADDED;
      case CHANGED -> Kind.CHANGED;
    };
  }
}
