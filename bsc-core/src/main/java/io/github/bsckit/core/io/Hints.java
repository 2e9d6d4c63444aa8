package io.github.bsckit.core.io;

import io.github.bsckit.core.internal.EditDistance;
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
      int d = flat(c).equals(flatWrong) ? 0 : EditDistance.between(wrong, c);
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
}
