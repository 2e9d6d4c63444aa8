package io.github.bsckit.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How wide the SVG map measures a character: Helvetica's advance widths for ASCII, accented Latin as its base
 * letter, marks and format characters as nothing, East Asian wide characters and emoji as a full em, anything
 * else as an average lower-case letter.
 */
class TextWidthTest {

  private static String name(int cp) {
    return String.format("U+%04X %s", cp, Character.getName(cp));
  }

  @Test
  void asciiFromSpaceToTildeComesFromHelveticasTablesRegularOrBold() {
    assertThat(TextWidth.units(' ', false)).isEqualTo(278);
    assertThat(TextWidth.units(' ', true)).isEqualTo(278);
    assertThat(TextWidth.units('~', false)).isEqualTo(584);
    assertThat(TextWidth.units('!', false)).isEqualTo(278);
    assertThat(TextWidth.units('!', true)).isEqualTo(333);
    assertThat(TextWidth.units('W', false)).isEqualTo(944);
    assertThat(TextWidth.units('z', true)).isEqualTo(500);
    assertThat(TextWidth.of("Aa", 10, false)).isEqualTo((667 + 556) * 10 / 1000.0);
    assertThat(TextWidth.of("", 12, true)).isZero();
  }

  @Test
  void controlsMarksAndFormatCharactersTakeNoRoom() {
    for (int cp : new int[] {0x1F, 0x7F, 0x0301, 0x20DD, 0x200B, 0x00AD}) {
      assertThat(TextWidth.units(cp, false)).as(name(cp)).isZero();
    }
  }

  @Test
  void accentedLatinLettersMeasureAsTheirBaseLetter() {
    int[][] pairs = {{0xC1, 'A'}, {0xC7, 'C'}, {0xD1, 'N'}, {0xFC, 'u'}, {0x17D, 'Z'}, {0x1E00, 'A'}, {0x1E80, 'W'},
        {0x1EF3, 'y'}};
    for (int[] p : pairs) {
      assertThat(TextWidth.units(p[0], false)).as(name(p[0])).isEqualTo(TextWidth.units(p[1], false));
      assertThat(TextWidth.units(p[0], true)).as(name(p[0])).isEqualTo(TextWidth.units(p[1], true));
    }
  }

  @Test
  void latinLettersWithNoBaseLetterMeasureByTheirOwnWidthsNotAsAnAverageLetter() {
    // Helvetica's widths, as Liberation Sans (the map's fallback font) gives them: {letter, regular, bold}.
    int[][] widths = {{0xC6, 1000, 1000}, {0x152, 1000, 1000}, {0xE6, 889, 889}, {0x153, 944, 944},
        {0xD8, 778, 778}, {0xF8, 611, 611}, {0xDF, 611, 611}, {0xD0, 722, 722}, {0xDE, 667, 667},
        {0xF0, 556, 611}, {0xFE, 556, 611}, {0x141, 556, 611}, {0x142, 222, 278}, {0x110, 722, 722},
        {0x111, 556, 611}, {0x126, 722, 722}, {0x127, 556, 611}, {0x166, 611, 611}, {0x167, 278, 333}};
    for (int[] w : widths) {
      assertThat(TextWidth.units(w[0], false)).as(name(w[0])).isEqualTo(w[1]);
      assertThat(TextWidth.units(w[0], true)).as(name(w[0])).isEqualTo(w[2]);
    }
    assertThat(TextWidth.units(0xD8, false)).as("Ø as wide as O").isEqualTo(TextWidth.units('O', false));
    assertThat(TextWidth.of("Æ", 10, false)).isGreaterThan(TextWidth.of("A", 10, false));
    assertThat(TextWidth.ownWidth('A', false)).isZero();
  }

  @Test
  void theEllipsisIsAFullEmTheNoBreakSpaceASpaceAndOtherScriptsAnAverageLetter() {
    assertThat(TextWidth.units(0x2026, false)).isEqualTo(1000);
    assertThat(TextWidth.units(0xA0, false)).isEqualTo(TextWidth.units(' ', false));
    for (int cp : new int[] {0x3B1, 0x416, 0x5D0, 0x627, 0x250, 0x1EFF, 0x20AC}) {
      assertThat(TextWidth.units(cp, false)).as(name(cp)).isEqualTo(556);
    }
  }

  @Test
  void eastAsianWideCharactersAndEmojiAreAFullEmFromTheFirstToTheLastOfEachRange() {
    // {first, last} of each wide range: Hangul leading consonants, CJK radicals to CJK symbols, kana to CJK
    // compatibility, CJK extension A, CJK unified ideographs, Yi, Hangul syllables, CJK compatibility
    // ideographs, CJK compatibility forms, full-width forms, full-width signs, emoji, planes 2 and 3.
    int[][] ranges = {{0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
        {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6},
        {0x1F300, 0x1FAFF}, {0x20000, 0x3FFFD}};
    for (int[] r : ranges) {
      for (int cp : new int[] {r[0], r[1], (r[0] + r[1]) / 2}) {
        assertThat(TextWidth.isWide(cp)).as(name(cp)).isTrue();
      }
      for (int cp : new int[] {r[0] - 1, r[1] + 1}) {
        boolean inNext = java.util.Arrays.stream(ranges).anyMatch(o -> cp >= o[0] && cp <= o[1]);
        assertThat(TextWidth.isWide(cp)).as(name(cp)).isEqualTo(inNext);
      }
    }
    assertThat(TextWidth.units(0x4E2D, false)).isEqualTo(1000);
    assertThat(TextWidth.units(0x1F600, true)).isEqualTo(1000);
    assertThat(TextWidth.isWide('A')).isFalse();
  }
}
