package io.github.bsckit.cli;

import io.github.bsckit.cli.support.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Usage errors give one line on stderr and exit code 64. */
class UsageTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Bsc.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void anUnknownSubcommandIsAUsageError() {
    Run r = run("frobnicate");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("bsc: Unmatched argument at index 0: 'frobnicate' (see 'bsc --help')\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run r = run("--colour");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines()).singleElement().asString().contains("Unknown option: '--colour'");
  }

  @Test
  void helpListsTheSubcommandsAndSucceeds() {
    Run r = run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: bsc").contains("jshell");
  }

  @Test
  void aMissingScriptIsUnreadable() {
    Run r = run("jshell", "no-such-script.jsh");

    assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.err()).isEqualTo("no-such-script.jsh: no such file\n");
  }
}
