package io.github.bsckit.core.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The one "did you mean" helper of bsc-kit: finds the candidate a misspelt key, id or choice was meant to be.
 *
 * <p>Spellings that differ only in case, {@code _}, {@code -} or spaces always match ({@code fiscal_year_start}
 * finds {@code fiscalYearStart}). Otherwise a word of four characters or more matches a candidate at most a third
 * of its length of edits away; a shorter word such as {@code F2} matches only the one candidate a single edit away
 * that starts with the same character ({@code F1}, not {@code C2}), because short ids are all an edit or two apart.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * {@return the candidate closest to {@code wrong}, or empty when none is close enough}
   *
   * @param wrong the misspelt word
   * @param candidates the words it may have meant
   */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int tied = 0;
    String flatWrong = flat(wrong);
    for (String c : candidates) {
      int d = flat(c).equals(flatWrong) ? 0 : EditDistance.between(wrong, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
        tied = 1;
      } else if (d == bestDistance) {
        tied++;
      }
    }
    if (best == null || wrong.isEmpty() || best.isEmpty()) {
      return Optional.empty();
    }
    boolean plausible = bestDistance == 0
        || (wrong.length() < 4
            ? bestDistance <= 1 && tied == 1
                && Character.toLowerCase(best.charAt(0)) == Character.toLowerCase(wrong.charAt(0))
            : bestDistance <= Math.max(1, wrong.length() / 3));
    return plausible ? Optional.of(best) : Optional.empty();
  }

  /**
   * {@return {@code "; did you mean \"grow-revenue\"?"} for the closest candidate, or "" when none is close}: the
   * hint for a misspelt value, quoted as values are.
   *
   * @param wrong the misspelt value
   * @param candidates the values it may have meant
   */
  public static String hint(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates).map(c -> "; did you mean \"" + c + "\"?").orElse("");
  }

  /**
   * {@return {@code "; did you mean `baseline`?"} for the closest candidate, or "" when none is close}: the hint
   * for a misspelt document key, quoted as keys are.
   *
   * @param wrong the misspelt key
   * @param candidates the keys it may have meant
   */
  public static String keyHint(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates).map(c -> "; did you mean `" + c + "`?").orElse("");
  }

  /**
   * {@return {@code "; declared: a, b"}, or {@code "; none are declared"} when there are no candidates}
   *
   * @param candidates the words that exist
   */
  public static String choices(Collection<String> candidates) {
    return candidates.isEmpty() ? "; none are declared" : "; declared: " + String.join(", ", candidates);
  }

  private static String flat(String s) {
    return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }
}
