package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.EditDistance;
import java.util.Collection;

/** "Did you mean" hints for misspelt ids, by edit distance. */
final class Suggest {
  private Suggest() {}

  static String closest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int tied = 0;
    for (String c : candidates) {
      int d = EditDistance.between(wrong, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
        tied = 1;
      } else if (d == bestDistance) {
        tied++;
      }
    }
    if (best == null || wrong.isEmpty() || best.isEmpty()) {
      return "";
    }
    // Short ids such as F1 and C1 are all an edit or two apart: suggest only the one id that differs by a single
    // character and keeps the first (F2 -> F1, not C1 -> F1).
    boolean plausible = wrong.length() < 4
        ? bestDistance <= 1 && tied == 1 && Character.toLowerCase(best.charAt(0)) == Character.toLowerCase(wrong.charAt(0))
        : bestDistance <= Math.max(1, wrong.length() / 3);
    return plausible ? "; did you mean \"" + best + "\"?" : "";
  }

  static String choices(Collection<String> candidates) {
    return candidates.isEmpty() ? "; none are declared" : "; declared: " + String.join(", ", candidates);
  }
}
