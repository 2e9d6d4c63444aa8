package io.github.bsckit.cli;

import io.github.bsckit.cli.support.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Usage errors give one line on stderr and exit code 64. */
@Tag("text")
class UsageTest {
  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void anUnknownSubcommandIsAUsageError() {
    CliRun r = run("frobnicate");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("bsc: Unmatched argument at index 0: 'frobnicate' (see 'bsc --help')\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun r = run("--colour");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines()).singleElement().asString().contains("Unknown option: '--colour'");
  }

  @Test
  void aSubcommandsUsageErrorNamesTheSubcommandAndItsHelp() {
    CliRun r = run("score", CliRun.ACME.toString(), "--as-of", "2026-06-31");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines()).singleElement().asString().startsWith("bsc score: ")
        .endsWith(" (see 'bsc score --help')");
  }

  @Test
  void helpListsTheSubcommandsAndSucceeds() {
    CliRun r = run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: bsc").contains("validate", "score", "map", "paths", "okr", "schema",
        "demo", "jshell");
  }

  @Test
  void aBadOptionValueIsAUsageError() {
    CliRun r = run("okr", CliRun.ACME.toString(), "--pacing", "sideways");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines()).singleElement().asString()
        .contains("--pacing", "must be linear, front-loaded, back-loaded, seasonal:q1,q2,q3,q4 or custom:w1,w2,… but was \"sideways\"");
  }

  @Test
  void aMissingRequiredOptionIsAUsageError() {
    CliRun r = run("paths", CliRun.ACME.toString());

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("Missing required option: '--from=ID'");
  }

  @Test
  void aMalformedDocumentGivesOneLineNamingFileLineAndColumn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path bad = dir.resolve("bad.yaml");
    java.nio.file.Files.writeString(bad, "bsc: 1\nname: Acme\nobjectives: 12\n");

    CliRun r = run("validate", bad.toString());

    assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.err()).isEqualTo(bad + ":3:13: objectives: must be a list but was the number 12\n");
  }

  @Test
  void aJShellScriptsFailureBecomesExitCodeOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path ok = dir.resolve("ok.jsh");
    java.nio.file.Files.writeString(ok, "var s = Scorecard.builder(\"Acme\").build();\n");
    java.nio.file.Path bad = dir.resolve("bad.jsh");
    java.nio.file.Files.writeString(bad, "Scorecard.builder(\" \").build();\n");

    assertThat(run("jshell", ok.toString()).code()).isZero();
    CliRun failed = run("jshell", bad.toString());
    assertThat(failed.code()).isEqualTo(ExitCode.ERRORS);
    assertThat(failed.err()).startsWith(bad + ":1: snippet threw io.github.bsckit.core.ValidationException");
  }

  @Test
  void aMissingScriptIsUnreadable() {
    CliRun r = run("jshell", "no-such-script.jsh");

    assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.err()).isEqualTo("no-such-script.jsh: no such file\n");
  }
}
