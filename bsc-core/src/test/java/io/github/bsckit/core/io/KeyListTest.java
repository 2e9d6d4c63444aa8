package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A key list numbers its keys as {@code indexOf} does, whether asked with its constants or with equal text, and so
 * does Jackson's matcher of them.
 */
class KeyListTest {
  private static final List<KeyList> LISTS = List.of(ObjectiveDecoder.KPI, ObjectiveDecoder.OBJECTIVE,
      ObjectiveDecoder.TARGET, Values.DATED, ScorecardDecoder.TOP, ScorecardDecoder.LINK, PortfolioDecoder.ROLLUP,
      KeyList.of("a"), KeyList.of());

  @Test
  void numbersEveryKeyByItsPositionAskedByConstantOrByCopy() {
    for (KeyList keys : LISTS) {
      for (int i = 0; i < keys.size(); i++) {
        String copy = new String(keys.get(i).toCharArray());
        assertThat(keys.slotOf(keys.get(i))).isEqualTo(i);
        assertThat(keys.slotOf(copy)).isEqualTo(i);
        assertThat(keys.slot(copy)).isEqualTo(i);
        assertThat(keys.contains(copy)).isTrue();
      }
    }
  }

  @Test
  void findsNoOtherText() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 14)).checkAssert(text -> {
      for (KeyList keys : LISTS) {
        assertThat(keys.slot(text)).isEqualTo(keys.indexOf(text));
        assertThat(keys.slotOf(text)).isEqualTo(keys.indexOf(text));
        assertThat(keys.contains(text)).isEqualTo(List.copyOf(keys).contains(text));
      }
    });
  }

  @Test
  void numbersEveryKeyOfAnySetHoweverManyCollide() {
    qt().forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 6)).ofSizeBetween(0, 80))
        .checkAssert(texts -> {
          String[] keys = texts.stream().distinct().toArray(String[]::new);
          KeyList list = KeyList.of(keys);
          assertThat(list).containsExactly(keys);
          for (int i = 0; i < keys.length; i++) {
            assertThat(list.slotOf(keys[i])).isEqualTo(i);
            assertThat(list.slot(new String(keys[i].toCharArray()))).isEqualTo(i);
            assertThat(list.matcher().matchName(new String(keys[i].toCharArray()))).isEqualTo(i);
          }
          assertThat(list.slot("not-a-key!")).isEqualTo(-1);
          assertThat(list.slotOf("not-a-key!")).isEqualTo(-1);
        });
  }

  @Test
  void aKeyListedTwiceIsAMistakeInTheFormatsCode() {
    assertThatThrownBy(() -> KeyList.of("id", "name", "id")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key listed twice: id");
    assertThatThrownBy(() -> KeyList.of("id", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a key of the format is never empty");
  }
}
