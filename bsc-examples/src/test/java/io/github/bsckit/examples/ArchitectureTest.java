package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §1 as tests over every module's main sources: the allowed arrows between modules, no third-party
 * library where it does not belong, and no cycle between packages anywhere.
 */
class ArchitectureTest {
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern REFERENCE = Pattern.compile("\\b((?:io\\.github\\.bsckit|org\\.jgrapht|org\\.hipparchus|picocli|tools\\.jackson)(?:\\.[a-z]\\w*)*)\\.[A-Z]");

  /** Package → the packages (of bsc-kit and of the watched libraries) its main sources refer to. */
  private static final Map<String, Set<String>> DEPENDENCIES = scan();

  private static Map<String, Set<String>> scan() {
    Map<String, Set<String>> deps = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
          .toList()) {
        String text = Files.readString(file);
        Matcher p = PACKAGE.matcher(text);
        if (!p.find()) {
          continue;
        }
        Set<String> refs = deps.computeIfAbsent(p.group(1), k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
          if (!m.group(1).equals(p.group(1))) {
            refs.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deps;
  }

  private static List<String> violations(String fromPrefix, String... forbiddenPrefixes) {
    List<String> found = new ArrayList<>();
    DEPENDENCIES.forEach((pkg, refs) -> {
      if (pkg.startsWith(fromPrefix)) {
        for (String ref : refs) {
          for (String forbidden : forbiddenPrefixes) {
            if (ref.startsWith(forbidden)) {
              found.add(pkg + " -> " + ref);
            }
          }
        }
      }
    });
    return found;
  }

  @Test
  void theScanSeesEveryModule() {
    assertThat(DEPENDENCIES.keySet()).anyMatch(p -> p.startsWith("io.github.bsckit.core."))
        .anyMatch(p -> p.startsWith("io.github.bsckit.graph.")).anyMatch(p -> p.startsWith("io.github.bsckit.okr."))
        .anyMatch(p -> p.startsWith("io.github.bsckit.testkit")).anyMatch(p -> p.startsWith("io.github.bsckit.cli"))
        .anyMatch(p -> p.startsWith("io.github.bsckit.analytics."))
        .anyMatch(p -> p.startsWith("io.github.bsckit.report"));
  }

  @Test
  void bscReportBuildsOnCoreGraphAndOkrAloneAndNoOneButTheCliBuildsOnIt() {
    assertThat(violations("io.github.bsckit.report", "io.github.bsckit.cli", "io.github.bsckit.testkit", "picocli",
        "tools.jackson")).isEmpty();
    for (String library : List.of("io.github.bsckit.core", "io.github.bsckit.graph", "io.github.bsckit.okr",
        "io.github.bsckit.testkit")) {
      assertThat(violations(library, "io.github.bsckit.report")).as(library).isEmpty();
    }
  }

  @Test
  void bscCoreKnowsNoOtherModuleNoJgraphtAndNoPicocli() {
    assertThat(violations("io.github.bsckit.core", "io.github.bsckit.graph", "io.github.bsckit.okr",
        "io.github.bsckit.testkit", "io.github.bsckit.cli", "io.github.bsckit.analytics", "org.jgrapht", "picocli",
        "org.hipparchus")).isEmpty();
  }

  @Test
  void bscGraphAndBscOkrNeverImportEachOther() {
    assertThat(violations("io.github.bsckit.graph", "io.github.bsckit.okr", "io.github.bsckit.cli", "picocli",
        "io.github.bsckit.analytics", "org.hipparchus")).isEmpty();
    assertThat(violations("io.github.bsckit.okr", "io.github.bsckit.graph", "io.github.bsckit.cli", "picocli",
        "org.jgrapht")).isEmpty();
  }

  @Test
  void bscAnalyticsDependsOnCoreAndGraphAloneAndNothingDependsOnItButTheCliAndExamples() {
    assertThat(violations("io.github.bsckit.analytics", "io.github.bsckit.okr", "io.github.bsckit.testkit",
        "io.github.bsckit.cli", "io.github.bsckit.report", "picocli", "tools.jackson")).isEmpty();
    assertThat(violations("io.github.bsckit.okr", "io.github.bsckit.analytics", "org.hipparchus")).isEmpty();
    assertThat(violations("io.github.bsckit.testkit", "io.github.bsckit.analytics", "org.hipparchus")).isEmpty();
  }

  @Test
  void bscTestkitDependsOnBscCoreAlone() {
    assertThat(violations("io.github.bsckit.testkit", "io.github.bsckit.graph", "io.github.bsckit.okr",
        "io.github.bsckit.cli", "org.jgrapht", "picocli")).isEmpty();
  }

  @Test
  void noTwoPackagesDependOnEachOtherThroughAnyChain() {
    List<List<String>> cycles = new ArrayList<>();
    Map<String, Integer> state = new HashMap<>();
    for (String start : DEPENDENCIES.keySet()) {
      findCycle(start, state, new ArrayDeque<>(), cycles);
    }
    assertThat(cycles).isEmpty();
  }

  /** Depth-first search; state 1 = on the current path, 2 = finished. */
  private static void findCycle(String pkg, Map<String, Integer> state, Deque<String> path, List<List<String>> out) {
    Integer s = state.get(pkg);
    if (s != null) {
      if (s == 1) {
        List<String> cycle = new ArrayList<>(path);
        out.add(cycle.subList(cycle.indexOf(pkg), cycle.size()));
      }
      return;
    }
    state.put(pkg, 1);
    path.addLast(pkg);
    for (String next : DEPENDENCIES.getOrDefault(pkg, Set.of())) {
      if (next.startsWith("io.github.bsckit")) {
        findCycle(next, state, path, out);
      }
    }
    path.removeLast();
    state.put(pkg, 2);
  }
}
