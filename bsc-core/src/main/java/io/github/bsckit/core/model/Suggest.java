package io.github.bsckit.core.model;

import java.util.Collection;

/** "Did you mean" hints for misspelt ids, by edit distance. */
final class Suggest {
  private Suggest() {}

  static String closest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(wrong, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    // Short ids such as F1 and C1 are all one edit apart, so only a case slip is worth suggesting for them.
    int tolerated = wrong.length() < 4 ? 0 : Math.max(1, wrong.length() / 3);
    return best != null && bestDistance <= tolerated ? "; did you mean \"" + best + "\"?" : "";
  }

  static String choices(Collection<String> candidates) {
    return candidates.isEmpty() ? "; none are declared" : "; declared: " + String.join(", ", candidates);
  }

  /** Levenshtein distance, case-insensitive. */
  static int distance(String a, String b) {
    String x = a.toLowerCase();
    String y = b.toLowerCase();
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
