package io.github.bsckit.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Word wrapping for every export: by code points for DOT and Mermaid, by measured width for SVG. Lines never
 * pass the width, hold the text's words in order, break only where the next word would not fit, and when the
 * text needs more lines than allowed the last one ends with an ellipsis and still fits.
 */
@Tag("text")
class WordsTest {
  /** Texts of words of 1 to 12 letters, some wide, separated by one or more spaces. */
  private static Gen<String> texts() {
    Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12)
        .mix(strings().betweenCodePoints(0x4E00, 0x4E20).ofLengthBetween(1, 4), 20);
    return lists().of(word).ofSizeBetween(1, 14).map(ws -> String.join(ws.size() % 3 == 0 ? "  " : " ", ws));
  }

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }

  /**
   * Checks wrapped lines against the text they came from: each line fits, the lines hold the text's words in
   * order (a word wider than a line split into pieces), and each line ends only where the next word, or the next
   * character of a word being split, would not have fitted.
   */
  private static void checkWrapped(List<String> lines, String text, Predicate<String> fits) {
    List<String> words = words(text);
    int w = 0;
    String rest = words.get(0);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      assertThat(fits.test(line)).as("%s fits", line).isTrue();
      boolean atWordStart = false;
      for (String token : line.split(" ")) {
        assertThat(rest).as("%s continues the text", lines).startsWith(token);
        rest = rest.substring(token.length());
        atWordStart = rest.isEmpty();
        if (atWordStart && w + 1 < words.size()) {
          rest = words.get(++w);
        }
      }
      if (i + 1 < lines.size()) {
        if (!atWordStart) {
          String grown = line + new String(Character.toChars(rest.codePointAt(0)));
          assertThat(fits.test(grown)).as("%s: the piece could take no more", lines).isFalse();
        } else if (fits.test(rest)) {
          assertThat(fits.test(line + " " + rest)).as("%s: the next word would not fit", lines).isFalse();
        }
      }
    }
    assertThat(w).as("every word placed").isEqualTo(words.size() - 1);
  }

  @Test
  void byCodePointsEveryLineFitsTheWordsKeepTheirOrderAndALineBreaksOnlyWhereTheNextWordWouldNotFit() {
    qt().withExamples(300).forAll(texts(), integers().between(4, 20)).checkAssert((text, width) ->
        checkWrapped(Words.wrap(text, width, Integer.MAX_VALUE), text, l -> Words.length(l) <= width));
  }

  @Test
  void byCodePointsTextPastTheLastLineIsCutWithAnEllipsisThatStillFits() {
    qt().withExamples(300).forAll(texts(), integers().between(4, 20), integers().between(1, 4))
        .checkAssert((text, width, max) -> {
          List<String> all = Words.wrap(text, width, Integer.MAX_VALUE);
          List<String> cut = Words.wrap(text, width, max);

          if (all.size() <= max) {
            assertThat(cut).isEqualTo(all);
          } else {
            assertThat(cut).hasSize(max);
            assertThat(cut.subList(0, max - 1)).isEqualTo(all.subList(0, max - 1));
            String last = cut.get(max - 1);
            assertThat(last).endsWith("\u2026");
            assertThat(Words.length(last)).isLessThanOrEqualTo(width);
            String kept = last.substring(0, last.length() - 1);
            assertThat(all.get(max - 1)).startsWith(kept);
            assertThat(Words.length(kept)).isEqualTo(Math.min(Words.length(all.get(max - 1)), width - 1));
          }
        });
  }

  @Test
  void byCodePointsAWordAsLongAsTheLineFillsItAndALongerOneIsCutInside() {
    assertThat(Words.wrap("abcde", 5, 3)).containsExactly("abcde");
    assertThat(Words.wrap("ab cd", 5, 3)).containsExactly("ab cd");
    assertThat(Words.wrap("ab cde", 5, 3)).containsExactly("ab", "cde");
    assertThat(Words.wrap("ab abcdefghijkl x", 5, 9)).containsExactly("ab", "abcde", "fghij", "kl x");
    assertThat(Words.wrap("one two three four", 9, 2)).containsExactly("one two", "three\u2026");
    assertThat(Words.wrap("one two three", 7, 2)).containsExactly("one two", "three");
    assertThat(Words.wrap("one two three four", 7, 3)).containsExactly("one two", "three", "four");
    assertThat(Words.wrap("ab cdefg hi", 5, 2)).containsExactly("ab", "cdef\u2026");
  }

  @Test
  void byWidthEveryLineFitsTheWordsKeepTheirOrderAndALineBreaksOnlyWhereTheNextWordWouldNotFit() {
    qt().withExamples(300).forAll(texts(), integers().between(30, 160)).checkAssert((text, width) ->
        checkWrapped(Words.wrap(text, width, 11, false, Integer.MAX_VALUE), text,
            l -> TextWidth.of(l, 11, false) <= width));
  }

  @Test
  void byWidthTextPastTheLastLineEndsInTheLongestPrefixThatFitsWithAnEllipsis() {
    qt().withExamples(300).forAll(texts(), integers().between(30, 160), integers().between(1, 4))
        .checkAssert((text, width, max) -> {
          List<String> all = Words.wrap(text, width, 11, true, Integer.MAX_VALUE);
          List<String> cut = Words.wrap(text, width, 11, true, max);

          if (all.size() <= max) {
            assertThat(cut).isEqualTo(all);
          } else {
            assertThat(cut).hasSize(max);
            assertThat(cut.subList(0, max - 1)).isEqualTo(all.subList(0, max - 1));
            String last = cut.get(max - 1);
            String whole = all.get(max - 1);
            assertThat(last).endsWith("\u2026");
            assertThat(TextWidth.of(last, 11, true)).isLessThanOrEqualTo(width);
            // The longest start of the line as wrapped that fits with the ellipsis, trailing spaces dropped.
            String longest = "";
            for (int i = 0; i < whole.length(); i = whole.offsetByCodePoints(i, 1)) {
              String p = whole.substring(0, whole.offsetByCodePoints(i, 1));
              if (TextWidth.of(p + "\u2026", 11, true) <= width) {
                longest = p;
              }
            }
            assertThat(last).isEqualTo(longest.stripTrailing() + "\u2026");
          }
        });
  }

  @Test
  void byWidthTwoWordsThatExactlyFillTheLineShareItAndALongWordIsCutWhereItStopsFitting() {
    double exact = TextWidth.of("ab cd", 10, false);
    assertThat(Words.wrap("ab cd", exact, 10, false, 3)).containsExactly("ab cd");
    assertThat(Words.wrap("ab cd", exact - 0.01, 10, false, 3)).containsExactly("ab", "cd");

    // Digits are all 556 units wide: four of them fill the line exactly.
    double four = TextWidth.of("0123", 10, false);
    assertThat(Words.wrap("0123456789", four, 10, false, 9)).containsExactly("0123", "4567", "89");
    assertThat(Words.wrap("x 0123456789", four, 10, false, 9)).containsExactly("x", "0123", "4567", "89");
    assertThat(Words.wrap("0123 4567 8901", four, 10, false, 2)).containsExactly("0123", "45\u2026");
    assertThat(Words.wrap("0123 4567", four, 10, false, 2)).containsExactly("0123", "4567");
    double ellipsis = TextWidth.of("\u2026", 10, false);
    assertThat(Words.wrap("ab cd", ellipsis, 10, false, 1)).containsExactly("\u2026");
  }

  @Test
  void controlCharactersLoneSurrogatesAndNonCharactersBecomeTheReplacementCharacter() {
    String in = "a\u0001b\u007f\ud800c\udfffd\ufffe\uffff\t\n" + "\ud7ff\ue000\ufffd\ud83d\ude00";
    StringBuilder expected = new StringBuilder("a\ufffdb\ufffd\ufffdc\ufffdd\ufffd\ufffd\t\n");
    expected.append("\ud7ff\ue000\ufffd\ud83d\ude00");

    assertThat(Words.visible(in)).isEqualTo(expected.toString());
    assertThat(Words.wrap("a\u0001b", 10, 1)).containsExactly("a\ufffdb");
    assertThat(Words.wrap("  spaced   out  ", 20, 1)).containsExactly("spaced out");
    assertThat(Words.wrap("   ", 20, 1)).as("blank text: no lines").isEmpty();
    assertThat(Words.wrap("   ", 100, 11, false, 1)).isEmpty();
  }
}
