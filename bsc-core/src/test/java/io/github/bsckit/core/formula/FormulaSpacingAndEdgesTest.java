package io.github.bsckit.core.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The formula grammar at its edges: white space may stand between any two tokens and changes nothing; names,
 * numbers, function arguments and nesting are checked at their exact limits.
 */
class FormulaSpacingAndEdgesTest {
  private static final Map<String, Double> VALUES = Map.of("a", 2.0, "b", 3.0, "c", 4.0, "A", 5.0, "Z", 6.0,
      "_x", 7.0, "z9", 8.0, "y0", 9.0, "2024-sales", 7.0);

  private static double eval(String text) {
    return Formula.parse(text).evaluate(VALUES);
  }

  @ParameterizedTest(name = "\"{0}\" = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "' ( a + b ) * c ' | 20",
      "'(a+b)*c' | 20",
      "'sum( a , b , c )' | 9",
      "'sum (a,b,c)' | 9",
      "'sum(a, b) ' | 5",
      "'max( a , sum( b , c ) )' | 7",
      "'if( a < b , 10 , 20 )' | 10",
      "'if(a<b,10,20)' | 10",
      "'a <= b' | 1",
      "'a<=b' | 1",
      "'b >= a' | 1",
      "'a  ==  a' | 1",
      "'a != a ' | 0",
      "'- a' | -2",
      "'-  a  *  b' | -6",
      "'abs( - a )' | 2",
      "'[ 2024-sales ] * 2' | 14",
      "'A + Z' | 11",
      "'_x * 1' | 7",
      "'z9 - y0' | -1",
      "'0 + 9' | 9",
      "'.5 * 4' | 2",
      "'5.25 * 4' | 21",
      "'1E+2 + 1e-2' | 100.01",
      "'1e2' | 100",
  })
  void whiteSpaceBetweenTokensChangesNothing(String text, double expected) {
    assertThat(eval(text)).isEqualTo(expected);
  }

  @Test
  void aFormulaOfExactlyTheLongestLengthIsRead() {
    String fits = "a" + " ".repeat(Formula.MAX_LENGTH - 5) + "+ b";
    assertThat(fits).hasSize(Formula.MAX_LENGTH - 1);
    assertThat(Formula.parse(fits + " ").evaluate(VALUES)).isEqualTo(5);
    FormulaException tooLong = catchThrowableOfType(FormulaException.class, () -> Formula.parse(fits + "  "));
    assertThat(tooLong.reason()).isEqualTo("a formula is at most 1000 characters long, but this one has 1001");
  }

  @Test
  void functionCallsCountTowardsTheDepth() {
    String deep = "abs(".repeat(Formula.MAX_DEPTH + 1) + "a" + ")".repeat(Formula.MAX_DEPTH + 1);
    FormulaException e = catchThrowableOfType(FormulaException.class, () -> Formula.parse(deep));
    assertThat(e.reason()).isEqualTo("nests deeper than the limit of " + Formula.MAX_DEPTH);
    assertThat(e.position()).isEqualTo(4 * Formula.MAX_DEPTH);
    String limit = "abs(".repeat(Formula.MAX_DEPTH) + "a" + ")".repeat(Formula.MAX_DEPTH);
    assertThat(Formula.parse(limit).evaluate(VALUES)).isEqualTo(2);
    // Calls closed one after the other do not add up.
    String wide = "sum(" + "abs(a), ".repeat(Formula.MAX_DEPTH + 5) + "a)";
    assertThat(Formula.parse(wide).evaluate(VALUES)).isEqualTo(2 * (Formula.MAX_DEPTH + 6));
  }

  @Test
  void equalFormulasHashAlike() {
    assertThat(Formula.parse("a + b")).hasSameHashCodeAs(Formula.parse("a + b"));
    assertThat(Formula.parse("a + b").withMissing(MissingInputs.ZERO).hashCode())
        .isNotEqualTo(Formula.parse("a + b").hashCode());
    assertThat(Formula.parse("a + b")).isNotEqualTo(Formula.parse("a+b")).isNotEqualTo("a + b");
  }
}
