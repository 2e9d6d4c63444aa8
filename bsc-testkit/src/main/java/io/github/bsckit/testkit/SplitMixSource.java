package io.github.bsckit.testkit;

import io.github.bsckit.core.internal.Checks;

/**
 * SplitMix64 (Steele, Lea and Flood 2014) with unbiased bounded draws by rejection. Written out here rather
 * than borrowed from the JDK so that the numbers, and therefore every seeded scorecard, never change with the
 * JDK release.
 */
final class SplitMixSource implements Source {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long state;

  SplitMixSource(long seed) {
    this.state = seed;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  @Override
  public long between(long lo, long hi) {
    Checks.requireAtMost("lo", lo, hi);
    long n = hi - lo + 1;
    if (n == 0) {
      // The full 64-bit range: every long is allowed.
      return nextLong();
    }
    // Accept only draws at or above 2^64 mod n (unsigned), so that every remainder is equally likely.
    long threshold = Long.remainderUnsigned(-n, n);
    long x;
    do {
      x = nextLong();
    } while (Long.compareUnsigned(x, threshold) < 0);
    return lo + Long.remainderUnsigned(x, n);
  }
}
