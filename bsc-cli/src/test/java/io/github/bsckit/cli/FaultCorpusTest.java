package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.bsckit.cli.support.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every subcommand over a corpus of bad inputs, bad outputs and bad option values, as issue 18's CLI fault sweep
 * found them. Each case must end with its documented exit code, print one line for its one problem on standard
 * error, show no stack trace and no Java class name of an exception, leave every input byte for byte as it was
 * and leave no temporary file behind.
 */
class FaultCorpusTest {
  @TempDir
  static Path dir;

  private static Path doc;
  private static Path csv;
  private static final Map<String, Path> BAD_INPUTS = new TreeMap<>();

  @BeforeAll
  static void corpus() throws Exception {
    doc = Files.copy(CliRun.ACME, dir.resolve("acme.yaml"));
    csv = Files.writeString(dir.resolve("actuals.csv"), "kpi,date,value\nretention,2026-06-30,86\n");
    Files.writeString(dir.resolve("cycle.yaml"), """
        bsc: 1
        name: Loop
        objectives:
          - {id: A, name: Alpha, perspective: financial}
          - {id: B, name: Beta, perspective: customer}
          - {id: C, name: Gamma, perspective: internal-process}
        links:
          - {from: A, to: B}
          - {from: B, to: C}
          - {from: C, to: A}
        """);
    BAD_INPUTS.put("a missing file", dir.resolve("missing.yaml"));
    BAD_INPUTS.put("a folder", Files.createDirectory(dir.resolve("folder.yaml")));
    BAD_INPUTS.put("/dev/null", Path.of("/dev/null"));
    BAD_INPUTS.put("an unknown extension", Files.copy(doc, dir.resolve("acme.txt")));
    byte[] binary = new byte[4096];
    new java.util.Random(18).nextBytes(binary);
    binary[0] = (byte) 0xC3; // a UTF-8 lead byte followed by garbage: never valid text
    binary[1] = (byte) 0x28;
    BAD_INPUTS.put("binary bytes", Files.write(dir.resolve("binary.yaml"), binary));
    BAD_INPUTS.put("an unknown format version", Files.writeString(dir.resolve("future.yaml"), "bsc: 2\nname: X\n"));
    Path fifo = dir.resolve("fifo.yaml");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      BAD_INPUTS.put("a FIFO nobody writes to", fifo);
    }
  }

  /** The bad inputs that are no readable file at all, which even {@code bsc jshell FILE} must refuse. */
  private static final List<String> NOT_A_FILE = List.of("a missing file", "a folder", "/dev/null",
      "a FIFO nobody writes to");

  /** The subcommands that read FILE, each as the arguments around it. */
  private static final List<List<String>> READERS = List.of(
      List.of("validate"), List.of("score"), List.of("map"), List.of("paths", "--from", "L1"), List.of("okr"),
      List.of("validate", "--json"), List.of("score", "--json", "--as-of", "2026-06-30"));

  @TestFactory
  Stream<DynamicTest> everyCommandRefusesABadInputInOneLineWithExitCode2() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Path> input : BAD_INPUTS.entrySet()) {
      for (List<String> command : READERS) {
        List<String> args = new ArrayList<>(command.subList(0, 1));
        args.add(input.getValue().toString());
        args.addAll(command.subList(1, command.size()));
        tests.add(dynamicTest(String.join(" ", command) + " on " + input.getKey(),
            () -> refusedCleanly(ExitCode.UNREADABLE, input.getValue().toString(), args.toArray(String[]::new))));
      }
      if (NOT_A_FILE.contains(input.getKey())) {
        tests.add(dynamicTest("jshell on " + input.getKey(), () -> refusedCleanly(ExitCode.UNREADABLE,
            input.getValue().toString(), "jshell", input.getValue().toString())));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aBadActualsFileIsRefusedLikeABadDocument() {
    return BAD_INPUTS.entrySet().stream().filter(e -> !e.getKey().equals("an unknown extension"))
        .flatMap(e -> Stream.of("score", "map").map(command -> dynamicTest(command + " --actuals " + e.getKey(),
            () -> refusedCleanly(ExitCode.UNREADABLE, e.getValue().toString(), command, doc.toString(),
                "--actuals", e.getValue().toString()))));
  }

  @TestFactory
  Stream<DynamicTest> anOutputThatCannotOrMustNotBeWrittenIsRefused() throws IOException {
    Path link = dir.resolve("link-to-acme.yaml");
    if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(link, doc);
    }
    Path hard = dir.resolve("hard-link-to-actuals.csv");
    if (!Files.exists(hard)) {
      Files.createLink(hard, csv);
    }
    Map<String, Object[]> cases = new TreeMap<>();
    cases.put("-o the input document", new Object[] {ExitCode.USAGE, doc.toString(), List.of("map", doc.toString(),
        "-o", doc.toString())});
    cases.put("-o a symbolic link to the input document", new Object[] {ExitCode.USAGE, link.toString(),
        List.of("map", doc.toString(), "-o", link.toString())});
    cases.put("-o the actuals CSV", new Object[] {ExitCode.USAGE, csv.toString(), List.of("map", doc.toString(),
        "--actuals", csv.toString(), "-o", csv.toString())});
    cases.put("-o a hard link to the actuals CSV", new Object[] {ExitCode.USAGE, hard.toString(),
        List.of("map", doc.toString(), "--actuals", csv.toString(), "-o", hard.toString())});
    cases.put("-o /", new Object[] {ExitCode.USAGE, "/", List.of("map", doc.toString(), "-o", "/")});
    cases.put("-o a folder", new Object[] {ExitCode.USAGE, dir.toString(), List.of("map", doc.toString(), "-o",
        dir.toString())});
    cases.put("-o /dev/null", new Object[] {ExitCode.USAGE, "/dev/null", List.of("map", doc.toString(), "-o",
        "/dev/null")});
    Path missing = dir.resolve("no-such-folder").resolve("map.svg");
    cases.put("-o into a missing folder", new Object[] {ExitCode.UNREADABLE, missing.toString(),
        List.of("map", doc.toString(), "-o", missing.toString())});
    cases.put("demo -o into a missing folder", new Object[] {ExitCode.UNREADABLE, missing.toString(),
        List.of("demo", "-o", missing.toString())});
    cases.put("demo -o a folder", new Object[] {ExitCode.USAGE, dir.toString(), List.of("demo", "-o",
        dir.toString())});
    Path readOnly = readOnlyFolder();
    if (readOnly != null) {
      Path out = readOnly.resolve("map.svg");
      cases.put("-o into a read-only folder", new Object[] {ExitCode.UNREADABLE, out + ": cannot write: permission "
          + "denied", List.of("map", doc.toString(), "-o", out.toString())});
    }
    return cases.entrySet().stream().map(c -> dynamicTest(c.getKey(), () -> {
      @SuppressWarnings("unchecked")
      List<String> args = (List<String>) c.getValue()[2];
      refusedCleanly((Integer) c.getValue()[0], (String) c.getValue()[1], args.toArray(String[]::new));
    }));
  }

  @TestFactory
  Stream<DynamicTest> badOptionValuesAreUsageErrorsInTheUsersTerms() {
    String acme = doc.toString();
    return Stream.of(
        new Object[] {"--as-of 2026-02-30", "2026-02 has 28 days", new String[] {"score", acme, "--as-of",
            "2026-02-30"}},
        new Object[] {"--as-of 2026-13-01", "no month 13", new String[] {"map", acme, "--as-of", "2026-13-01"}},
        new Object[] {"--as-of yesterday", "ISO date (yyyy-mm-dd)", new String[] {"score", acme, "--as-of", "yesterday"}},
        new Object[] {"--from and --to the same", "both were L1", new String[] {"paths", acme, "--from", "L1",
            "--to", "L1"}},
        new Object[] {"--limit 0", "--limit must be >= 1", new String[] {"paths", acme, "--from", "L1",
            "--limit", "0"}},
        new Object[] {"--limit beyond int", "--limit", new String[] {"paths", acme, "--from", "L1", "--limit",
            "99999999999"}},
        new Object[] {"--year FY0", "FY0", new String[] {"okr", acme, "--year", "FY0"}},
        new Object[] {"--pacing seasonal with three weights", "seasonal", new String[] {"okr", acme, "--pacing",
            "seasonal:1,2,3"}})
        .map(c -> dynamicTest((String) c[0], () -> {
          CliRun r = refusedCleanly(ExitCode.USAGE, (String) c[1], (String[]) c[2]);
          assertThat(r.err()).doesNotContain("java.");
        }));
  }

  @TestFactory
  Stream<DynamicTest> aMapWithACycleIsAnErrorOfTheScorecardNotACrash() {
    String cycle = dir.resolve("cycle.yaml").toString();
    return Stream.of(new String[] {"paths", cycle, "--from", "A"}, new String[] {"paths", cycle, "--from", "A",
        "--to", "C"}, new String[] {"paths", cycle, "--from", "A", "--json"})
        .map(args -> dynamicTest(String.join(" ", args).replace(cycle, "cycle.yaml"),
            () -> refusedCleanly(ExitCode.ERRORS, "cycle A -> B -> C -> A", args)));
  }

  /**
   * A folder no file can be created in: a folder without write permission, or, where this runs as root (who may
   * write anyway), Linux's {@code /sys}; null if there is neither.
   */
  private static Path readOnlyFolder() throws IOException {
    Path folder = dir.resolve("read-only");
    Files.createDirectories(folder);
    Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    for (Path candidate : List.of(folder, Path.of("/sys"))) {
      if (Files.isDirectory(candidate)) {
        try {
          Files.delete(Files.createFile(candidate.resolve("probe")));
        } catch (IOException expected) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * Runs bsc with a time limit and checks the refusal: the exit code, one line on standard error that contains
   * {@code mentions}, no stack trace, nothing on standard output, every file of the corpus folder as it was.
   */
  private static CliRun refusedCleanly(int code, String mentions, String... args) throws Exception {
    Map<String, String> before = snapshot();
    CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.of(args),
        () -> "bsc " + String.join(" ", args) + " did not finish");

    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(code);
    assertThat(r.err().lines()).as("stderr").singleElement().asString().contains(mentions);
    assertThat(r.err() + r.out()).doesNotContain("Exception", "\tat ", "Error:");
    assertThat(r.out()).isEmpty();
    assertThat(snapshot()).as("the corpus folder after the command").isEqualTo(before);
    return r;
  }

  /** Every entry of the corpus folder, with a digest of each regular file's bytes. */
  private static Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        String key = dir.relativize(p).toString();
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.put(key, digest(Files.readAllBytes(p)));
        } else {
          files.put(key, Files.isSymbolicLink(p) ? "link" : Files.isDirectory(p) ? "folder" : "special");
        }
      }
    }
    return files;
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
