package io.github.bsckit.testkit.model;

import io.github.bsckit.testkit.Generator;
import io.github.bsckit.testkit.Generators;
import io.github.bsckit.testkit.Weighted;
import io.github.bsckit.core.internal.Checks;

/**
 * Generators of display names: plain ASCII, any Unicode (several scripts, supplementary characters, combining
 * marks, and the characters that markup must escape), and plausible scorecard vocabulary. Every name is
 * non-blank, as the model requires.
 */
public final class NameGenerators {
  private static final String ASCII =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /** Code point ranges to draw letters from, as {first, last}; Basic Latin first, so it is the simplest. */
  private static final int[][] LETTERS = {
      {'a', 'z'}, {'A', 'Z'}, {0xC0, 0xD6}, {0xD8, 0xF6}, {0x100, 0x17F}, {0x391, 0x3A9}, {0x3B1, 0x3C9},
      {0x410, 0x44F}, {0x5D0, 0x5EA}, {0x627, 0x64A}, {0x905, 0x939}, {0x3041, 0x3096}, {0x4E00, 0x9FFF},
      {0xAC00, 0xD7A3}, {0x1F300, 0x1F64F}, {0x1D400, 0x1D433}};
  private static final String MARKUP = "<>&\"'/\\";

  private NameGenerators() {}

  /**
   * {@return a generator of printable ASCII names of a length in [minLength, maxLength]; the first character
   * is never a space}
   *
   * @param minLength the shortest length, at least 1
   * @param maxLength the longest length
   * @throws io.github.bsckit.core.BscException if the bounds are wrong
   */
  public static Generator<String> ascii(int minLength, int maxLength) {
    Checks.requireAtLeast("minLength", minLength, 1);
    Checks.requireAtMost("minLength", minLength, maxLength);
    return source -> {
      int n = source.between(minLength, maxLength);
      StringBuilder sb = new StringBuilder(n);
      sb.append(ASCII.charAt(source.between(0, ASCII.length() - 1)));
      for (int i = 1; i < n; i++) {
        sb.append(source.chance(10) ? ' ' : ASCII.charAt(source.between(0, ASCII.length() - 1)));
      }
      return sb.toString();
    };
  }

  /**
   * {@return a generator of Unicode names of [minLength, maxLength] code points: letters of many scripts
   * (supplementary ones included, so some names hold surrogate pairs), combining marks after letters, spaces
   * between words, and markup characters ({@code < > & " ' / \})}
   *
   * @param minLength the fewest code points, at least 1
   * @param maxLength the most code points
   * @throws io.github.bsckit.core.BscException if the bounds are wrong
   */
  public static Generator<String> unicode(int minLength, int maxLength) {
    Checks.requireAtLeast("minLength", minLength, 1);
    Checks.requireAtMost("minLength", minLength, maxLength);
    return source -> {
      int n = source.between(minLength, maxLength);
      StringBuilder sb = new StringBuilder(n * 2);
      sb.appendCodePoint(letter(source));
      for (int i = 1; i < n; i++) {
        int kind = source.between(0, 9);
        if (kind == 7) {
          sb.appendCodePoint(source.between(0x300, 0x36F));
        } else if (kind == 8 && i < n - 1) {
          sb.append(' ');
        } else if (kind == 9) {
          sb.append(MARKUP.charAt(source.between(0, MARKUP.length() - 1)));
        } else {
          sb.appendCodePoint(letter(source));
        }
      }
      return sb.toString();
    };
  }

  private static int letter(io.github.bsckit.testkit.Source source) {
    int[] range = LETTERS[source.between(0, LETTERS.length - 1)];
    return source.between(range[0], range[1]);
  }

  /** {@return a generator of single words of the scorecard vocabulary, some of them not English} */
  public static Generator<String> words() {
    return Generators.elementOf(Vocabulary.WORDS);
  }

  /**
   * {@return a generator of objective names: mostly plausible ones ("Increase Customer Retention", some in
   * other languages or with markup characters), sometimes arbitrary ASCII or Unicode}
   */
  public static Generator<String> objectiveNames() {
    return Generators.frequency(
        Weighted.of(6, Generators.elementOf(Vocabulary.OBJECTIVES_BY_PERSPECTIVE.get("customer"))),
        Weighted.of(3, Generators.elementOf(Vocabulary.OBJECTIVES)),
        Weighted.of(1, any()));
  }

  /** {@return a generator of plausible owner names (roles and people, some not ASCII)} */
  public static Generator<String> owners() {
    return Generators.elementOf(Vocabulary.OWNERS);
  }

  /** {@return a generator of any kind of name: ASCII or Unicode, 1 to 40 characters, mostly ASCII} */
  public static Generator<String> any() {
    return Generators.frequency(Weighted.of(3, ascii(1, 40)), Weighted.of(2, unicode(1, 40)));
  }
}
