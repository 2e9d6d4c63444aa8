package io.github.bsckit.core.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formula language tested like a parser: values, precedence, associativity, and every error's position. */
class FormulaTest {
  private static final Map<String, Double> VALUES = Map.of("a", 2.0, "b", 3.0, "c", 4.0, "revenue", 1200.0,
      "customers", 40.0, "resolved_first_time", 45.0, "tickets", 60.0, "2024-sales", 7.0, "net-margin", 0.25,
      "zero", 0.0);

  private static double eval(String text) {
    return Formula.parse(text).evaluate(VALUES);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "revenue / customers | 30",
      "100 * resolved_first_time / tickets | 75",
      "1 + 2 * 3 | 7",
      "(1 + 2) * 3 | 9",
      "10 - 4 - 3 | 3",
      "24 / 4 / 2 | 3",
      "2 * 3 / 4 | 1.5",
      "-a * b | -6",
      "- - a | 2",
      "+a | 2",
      "-a + b | 1",
      "a - -b | 5",
      "1 + 2 < 4 | 1",
      "a * b >= 6 | 1",
      "a == 2 | 1",
      "a != 2 | 0",
      "a > b | 0",
      "a <= b | 1",
      "sum(a, b, c) | 9",
      "min(a, b, c) | 2",
      "max(a, b, c) | 4",
      "avg(a, b, c) | 3",
      "avg(a) | 2",
      "abs(a - b) | 1",
      "if(a > b, a, b) | 3",
      "if(a < b, 10, 1 / zero) | 10",
      "[2024-sales] * 2 | 14",
      "net-margin * 100 | 25",
      "net-margin - a | -1.75",
      "1.5e2 + .5 | 150.5",
      "2E-1 * 10 | 2",
      "  a  | 2",
      "sum(a, b) * max(1, 2) - abs(-1) | 9",
  })
  void evaluatesArithmeticWithTheUsualPrecedence(String text, double expected) {
    assertThat(eval(text)).isEqualTo(expected);
    // The three ways to give the inputs agree: by name in a map, by a lookup function, by position.
    Formula f = Formula.parse(text);
    assertThat(f.evaluate(name -> VALUES.get(name))).isEqualTo(expected);
    assertThat(f.evaluate(f.inputs().stream().mapToDouble(VALUES::get).toArray())).isEqualTo(expected);
  }

  @Test
  void positionalValuesFollowTheOrderOfInputsAndMustMatchTheirNumber() {
    Formula f = Formula.parse("revenue / customers - revenue");
    assertThat(f.evaluate(1200, 40)).isEqualTo(1200.0 / 40 - 1200);
    assertThat(f.evaluate(40, 1200)).isEqualTo(40.0 / 1200 - 40);
    assertThat(Formula.parse("2 * 3").evaluate()).isEqualTo(6);
    assertThat(catchThrowableOfType(io.github.bsckit.core.ValidationException.class, () -> f.evaluate(1200)))
        .hasMessageContaining("values").hasMessageContaining("[revenue, customers]").hasMessageContaining("has 1");
  }

  @Test
  void subtractionAndDivisionAssociateToTheLeft() {
    assertThat(eval("a - b - c")).isEqualTo((2.0 - 3) - 4);
    assertThat(eval("c / a / a")).isEqualTo((4.0 / 2) / 2);
    assertThat(eval("c - a + b")).isEqualTo((4.0 - 2) + 3);
  }

  @Test
  void listsEachInputOnceInOrderOfFirstUseWithEveryPlaceItIsNamed() {
    Formula f = Formula.parse("revenue / customers + revenue * [2024-sales]");
    assertThat(f.inputs()).containsExactly("revenue", "customers", "2024-sales");
    assertThat(f.references()).extracting(Formula.Reference::position).containsExactly(0, 10, 22, 32);
  }

  @Test
  void divisionByAnInputThatIsZeroHasNoFiniteValue() {
    assertThat(Double.isFinite(eval("a / zero"))).isFalse();
    assertThat(eval("zero / zero")).isNaN();
  }

  @Test
  void rendersItsTextAndIsEqualByTextAndPolicy() {
    Formula f = Formula.parse("a + b");
    assertThat(f).hasToString("a + b").isEqualTo(Formula.parse("a + b"));
    assertThat(f.withMissing(MissingInputs.ZERO)).isNotEqualTo(f);
    assertThat(f.missing()).isEqualTo(MissingInputs.SKIP);
  }

  @Test
  void evaluationComplainsAboutAnInputWithoutValue() {
    assertThat(catchThrowableOfType(io.github.bsckit.core.ValidationException.class,
        () -> Formula.parse("a + nothing").evaluate(VALUES))).hasMessageContaining("no value for input nothing");
  }

  @Test
  void aPlusBMinusBIsAWheneverTheArithmeticIsExact() {
    qt().forAll(doubles().between(-1e6, 1e6), doubles().between(-1e6, 1e6))
        .check((x, y) -> Formula.parse("x * 1 + 0").evaluate(Map.of("x", x, "y", y)) == x
            && Formula.parse("max(x, y)").evaluate(Map.of("x", x, "y", y)) == Math.max(x, y)
            && Formula.parse("if(x < y, x, y)").evaluate(Map.of("x", x, "y", y)) == Math.min(x, y));
  }

  /** Every error, with the 1-based character it points at. */
  @ParameterizedTest(name = "\"{0}\" fails at {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "'' | 1 | a formula must not be empty",
      "'   ' | 1 | a formula must not be empty",
      "a + | 4 | expected a number, a KPI id, a function or ( but the formula ended",
      "a + * b | 5 | expected a number, a KPI id, a function or ( but found \"*\"",
      "a b | 3 | expected an operator or the end of the formula but found \"b\"",
      "a # b | 3 | expected an operator or the end of the formula but found \"#\"",
      "(a + b | 7 | expected ) to close the ( at character 1 but the formula ended",
      "((a) | 5 | expected ) to close the ( at character 1 but the formula ended",
      "a) | 2 | this ) closes no (",
      "sum() | 5 | sum needs at least one argument",
      "abs(a, b) | 1 | abs takes 1 argument but was given 2",
      "if(a, b) | 1 | if takes 3 arguments but was given 2",
      "sum(a b) | 7 | expected , or ) in the arguments of sum but found \"b\"",
      "sum(a, | 7 | expected a number, a KPI id, a function or ( but the formula ended",
      "sqrt(a) | 1 | unknown function sqrt (the functions are abs, avg, if, max, min and sum)",
      "a / 0 | 5 | dividing by a constant zero has no value",
      "a / (1 - 1) | 5 | dividing by a constant zero has no value",
      "a < b < c | 7 | comparisons do not chain: write if(a < b, ...) around one of them",
      "1. | 3 | expected a digit after the decimal point but the formula ended",
      "1e | 3 | expected the exponent's digits but the formula ended",
      "2024-sales | 1 | a KPI id that starts with a digit is written in brackets: [2024-sales]",
      "[2024-sales | 1 | this [ is never closed by a ]",
      "[ ] | 1 | expected a KPI id between [ and ]",
      "1e999 | 1 | the number 1e999 is too large",
      "'abs( )' | 6 | abs needs 1 argument",
      "'if()' | 4 | if needs 3 arguments",
      "'min(  )' | 7 | min needs at least one argument",
      "'abs(a,b,c)' | 1 | abs takes 1 argument but was given 3",
      "'x + if(a, b, c, a)' | 5 | if takes 3 arguments but was given 4",
      "'sum(a, b' | 9 | expected , or ) in the arguments of sum but the formula ended",
      "'sum(a ; b)' | 7 | expected , or ) in the arguments of sum but found \";\"",
      "'2.x' | 3 | expected a digit after the decimal point but found \"x\"",
      "'1e+' | 4 | expected the exponent's digits but the formula ended",
      "'3abc' | 1 | a KPI id that starts with a digit is written in brackets: [3abc]",
      "'a + 9z' | 5 | a KPI id that starts with a digit is written in brackets: [9z]",
      "'a + @' | 5 | expected a number, a KPI id, a function or ( but found \"@\"",
      "'a + 😀' | 5 | expected a number, a KPI id, a function or ( but found \"😀\"",
  })
  void reportsEveryErrorAtItsCharacter(String text, int character, String reason) {
    FormulaException e = catchThrowableOfType(FormulaException.class, () -> Formula.parse(text));
    assertThat(e).as(text).isNotNull();
    assertThat(e.reason()).startsWith(reason);
    assertThat(e.position() + 1).isEqualTo(character);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("formula");
      assertThat(p.message()).startsWith("at character " + character + " of \"" + text + "\": ");
    });
  }

  @Test
  void unknownFunctionsSuggestTheClosest() {
    assertThat(catchThrowableOfType(FormulaException.class, () -> Formula.parse("summ(a, b)")).reason())
        .isEqualTo("unknown function summ (the functions are abs, avg, if, max, min and sum); did you mean \"sum\"?");
  }

  @Test
  void boundsTheLengthAndTheDepth() {
    FormulaException tooLong = catchThrowableOfType(FormulaException.class,
        () -> Formula.parse("a + ".repeat(300) + "a"));
    assertThat(tooLong.position()).isEqualTo(Formula.MAX_LENGTH);
    String deep = "(".repeat(Formula.MAX_DEPTH + 1) + "a" + ")".repeat(Formula.MAX_DEPTH + 1);
    FormulaException tooDeep = catchThrowableOfType(FormulaException.class, () -> Formula.parse(deep));
    assertThat(tooDeep.position()).isEqualTo(Formula.MAX_DEPTH);
    assertThat(tooDeep.reason()).isEqualTo("nests deeper than the limit of " + Formula.MAX_DEPTH);
    assertThat(Formula.parse("(".repeat(Formula.MAX_DEPTH) + "a" + ")".repeat(Formula.MAX_DEPTH))
        .evaluate(VALUES)).isEqualTo(2);
    String signs = "-".repeat(Formula.MAX_DEPTH + 1) + "a";
    assertThat(catchThrowableOfType(FormulaException.class, () -> Formula.parse(signs)).reason())
        .startsWith("nests deeper");
  }

  @Test
  void checksNamesAgainstTheScorecardsKpisAndFindsCycles() {
    Map<String, Formula> formulas = new java.util.LinkedHashMap<>();
    formulas.put("ratio", Formula.parse("revenue / customrs"));
    formulas.put("x", Formula.parse("y + 1"));
    formulas.put("y", Formula.parse("2 * x"));
    formulas.put("self", Formula.parse("1 + self"));
    List<FormulaChecks.Finding> found = FormulaChecks.check(formulas,
        List.of("ratio", "revenue", "customers", "x", "y", "self"));
    assertThat(found).extracting(FormulaChecks.Finding::kpi, FormulaChecks.Finding::position)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ratio", 10),
            org.assertj.core.groups.Tuple.tuple("self", 4),
            org.assertj.core.groups.Tuple.tuple("y", 4));
    assertThat(found.get(0).message()).isEqualTo("names customrs, which is no KPI of the scorecard"
        + "; did you mean \"customers\"?");
    assertThat(found.get(1).message()).startsWith("refers to its own KPI self");
    assertThat(found.get(2).message()).isEqualTo("forms a cycle through other formulas: x -> y -> x");
  }

  @Test
  void aHyphenatedNameThatIsNoKpiHintsAtSpacingTheMinus() {
    List<FormulaChecks.Finding> found = FormulaChecks.check(Map.of("d", Formula.parse("a-b")), List.of("a", "b", "d"));
    assertThat(found).singleElement().extracting(FormulaChecks.Finding::message).asString()
        .contains("write a - b to subtract");
  }
}
