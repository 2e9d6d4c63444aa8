package io.github.bsckit.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.examples.fuzz.Mutator.Mutant;
import io.github.bsckit.examples.fuzz.Oracle.Breach;
import io.github.bsckit.examples.fuzz.Oracle.Outcome;
import io.github.bsckit.examples.fuzz.Seeds.Seed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The fuzz suite: seeded mutants of the example documents (YAML, JSON) and of their actuals (CSV), each checked
 * by the {@link Oracle} within a one-second CPU budget per case.
 *
 * <p>Deterministic by default: {@value #DEFAULT_CASES} cases from seed {@value #DEFAULT_SEED} on every build.
 * A larger or different run: {@code -Dfuzz.cases=100000 -Dfuzz.seed=42}. Case {@code i} uses the seed
 * {@code fuzz.seed + i·φ} (φ = 0x9E3779B97F4A7C15), and a failure prints that case seed with the mutant, so
 * {@code -Dfuzz.seed=<case seed> -Dfuzz.cases=1} runs exactly that case again. Mutants that fail are also
 * written to {@code target/fuzz-failures/}.
 *
 * <p>Defects already reported and being fixed are listed in {@link KnownDefect}: a breach that one of them
 * explains is counted, not failed, and {@link KnownDefectsTest} fails as soon as a fix makes an entry
 * unnecessary.
 */
class DocumentFuzzTest {
  static final int DEFAULT_CASES = 2000;
  static final long DEFAULT_SEED = 20261201L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final Duration CPU_BUDGET = Duration.ofSeconds(1);
  private static final Duration WALL_LIMIT = Duration.ofSeconds(30);
  private static final int MAX_REPORTED = 5;

  @Test
  void everyMutantReadsOrIsRefusedWithLocatedProblemsAndEveryOperationAnswersCleanlyWithinItsBudget() {
    int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    List<Seed> seeds = Seeds.all();
    List<KnownDefect> open = KnownDefect.open();
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    Map<KnownDefect, Integer> known = new EnumMap<>(KnownDefect.class);
    List<String> failures = new ArrayList<>();
    PriorityQueue<Slow> slowest = new PriorityQueue<>(Comparator.comparingLong(Slow::nanos));
    int failed = 0;
    long started = System.nanoTime();
    long cpuStarted = processCpuNanos();
    try (Watchdog watchdog = new Watchdog(CPU_BUDGET, WALL_LIMIT)) {
      for (int i = 0; i < cases; i++) {
        long caseSeed = seed + i * GOLDEN;
        SplittableRandom random = new SplittableRandom(caseSeed);
        Seed from = seeds.get(random.nextInt(seeds.size()));
        Mutant mutant = Mutator.mutate(from.text(), from.kind(), random);
        String text = mutant.printable();
        boolean skipWrite = open.stream().anyMatch(d -> d.endangers(text));
        Optional<Throwable> breach;
        long caseStarted = System.nanoTime();
        try {
          outcomes.merge(watchdog.run(() -> Oracle.check(from, mutant, skipWrite)), 1, Integer::sum);
          breach = Optional.empty();
        } catch (ExecutionException e) {
          breach = Optional.of(e.getCause());
        } catch (Watchdog.Overrun e) {
          breach = Optional.of(new Breach("budget", e.getMessage(), null));
        }
        slowest.add(new Slow(System.nanoTime() - caseStarted, caseSeed, from.name(), mutant.operators()));
        if (slowest.size() > 3) {
          slowest.poll();
        }
        if (breach.isPresent()) {
          Throwable t = breach.get();
          Optional<KnownDefect> excused = open.stream().filter(d -> d.excuses(t, text)).findFirst();
          if (excused.isPresent()) {
            known.merge(excused.get(), 1, Integer::sum);
          } else if (failed++ < MAX_REPORTED) {
            failures.add(report(caseSeed, from, mutant, t));
          }
        }
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    long cpuMillis = (processCpuNanos() - cpuStarted) / 1_000_000;
    System.out.printf("fuzz: %d cases from seed %d in %d ms (%d ms CPU): %s; known open defects %s; %d failed; slowest %s%n",
        cases, seed, millis, cpuMillis, outcomes, known, failed, slowest.stream().sorted(Comparator.comparingLong(Slow::nanos)
            .reversed()).toList());
    assertThat(failures).as("%d of %d cases breached the oracle (first %d shown)", failed, cases, MAX_REPORTED)
        .isEmpty();
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** A case and its wall-clock time, for the summary's slowest cases. */
  private record Slow(long nanos, long caseSeed, String seed, List<String> operators) {
    @Override
    public String toString() {
      return nanos / 1_000_000 + " ms " + Long.toUnsignedString(caseSeed) + " " + seed + " " + operators;
    }
  }

  private static String report(long caseSeed, Seed from, Mutant mutant, Throwable t) {
    String text = mutant.printable();
    Path saved = Path.of("target", "fuzz-failures", Long.toUnsignedString(caseSeed) + "-" + from.name());
    try {
      Files.createDirectories(saved.getParent());
      Files.write(saved, mutant.bytes() != null ? mutant.bytes() : text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String shown = text.length() <= 6000 ? text
        : text.substring(0, 3000) + "\n[… " + (text.length() - 6000) + " characters …]\n" + text.substring(text.length() - 3000);
    StringBuilder sb = new StringBuilder("\n=== case seed ").append(caseSeed)
        .append(" (rerun: -Dfuzz.seed=").append(caseSeed).append(" -Dfuzz.cases=1)\n")
        .append("seed document: ").append(from.name()).append(", read as ")
        .append(mutant.bytes() != null ? "bytes" : "a string").append("; mutations: ").append(mutant.operators())
        .append("\nbreach: ").append(t).append('\n');
    Throwable cause = t.getCause() != null ? t.getCause() : t;
    StackTraceElement[] trace = cause.getStackTrace();
    for (int i = 0; i < Math.min(trace.length, 12); i++) {
      sb.append("    at ").append(trace[i]).append('\n');
    }
    return sb.append("saved as ").append(saved).append("\n--- mutant ---\n").append(shown).append("\n--- end ---")
        .toString();
  }
}
