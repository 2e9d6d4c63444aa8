package io.github.bsckit.core.internal;

import java.util.Locale;

/**
 * Levenshtein distance, ignoring case: how many single-character edits turn one word into another; the measure
 * behind {@link DidYouMean}.
 */
public final class EditDistance {
  private EditDistance() {}

  /**
   * {@return the number of insertions, deletions and substitutions between the two, ignoring case}
   *
   * @param a a word
   * @param b another word
   */
  public static int between(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()];
  }
}
