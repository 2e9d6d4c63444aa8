package io.github.bsckit.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 11 §5: tables fit the terminal by cutting the first column, never the numbers. */
class TableTest {
  private static final String LONG = "Percentage of residents who rate the overall quality of city services as good"
      + " or excellent in the annual resident survey, by neighbourhood and by service line";

  @Test
  void aLongNameIsCutWithAnEllipsisSoThatEveryLineFits() {
    Table t = new Table().row("    k1 " + LONG, "81.0%", "ON_TRACK", "actual 3.8 @ 2026-06-30")
        .row("  Customer", "75.0%", "AT_RISK", "");

    String fitted = t.fitted(100);
    assertThat(fitted.lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(100));
    assertThat(fitted.lines().findFirst().orElseThrow()).startsWith("    k1 Percentage of residents").contains("\u2026  81.0%",
        "ON_TRACK  actual 3.8 @ 2026-06-30");
    assertThat(fitted).contains("  Customer");
  }

  @Test
  void aTableThatFitsIsLeftAlone() {
    Table t = new Table().row("a", "1").row("bb", "2");
    assertThat(t.fitted(100)).isEqualTo(t.toString()).isEqualTo("a   1\nbb  2\n");
  }

  @Test
  void theFirstColumnKeepsAFewCharactersOnAVeryNarrowTerminal() {
    String line = new Table().row(LONG, "81.0%").fitted(10).lines().findFirst().orElseThrow();
    assertThat(line).startsWith(LONG.substring(0, Table.MIN_FIRST_COLUMN - 1) + "\u2026");
  }
}
