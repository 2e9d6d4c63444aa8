package io.github.bsckit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Money;
import io.github.bsckit.core.model.Scorecard;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's reader reproducers: short text that stands for a huge value, lags of eons, unpaired surrogates
 * and parser messages with Java class names. Each is refused with a located problem in the user's terms, and
 * whatever is accepted writes and reads back.
 */
class HostileValuesTest {
  private static final DocumentReader YAML = DocumentReader.of(Format.YAML);
  private static final DocumentReader JSON = DocumentReader.of(Format.JSON);

  private static String withBudget(String amount) {
    return "bsc: 1\nname: Acme\ninitiatives:\n  - {id: I1, name: Roll-out, budget: {amount: " + amount
        + ", currency: USD}}\n";
  }

  private static Problem onlyProblem(DocumentReader reader, String text) {
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> reader.read(text, "d"));
    assertThat(e).as("expected the read to fail").isNotNull();
    assertThat(e.problems()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.line()).isPositive();
    assertThat(p.message()).doesNotContain("java.", "Exception", "`");
    return p;
  }

  @Test
  void aBudgetOfABillionDigitsIsRefusedWhereItStands() {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      Problem p = onlyProblem(YAML, withBudget("1e999999999"));
      assertThat(p.path()).startsWith("initiatives[0].budget");
      assertThat(p.line()).isEqualTo(4);
    });
  }

  @Test
  void aBudgetWithABillionDecimalPlacesIsRefusedInsteadOfHangingTheWriter() {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThat(onlyProblem(YAML, withBudget("1e-999999999")).message())
          .contains("must have at most 18 decimal places but was 1E-999999999");
      assertThat(onlyProblem(JSON, "{\"bsc\": 1, \"name\": \"A\", \"initiatives\": [{\"id\": \"I1\", \"name\": \"R\","
          + " \"budget\": {\"amount\": 1e-999999999, \"currency\": \"USD\"}}]}").message())
          .contains("at most 18 decimal places");
    });
  }

  @Test
  void moneyBuiltInCodeHasTheSameBoundsAsMoneyRead() {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThatThrownBy(() -> Money.of(new BigDecimal("1e100000"), "USD")).isInstanceOf(ValidationException.class)
          .hasMessageContaining("amount: must be below 1e30 but was 1E+100000");
      assertThatThrownBy(() -> Money.of(new BigDecimal("1e-1000"), "USD")).isInstanceOf(ValidationException.class)
          .hasMessageContaining("at most 18 decimal places");
      assertThatThrownBy(() -> Money.of(1e-300, "USD")).isInstanceOf(ValidationException.class);
    });
  }

  @Test
  void aBudgetThatReadsWritesAndReadsBackEvenAtTheBounds() {
    String largest = "9".repeat(30) + "." + "9".repeat(17) + "1";
    for (String amount : new String[] {largest, "0.000000000000000001", "1e29", "250000.50"}) {
      Scorecard s = YAML.read(withBudget(amount), "d").scorecard();
      for (Format f : Format.values()) {
        String written = DocumentWriter.of(f).write(s);
        assertThat(DocumentReader.of(f).read(written, "again").scorecard()).as(amount).isEqualTo(s);
      }
    }
    assertThat(onlyProblem(YAML, withBudget("1e-1000")).message()).contains("at most 18 decimal places");
    assertThat(onlyProblem(YAML, withBudget("1e30")).message()).contains("must be below 1e30");
  }

  private static String withLag(String lag) {
    return "bsc: 1\nname: Acme\nobjectives:\n  - {id: C1, name: Keep customers, perspective: customer}\n"
        + "  - {id: F1, name: Grow, perspective: financial}\nlinks:\n  - {from: C1, to: F1, lag: " + lag + "}\n";
  }

  @Test
  void aLagThatOverflowsIsALocatedProblemNotAnArithmeticException() {
    Problem p = onlyProblem(YAML, withLag("P999999999W"));
    assertThat(p.line() + ":" + p.path()).isEqualTo("7:links[0].lag");
    assertThat(p.message()).isEqualTo("must be at most 100 years (P100Y) but was \"P999999999W\"");
  }

  @Test
  void lagsAreYearsNotEons() {
    assertThat(YAML.read(withLag("P100Y"), "d").scorecard().links().get(0).lag()).contains(Period.ofYears(100));
    assertThat(onlyProblem(YAML, withLag("P101Y")).message()).contains("at most 100 years");
    assertThat(onlyProblem(YAML, withLag("P5300W")).message()).contains("at most 100 years");
    assertThatThrownBy(() -> CausalLink.of("C1", "F1").withLag(Period.ofMonths(1201)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("lag: must be at most 100 years");
  }

  @Test
  void anUnpairedSurrogateIsRefusedWhereItStands() {
    Problem p = onlyProblem(JSON, "{\"bsc\": 1, \"name\": \"A\", \"vision\": \"\\ud800x\"}");
    assertThat(p.path()).isEqualTo("vision");
    assertThat(p.message()).isEqualTo("must be valid Unicode text but holds an unpaired surrogate (\\ud800) at"
        + " character 1");
    assertThat(onlyProblem(JSON, "{\"bsc\": 1, \"name\": \"A\\udc00\"}").message()).contains("unpaired surrogate");
  }

  @Test
  void theBuilderRefusesAnUnpairedSurrogateAndKeepsPairedOnes() {
    assertThatThrownBy(() -> Scorecard.builder("Acme").vision("x\ud800").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("vision: must be valid Unicode text");
    Scorecard s = Scorecard.builder("Acme \ud83d\ude80").vision("\ud835\udc00 first").build();
    for (Format f : Format.values()) {
      assertThat(DocumentReader.of(f).read(DocumentWriter.of(f).write(s), "d").scorecard()).isEqualTo(s);
    }
  }

  @Test
  void syntaxErrorsSayWhatIsWrongWithoutJavaClassNamesOrParserSwitches() {
    assertThat(onlyProblem(JSON, "{\"bsc\": 1, \"name\": \"A\", \"fiscalYearStart\": +4}").message())
        .isEqualTo("syntax error: Unexpected character ('+' (character code 43)) in numeric value: a JSON number"
            + " may not start with +");
    assertThat(onlyProblem(JSON, "{\"bsc\": 1, \"name\": \"A\", \"fiscalYearStart\": 0x4}").message())
        .contains("a JSON number may not be hexadecimal").doesNotContain("JsonReadFeature");
  }

  @Test
  void parserMessagesAreTranslatedIntoTheUsersTerms() {
    assertThat(Notations.inUsersTerms("Malformed numeric value '1 value: (java.lang.NumberFormatException) illegal"
        + " syntax")).isEqualTo("not a number: '1 value: illegal syntax");
    assertThat(Notations.inUsersTerms("Malformed numeric value ('1e') (tools.jackson.core.exc.StreamReadException):"
        + " bad")).isEqualTo("not a number: ('1e'): bad");
    assertThat(Notations.inUsersTerms("Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or"
        + " token 'null', 'true' or 'false')")).doesNotContain("java.");
  }
}
