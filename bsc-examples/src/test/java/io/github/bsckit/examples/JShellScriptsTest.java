package io.github.bsckit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsckit.cli.jshell.ScriptRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JShell walkthrough runs through jdk.jshell without a failed snippet, as {@code ./bsc jshell} runs it. */
class JShellScriptsTest {
  @BeforeAll
  static void pointTheScriptsAtTheDocuments() {
    // The scripts find the documents relative to the repository root, or where this property says.
    System.setProperty("bsc.examples", Path.of("documents").toAbsolutePath().toString());
  }

  static Stream<Path> scripts() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("jshell"))) {
      List<Path> all = files.filter(f -> f.toString().endsWith(".jsh")).sorted().toList();
      assertThat(all).hasSizeGreaterThanOrEqualTo(5);
      return all.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void runsWithoutAFailedSnippet(Path script) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScriptRunner runner = new ScriptRunner(System.getProperty("java.class.path"),
        new PrintStream(out, true, StandardCharsets.UTF_8));

    ScriptRunner.Result result = runner.run(script.toString(), Files.readString(script));

    assertThat(result.failure()).as("output so far:\n%s", out.toString(StandardCharsets.UTF_8)).isNull();
    assertThat(result.snippets()).isGreaterThan(3);
    assertThat(out.toString(StandardCharsets.UTF_8)).isNotBlank();
  }
}
