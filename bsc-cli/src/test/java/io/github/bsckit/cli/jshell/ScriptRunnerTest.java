package io.github.bsckit.cli.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScriptRunnerTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ScriptRunner runner = new ScriptRunner(System.getProperty("java.class.path"),
      new PrintStream(out, true, StandardCharsets.UTF_8));

  @Test
  void aScriptSeesTheBscPackagesWithoutImports() {
    ScriptRunner.Result r = runner.run("ok.jsh", """
        var s = Scorecard.builder("Acme").
            objective("F1", "Grow", "financial").
            build();
        System.out.println(s.objectives().get(0).name());
        /exit
        """);

    assertThat(r.ok()).isTrue();
    assertThat(r.snippets()).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Grow\n");
  }

  @Test
  void aSnippetThatThrowsStopsTheScriptAndNamesItsLine() {
    ScriptRunner.Result r = runner.run("bad.jsh", "int x = 1;\n\nScorecard.builder(\" \").build();\nSystem.out.println(\"never\");\n");

    assertThat(r.ok()).isFalse();
    assertThat(r.failure()).startsWith("bad.jsh:3: snippet threw io.github.bsckit.core.ValidationException")
        .contains("name: must not be blank");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("never");
  }

  @Test
  void aSnippetThatDoesNotCompileFailsTheScript() {
    ScriptRunner.Result r = runner.run("typo.jsh", "Scorecard.bilder(\"Acme\");\n");

    assertThat(r.failure()).startsWith("typo.jsh:1: does not compile: cannot find symbol").contains("bilder");
  }

  @Test
  void aWrongMethodInALongSnippetIsReportedOnceAtItsOwnLine() {
    String script = "int x = 1;\nvar s = Scorecard.builder(\"Acme\")\n"
        + "    .objective(\"F1\", \"Grow\", \"financial\", o -> o\n".repeat(1)
        + "        .kpi(\"rev\", \"Revenue\", k -> k.unit(\"$\")\n"
        + "            .baseline(1, \"2026-01-01\").target(2, \"2026-12-31\")))\n"
        + "    .bulid();\n";

    ScriptRunner.Result r = runner.run("wrong.jsh", script);

    assertThat(r.failure().lines()).containsExactly(
        "wrong.jsh:6: does not compile: cannot find symbol; symbol:   method bulid(); location: class "
            + "io.github.bsckit.core.model.Scorecard.Builder",
        "  .bulid();");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("bulid");
  }
}
