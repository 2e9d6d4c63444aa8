package io.github.bsckit.core.io;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints for misspelt keys, ids and choices. */
final class Hints {
  private Hints() {}

  /**
   * {@return {@code "; did you mean `baseline`?"} for the candidate closest to {@code wrong}, or "" when none is
   * close}. Spellings that differ only in case, {@code _}, {@code -} or spaces always match
   * ({@code fiscal_year_start} finds {@code fiscalYearStart}); otherwise the edit distance must be at most a
   * third of the word.
   */
  static String didYouMean(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String flatWrong = flat(wrong);
    for (String c : candidates) {
      int d = flat(c).equals(flatWrong) ? 0 : distance(wrong.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(1, wrong.length() / 3) ? "; did you mean `" + best + "`?" : "";
  }

  private static String flat(String s) {
    return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
