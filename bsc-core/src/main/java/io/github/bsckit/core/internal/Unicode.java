package io.github.bsckit.core.internal;

/**
 * Text that is valid Unicode. A Java string may hold a lone UTF-16 surrogate (JSON's {@code "\ud800"} escape
 * makes one), which no UTF-8 document can carry: a writer turns it into another character, so a value holding
 * one cannot be written and read back. Readers and constructors refuse it instead.
 */
public final class Unicode {
  private Unicode() {}

  /**
   * Finds the first surrogate that is not half of a pair.
   *
   * @param s the text
   * @return its index, or -1 when every surrogate is paired
   */
  public static int unpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@return a problem message for text holding an unpaired surrogate, or {@code null} when it holds none}
   *
   * @param s the text
   */
  public static String problem(String s) {
    int at = unpairedSurrogate(s);
    return at < 0 ? null : "must be valid Unicode text but holds an unpaired surrogate (\\u"
        + Integer.toHexString(s.charAt(at)) + ") at character " + (at + 1);
  }

  /**
   * {@return the text with each unpaired surrogate replaced by U+FFFD, so that a problem is reported once}
   *
   * @param s the text
   */
  public static String repaired(String s) {
    if (unpairedSurrogate(s) < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else {
        sb.append(Character.isSurrogate(c) ? '\ufffd' : c);
      }
    }
    return sb.toString();
  }
}
