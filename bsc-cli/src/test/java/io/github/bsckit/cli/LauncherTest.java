package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./bsc} launcher as a process. The launcher is copied into a scratch root whose class-path
 * stamp is fresh, so it runs the CLI this build compiled instead of starting a nested Maven build.
 */
class LauncherTest {
  @TempDir
  static Path root;

  record Result(int code, String out, String err) {}

  @BeforeAll
  static void installLauncher() throws Exception {
    Path launcher = root.resolve("bsc");
    Files.copy(Path.of("..", "bsc"), launcher);
    String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> !p.contains("test-classes")).collect(Collectors.joining(File.pathSeparator));
    Path stamp = root.resolve("bsc-cli/target/bsc-classpath.txt");
    Files.createDirectories(stamp.getParent());
    Files.writeString(stamp, classPath + "\n");
  }

  private static Result bsc(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", root.resolve("bsc").toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out, err);
  }

  @Test
  void validatesADocumentAndExitsZero() throws Exception {
    Result r = bsc("validate", CliRun.ACME.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(CliRun.ACME + ": valid, no violations\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void passesTheExitCodesThrough() throws Exception {
    assertThat(bsc("validate", "missing.yaml").code()).isEqualTo(2);
    Result usage = bsc("frobnicate");
    assertThat(usage.code()).isEqualTo(64);
    assertThat(usage.err().lines()).singleElement().asString().contains("'frobnicate'");
  }
}
