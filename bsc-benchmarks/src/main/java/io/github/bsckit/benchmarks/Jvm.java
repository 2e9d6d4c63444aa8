package io.github.bsckit.benchmarks;

/**
 * The flags every benchmark forks with (its {@code @Fork(jvmArgs = …)}; a {@code -jvmArgs} on the command line
 * replaces them): a fixed heap, touched at start.
 *
 * <p>Why: without them the JVM sizes its heap to a quarter of the machine's memory and G1 grows its young
 * generation past a gigabyte after its first collections. A benchmark allocating megabytes an operation then
 * runs for seconds into pages never used before, each faulted in by the kernel: on the 2-core reference machine
 * a 1,000-KPI score report measured 24.6 ms for 1-second iterations right after warm-up, against 2.5 ms with
 * the heap touched, with no collection at all in between. The measurement would then be of the kernel, not of
 * the code. Touching 2 GB costs about half a second per fork.
 */
final class Jvm {
  /** The smallest heap: as large as the largest, so the heap is never resized. */
  static final String MIN_HEAP = "-Xms2g";
  /** The largest heap: room for every benchmark's default parameters. */
  static final String MAX_HEAP = "-Xmx2g";
  /** The smallest heap of the portfolio benchmark, whose 1,000 units keep about 75 KB each alive while scored. */
  static final String LARGE_MIN_HEAP = "-Xms6g";
  /** The largest heap of the portfolio benchmark. */
  static final String LARGE_MAX_HEAP = "-Xmx6g";
  /** Every page of the heap touched at start, not on first use inside a measurement. */
  static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";

  private Jvm() {}
}
