package io.github.bsckit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 §5: {@code bsc score} fits the terminal; the JSON keeps the full names. */
class ScoreWidthTest {
  private static final String NAME = ("Percentage of residents who rate the overall quality of city services as good or"
      + " excellent in the annual resident survey, weighted by neighbourhood population and adjusted for response"
      + " bias using the census small-area estimates").substring(0, 221);

  @TempDir
  Path dir;

  @Test
  void aKpiNameOf221CharactersIsCutToTheTerminalWidthButKeptWholeInJson() throws Exception {
    Path file = dir.resolve("riverton.yaml");
    Files.writeString(file, """
        bsc: 1
        name: Riverton
        objectives:
          - id: C1
            name: Serve residents well
            perspective: customer
            kpis:
              - {id: satisfaction, name: "%s", baseline: {value: 3, date: 2026-01-01}, target: {value: 4, date: 2026-12-31}}
        actuals:
          satisfaction: [{date: 2026-06-30, value: 3.5}]
        """.formatted(NAME));
    int width = ScoreCommand.terminalWidth(System.getenv("COLUMNS"));

    CliRun human = CliRun.of("score", file.toString(), "--as-of", "2026-06-30");
    assertThat(NAME).hasSize(221);
    assertThat(human.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
    assertThat(human.out()).contains("satisfaction Percentage of residents", "\u2026", "actual 3.5 @ 2026-06-30");
    assertThat(CliRun.of("score", "--json", file.toString(), "--as-of", "2026-06-30").out()).contains(NAME);
  }

  @Test
  void theWidthComesFromColumnsWhenItIsANumberOfAtLeastForty() {
    assertThat(ScoreCommand.terminalWidth(null)).isEqualTo(100);
    assertThat(ScoreCommand.terminalWidth("160")).isEqualTo(160);
    assertThat(ScoreCommand.terminalWidth("12")).isEqualTo(100);
    assertThat(ScoreCommand.terminalWidth("wide")).isEqualTo(100);
  }
}
