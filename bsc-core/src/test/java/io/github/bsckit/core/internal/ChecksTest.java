package io.github.bsckit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one problem collector and its precondition helpers: every check passes its value through, records one
 * problem naming the field and quoting the value when the rule fails, and the collector throws them all at once.
 */
class ChecksTest {

  @Test
  void collectsEveryProblemInOrderAndThrowsThemAllAtOnce() {
    Checks c = new Checks();
    assertThat(c.isEmpty()).isTrue();
    c.throwIfAny(); // nothing recorded: nothing thrown

    assertThat(c.add("name", "must not be blank")).isSameAs(c);
    assertThat(c.check(true, "weight", "never recorded")).isSameAs(c);
    assertThat(c.check(false, "quarter", "must be between 1 and 4 but was 5")).isSameAs(c);
    assertThat(c.add(Problem.at("owner", "is unknown"))).isSameAs(c);
    c.addAll("objectives[2]", List.of(Problem.at("id", "is taken"), Problem.at("", "is empty")));

    assertThat(c.isEmpty()).isFalse();
    assertThat(c.problems()).extracting(Problem::path)
        .containsExactly("name", "quarter", "owner", "objectives[2].id", "objectives[2]");
    ValidationException e = catchThrowableOfType(ValidationException.class, c::throwIfAny);
    assertThat(e.problems()).isEqualTo(c.problems());
    assertThat(e).hasMessageContaining("quarter: must be between 1 and 4 but was 5");
  }

  @Test
  void theProblemsReturnedAreACopy() {
    Checks c = new Checks().add("a", "x");
    List<Problem> before = c.problems();
    c.add("b", "y");
    assertThat(before).hasSize(1);
  }

  @Test
  void attemptRecordsAPartsProblemsUnderItsPathAndGivesNull() {
    Checks c = new Checks();
    assertThat(c.attempt("kpis[0]", () -> "built")).isEqualTo("built");
    assertThat(c.<String>attempt("kpis[1]", () -> {
      throw Checks.invalid("target", "is missing");
    })).isNull();
    String id = c.id("objectives[3].id", "F1", s -> "id:" + s);
    assertThat(id).isEqualTo("id:F1");
    assertThat(c.<String>id("objectives[4].id", "bad id", s -> {
      throw Checks.invalid("", "must be a valid id but was \"" + s + "\"");
    })).isNull();

    assertThat(c.problems()).extracting(Problem::path).containsExactly("kpis[1].target", "objectives[4].id");
  }

  @Test
  void textMustNotBeBlankNorTooLongNorHoldAnUnpairedSurrogate() {
    Checks c = new Checks();
    assertThat(c.text("name", "Grow revenue")).isEqualTo("Grow revenue");
    assertThat(c.text("description", Optional.of("Why"))).contains("Why");
    assertThat(c.text("owner", Optional.empty())).isEmpty();
    assertThat(c.isEmpty()).isTrue();

    String longest = "x".repeat(Checks.MAX_TEXT);
    assertThat(c.text("rationale", longest)).isSameAs(longest);
    assertThat(c.notTooLong("unit", "")).isEmpty();
    assertThat(c.isEmpty()).isTrue();

    assertThat(c.text("name", "  ")).isEqualTo("  ");
    assertThat(c.text("owner", Optional.of(""))).contains("");
    String tooLong = longest + "x";
    assertThat(c.text("rationale", tooLong)).isSameAs(tooLong);
    assertThat(c.notTooLong("unit", "\ud800x")).isEqualTo("\ud800x");

    assertThat(c.problems()).extracting(Problem::toString).containsExactly(
        "name: must not be blank but was \"  \"",
        "owner: must not be blank but was \"\"",
        "rationale: must be at most 100000 characters but was 100001",
        "unit: must be valid Unicode text but holds an unpaired surrogate (\\ud800) at character 1");
  }

  @Test
  void numbersPassThroughAndOnlyThoseOutsideTheRuleAreRecorded() {
    Checks c = new Checks();
    assertThat(c.weight("w0", 0)).isZero();
    assertThat(c.weight("w1", Checks.MAX_WEIGHT)).isEqualTo(1_000_000);
    assertThat(c.weight("w2", 2.5)).isEqualTo(2.5);
    assertThat(c.finite("f", -3.25)).isEqualTo(-3.25);
    assertThat(c.nonNegative("n0", 0)).isZero();
    assertThat(c.nonNegative("n1", 7.5)).isEqualTo(7.5);
    assertThat(c.between("q1", 1, 1, 4)).isEqualTo(1);
    assertThat(c.between("q4", 4, 1, 4)).isEqualTo(4);
    assertThat(c.isEmpty()).isTrue();

    assertThat(c.weight("w3", -0.001)).isEqualTo(-0.001);
    assertThat(c.weight("w4", Math.nextUp(Checks.MAX_WEIGHT))).isGreaterThan(Checks.MAX_WEIGHT);
    assertThat(c.weight("w5", Double.NaN)).isNaN();
    assertThat(c.finite("f", Double.POSITIVE_INFINITY)).isInfinite();
    assertThat(c.nonNegative("n2", -Double.MIN_VALUE)).isNegative();
    assertThat(c.nonNegative("n3", Double.POSITIVE_INFINITY)).isInfinite();
    assertThat(c.between("q0", 0, 1, 4)).isZero();
    assertThat(c.between("q5", 5, 1, 4)).isEqualTo(5);

    assertThat(c.problems()).extracting(Problem::toString).containsExactly(
        "w3: must be a number from 0 to 1000000 but was -0.001",
        "w4: must be a number from 0 to 1000000 but was 1000000.0000000001",
        "w5: must be a number from 0 to 1000000 but was NaN",
        "f: must be a finite number but was Infinity",
        "n2: must be a finite number >= 0 but was -4.9E-324",
        "n3: must be a finite number >= 0 but was Infinity",
        "q0: must be between 1 and 4 but was 0",
        "q5: must be between 1 and 4 but was 5");
  }

  @Test
  void aTextThatIsNoDateIsRefusedWithTheReasonWhenItIsShapedLikeOne() {
    assertThat(Checks.notADate("2026-13-31")).endsWith("but was \"2026-13-31\": there is no month 13");
    assertThat(Checks.notADate("2026-00-10")).endsWith(": there is no month 0");
    assertThat(Checks.notADate("2026-02-00")).endsWith(": there is no day 0");
    assertThat(Checks.notADate("2024-02-30")).endsWith(": 2024-02 has 29 days");
    assertThat(Checks.notADate("yesterday")).isEqualTo("must be an ISO date (yyyy-mm-dd) but was \"yesterday\"");
    assertThat(Checks.notADate(null)).isEqualTo("must be an ISO date (yyyy-mm-dd) but was \"null\"");
  }

  @Test
  void datesAreReadFromIsoTextOrTakenAsTheyAre() {
    Checks c = new Checks();
    LocalDate d = LocalDate.of(2026, 3, 31);
    assertThat(c.date("baseline.date", d)).isSameAs(d);
    assertThat(c.date("target.date", "2026-03-31")).isEqualTo(d);
    assertThat(c.date("target.date", "2026-03-31")).isEqualTo(d); // from the cache: the same answer
    assertThat(Checks.requireDate("isoDate", "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(c.isEmpty()).isTrue();

    assertThat(c.date("target.date", "2026-02-30")).isNull();
    assertThat(c.date("baseline.date", 20260331)).isNull();
    assertThat(c.problems()).extracting(Problem::toString).containsExactly(
        "target.date: must be an ISO date (yyyy-mm-dd) but was \"2026-02-30\": 2026-02 has 28 days",
        "baseline.date: must be an ISO date (yyyy-mm-dd) but was \"20260331\"");
    assertThat(catchThrowableOfType(ValidationException.class, () -> Checks.requireDate("isoDate", "31/03/2026")))
        .hasMessageContaining("isoDate: must be an ISO date (yyyy-mm-dd) but was \"31/03/2026\"");
  }

  @Test
  void theRequireHelpersReturnAValueThatKeepsTheirRuleAndThrowOtherwise() {
    assertThat(Checks.requireBetween("quarter", 1, 1, 4)).isEqualTo(1);
    assertThat(Checks.requireBetween("quarter", 4, 1, 4)).isEqualTo(4);
    assertThat(Checks.requireAtLeast("limit", 3L, 3L)).isEqualTo(3L);
    assertThat(Checks.requireAtLeast("limit", 3, 3)).isEqualTo(3);
    assertThat(Checks.requireAtMost("limit", 9L, 9L)).isEqualTo(9L);
    assertThat(Checks.requireFinite("value", -2.5)).isEqualTo(-2.5);
    assertThat(Checks.requireText("name", " a ")).isEqualTo(" a ");
    Checks.require(true, "never", "thrown");

    assertThat(message(() -> Checks.requireBetween("quarter", 0, 1, 4)))
        .isEqualTo("quarter: must be between 1 and 4 but was 0");
    assertThat(message(() -> Checks.requireBetween("quarter", 5, 1, 4)))
        .isEqualTo("quarter: must be between 1 and 4 but was 5");
    assertThat(message(() -> Checks.requireAtLeast("limit", 2L, 3L))).isEqualTo("limit: must be >= 3 but was 2");
    assertThat(message(() -> Checks.requireAtLeast("limit", 2, 3))).isEqualTo("limit: must be >= 3 but was 2");
    assertThat(message(() -> Checks.requireAtMost("limit", 10L, 9L))).isEqualTo("limit: must be <= 9 but was 10");
    assertThat(message(() -> Checks.requireFinite("value", Double.NaN)))
        .isEqualTo("value: must be a finite number but was NaN");
    assertThat(message(() -> Checks.requireText("name", "\t"))).isEqualTo("name: must not be blank but was \"\t\"");
    assertThat(message(() -> Checks.require(false, "field", "is wrong"))).isEqualTo("field: is wrong");
  }

  private static String message(Runnable r) {
    ValidationException e = catchThrowableOfType(ValidationException.class, r::run);
    assertThat(e).as("expected a ValidationException").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0).toString();
  }
}
