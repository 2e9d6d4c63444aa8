package io.github.bsckit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsckit.core.BscException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
  private static final Source LOWEST = (lo, hi) -> lo;

  @Test
  void mapAndFlatMapComposeOnTheSameChoices() {
    Generator<List<Integer>> g = Generators.integers(1, 5).flatMap(n -> Generators.integers(0, 9).list(n, n));
    assertThat(Samples.of(g, 1, 200)).allSatisfy(l -> assertThat(l.size()).isBetween(1, 5));
    assertThat(Generators.integers(0, 10).map(i -> i * 2).generate(Source.seeded(5)) % 2).isZero();
  }

  @Test
  void filterKeepsOnlyPassingValues() {
    assertThat(Samples.of(Generators.integers(0, 100).filter(i -> i % 7 == 0), 2, 100)).allMatch(i -> i % 7 == 0);
  }

  @Test
  void filterGivesUpWithAClearMessage() {
    Generator<Integer> never = Generators.integers(0, 3).filter(5, i -> i > 3);
    assertThatThrownBy(() -> never.generate(Source.seeded(1))).isInstanceOf(GenerationException.class)
        .hasMessageStartingWith("filter rejected 5 values in a row, the last one was ")
        .hasMessageEndingWith("; generate such values directly or loosen the filter");
    assertThatThrownBy(() -> Generators.integers(0, 3).filter(0, i -> true)).isInstanceOf(BscException.class)
        .hasMessageContaining("maxTries: must be >= 1 but was 0");
  }

  @Test
  void listsRespectTheirSizeBounds() {
    assertThat(Samples.of(Generators.booleans().list(2, 4), 3, 300)).allSatisfy(l -> assertThat(l).hasSizeBetween(2, 4))
        .anySatisfy(l -> assertThat(l).hasSize(2)).anySatisfy(l -> assertThat(l).hasSize(4));
    assertThatThrownBy(() -> Generators.booleans().list(3, 2)).isInstanceOf(BscException.class)
        .hasMessageContaining("min: must be <= 2 but was 3");
  }

  @Test
  void lowestChoicesAreTheSimplestValues() {
    assertThat(Generators.integers(3, 9).generate(LOWEST)).isEqualTo(3);
    assertThat(Generators.booleans().generate(LOWEST)).isFalse();
    assertThat(Generators.elementOf("first", "second").generate(LOWEST)).isEqualTo("first");
    assertThat(Generators.integers(0, 9).list(1, 5).generate(LOWEST)).containsExactly(0);
    assertThat(Generators.shuffled(List.of(1, 2, 3, 4)).generate(LOWEST)).containsExactly(1, 2, 3, 4);
    assertThat(Generators.subsetOf(List.of("a", "b", "c"), 2, 3).generate(LOWEST)).containsExactly("a", "b");
    assertThat(Generators.integers(0, 9).optional(90).generate(LOWEST)).isEmpty();
    assertThat(Generators.sized(10, n -> Generators.constant(n)).generate(LOWEST)).isZero();
  }

  @Test
  void frequencyFollowsTheWeights() {
    Generator<String> g = Generators.frequency(Weighted.of(3, Generators.constant("a")),
        Weighted.of(1, Generators.constant("b")));
    Map<String, Integer> counts = new HashMap<>();
    Samples.stream(g, 4, 8_000).forEach(v -> counts.merge(v, 1, Integer::sum));
    assertThat(counts.get("a")).isBetween(5_700, 6_300);
    assertThat(Generators.oneOf(Generators.constant("x"), Generators.constant("y")).generate(LOWEST)).isEqualTo("x");
    assertThatThrownBy(() -> Weighted.of(0, Generators.constant("a"))).isInstanceOf(BscException.class)
        .hasMessageContaining("weight: must be >= 1 but was 0");
  }

  @Test
  void shuffledMakesEveryPermutation() {
    List<List<Integer>> perms = Samples.of(Generators.shuffled(List.of(1, 2, 3)), 5, 600);
    assertThat(perms).allSatisfy(p -> assertThat(p).containsExactlyInAnyOrder(1, 2, 3));
    assertThat(perms.stream().distinct().count()).isEqualTo(6);
  }

  @Test
  void subsetsKeepTheOriginalOrderAndNoRepeats() {
    List<String> items = List.of("a", "b", "c", "d", "e");
    assertThat(Samples.of(Generators.subsetOf(items, 1, 3), 6, 300)).allSatisfy(sub -> {
      assertThat(sub).hasSizeBetween(1, 3).doesNotHaveDuplicates().isSubsetOf(items);
      assertThat(sub).isSortedAccordingTo((x, y) -> items.indexOf(x) - items.indexOf(y));
    });
  }

  @Test
  void sampleIndexIsIndependentOfTheCount() {
    Generator<List<Integer>> g = Generators.integers(0, 1000).list(0, 5);
    List<List<Integer>> ten = Samples.of(g, 99, 10);
    assertThat(Samples.of(g, 99, 3)).isEqualTo(ten.subList(0, 3));
    assertThat(Samples.one(g, 99, 7)).isEqualTo(ten.get(7));
    assertThat(Samples.stream(g, 99, 10).toList()).isEqualTo(ten);
    assertThatThrownBy(() -> Samples.of(g, 1, -1)).isInstanceOf(BscException.class)
        .hasMessageContaining("count: must be >= 0 but was -1");
  }

  @Test
  void rejectsEmptyAlternatives() {
    assertThatThrownBy(() -> Generators.elementOf(List.of())).isInstanceOf(BscException.class)
        .hasMessage("values must not be empty");
    assertThatThrownBy(() -> Generators.constant(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
  }
}
