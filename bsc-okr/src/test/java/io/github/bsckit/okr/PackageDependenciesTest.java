package io.github.bsckit.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module's layering, read from its sources: packages by concept, no cycles, nothing of bsc-graph. */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(io\\.github\\.bsckit\\.[a-z.]+)\\.[A-Z]",
      Pattern.MULTILINE);

  /** Package → the io.github.bsckit packages its sources import. */
  private static Map<String, Set<String>> imports() {
    Map<String, Set<String>> deps = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")).toList()) {
        String pkg = SOURCES.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), ".");
        Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            out.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deps;
  }

  @Test
  void packagesDependOnEachOtherWithoutCycles() {
    Map<String, Set<String>> deps = imports();
    assertThat(deps).containsKeys(
        "io.github.bsckit.okr.plan", "io.github.bsckit.okr.wording", "io.github.bsckit.okr.grading");
    assertThat(deps.get("io.github.bsckit.okr.plan"))
        .contains("io.github.bsckit.core.calendar", "io.github.bsckit.core.pacing", "io.github.bsckit.core.model");
    List<String> cycles = new ArrayList<>();
    for (String start : deps.keySet()) {
      if (reaches(deps, start, start, new TreeSet<>())) {
        cycles.add(start);
      }
    }
    assertThat(cycles).as("packages on a cycle, given %s", deps).isEmpty();
  }

  @Test
  void dependsOnBscCoreOnlyNeverOnBscGraph() {
    imports().forEach((pkg, used) -> assertThat(used).as(pkg)
        .allMatch(u -> u.startsWith("io.github.bsckit.okr.") || u.startsWith("io.github.bsckit.core")));
  }

  @Test
  void thePlanKnowsNothingOfWordingOrGrading() {
    assertThat(imports().get("io.github.bsckit.okr.plan"))
        .noneMatch(u -> u.endsWith(".wording") || u.endsWith(".grading"));
  }

  private static boolean reaches(Map<String, Set<String>> deps, String from, String target, Set<String> seen) {
    for (String next : deps.getOrDefault(from, Set.of())) {
      if (next.equals(target) || (seen.add(next) && reaches(deps, next, target, seen))) {
        return true;
      }
    }
    return false;
  }
}
