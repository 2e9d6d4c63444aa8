package io.github.bsckit.core.formula;

import io.github.bsckit.core.internal.DidYouMean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A calculated KPI's formula over other KPIs' values, parsed from its text. Immutable and thread-safe; equal
 * when the text and the missing-input policy are. Evaluation walks the parsed tree: it runs nothing but
 * arithmetic, and a formula holds at most {@value #MAX_LENGTH} characters nested at most {@value #MAX_DEPTH}
 * deep, so its cost is bounded.
 *
 * <pre>{@code
 * Formula f = Formula.parse("100 * resolved_first_time / tickets");
 * f.inputs();                                                        // [resolved_first_time, tickets]
 * f.evaluate(Map.of("resolved_first_time", 45.0, "tickets", 60.0));  // 75.0
 * }</pre>
 *
 * <p>The grammar (also in {@code docs/format.md}), loosest binding first; binary operators associate to the
 * left, comparisons do not chain:
 *
 * <pre>
 * formula    = comparison
 * comparison = additive [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") additive ]
 * additive   = term { ("+" | "-") term }
 * term       = unary { ("*" | "/") unary }
 * unary      = ("-" | "+") unary | primary
 * primary    = number | kpi | function "(" comparison { "," comparison } ")" | "(" comparison ")"
 * number     = digits [ "." digits ] [ ("e" | "E") [ "+" | "-" ] digits ]
 * kpi        = letter-or-underscore { letter | digit | "_" | "-" | "." } | "[" any KPI id "]"
 * function   = "sum" | "min" | "max" | "avg" (one or more arguments) | "abs" (one) | "if" (three)
 * </pre>
 *
 * <p>A KPI id may hold {@code -}, so {@code a-b} is one id: write {@code a - b} to subtract. An id that starts
 * with a digit is written in brackets, {@code [2024-sales]}. A comparison is 1 when it holds and 0 when not;
 * {@code if(c, a, b)} is {@code a} when {@code c} is not 0. Dividing by a constant zero is rejected; dividing by
 * an input that is zero in some period gives that period no value.
 */
public final class Formula {
  /** The longest formula text, in characters. */
  public static final int MAX_LENGTH = 1000;
  /** The deepest nesting of parentheses, function calls and unary signs. */
  public static final int MAX_DEPTH = 32;

  /** The functions and how many arguments each takes (-1: one or more). */
  private static final double[] NO_INPUTS = {};

  private static final Map<String, Integer> FUNCTIONS =
      Map.of("sum", -1, "min", -1, "max", -1, "avg", -1, "abs", 1, "if", 3);

  private final String text;
  private final Expr root;
  private final List<Reference> references;
  private final List<String> inputs;
  private final MissingInputs missing;

  private Formula(String text, Expr root, List<Reference> references, MissingInputs missing) {
    this.text = text;
    this.root = root;
    this.references = references;
    Set<String> distinct = new LinkedHashSet<>();
    references.forEach(r -> distinct.add(r.name()));
    this.inputs = List.copyOf(distinct);
    this.missing = missing;
  }

  /**
   * A place in a formula where a KPI is named.
   *
   * @param name the KPI id as written (without brackets)
   * @param position the 0-based index in the formula text where the name (or its bracket) starts
   */
  public record Reference(String name, int position) {
    /**
     * Validates the components.
     *
     * @param name the KPI id as written
     * @param position the 0-based index, not negative
     */
    public Reference {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * Parses a formula; missing inputs skip the period.
   *
   * @param text the formula text
   * @return the formula
   * @throws FormulaException naming the first problem and its position in {@code text}
   */
  public static Formula parse(String text) {
    Objects.requireNonNull(text, "text");
    Parser p = new Parser(text);
    Expr root = p.formula();
    return new Formula(text, root, Collections.unmodifiableList(p.references), MissingInputs.SKIP);
  }

  /**
   * {@return this formula with another policy for missing inputs}
   *
   * @param missing what a period with a missing input gets
   */
  public Formula withMissing(MissingInputs missing) {
    return new Formula(text, root, references, Objects.requireNonNull(missing, "missing"));
  }

  /** {@return the text as written} */
  public String text() {
    return text;
  }

  /** {@return the KPIs it names, each once, in order of first appearance; unmodifiable} */
  public List<String> inputs() {
    return inputs;
  }

  /** {@return every place a KPI is named, in order; unmodifiable} */
  public List<Reference> references() {
    return references;
  }

  /** {@return what a period with a missing input gets} */
  public MissingInputs missing() {
    return missing;
  }

  /**
   * Evaluates the formula.
   *
   * @param values every input's value
   * @return the value; NaN or an infinity when the arithmetic has no finite answer (a division by an input
   *     that is zero)
   * @throws io.github.bsckit.core.ValidationException if an input has no value in {@code values}
   */
  public double evaluate(Map<String, Double> values) {
    Objects.requireNonNull(values, "values");
    double[] in = new double[inputs.size()];
    for (int k = 0; k < in.length; k++) {
      Double v = values.get(inputs.get(k));
      if (v == null) {
        throw io.github.bsckit.core.internal.Checks.invalid("values", "has no value for input " + inputs.get(k)
            + " of formula " + text);
      }
      in[k] = v;
    }
    return root.eval(in);
  }

  /**
   * Evaluates the formula with values looked up by a function, for callers that keep their own index.
   *
   * @param values the value of each input; called once for each of {@link #inputs()}, in that order
   * @return the value; NaN or an infinity when the arithmetic has no finite answer
   */
  public double evaluate(ToDoubleFunction<String> values) {
    Objects.requireNonNull(values, "values");
    double[] in = new double[inputs.size()];
    for (int k = 0; k < in.length; k++) {
      in[k] = values.applyAsDouble(inputs.get(k));
    }
    return root.eval(in);
  }

  /**
   * Evaluates the formula with the inputs' values given in the order of {@link #inputs()}: the cheapest way, for
   * callers that evaluate one formula many times. The array is only read.
   *
   * @param values one value per input, in the order of {@link #inputs()}
   * @return the value; NaN or an infinity when the arithmetic has no finite answer
   * @throws io.github.bsckit.core.ValidationException if {@code values} does not have one value per input
   */
  public double evaluate(double... values) {
    Objects.requireNonNull(values, "values");
    if (values.length != inputs.size()) {
      throw io.github.bsckit.core.internal.Checks.invalid("values", "must have one value per input of formula "
          + text + " " + inputs + " but has " + values.length);
    }
    return root.eval(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Formula f && text.equals(f.text) && missing == f.missing;
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + missing.hashCode();
  }

  /** {@return the text as written; {@link #parse} reads it back} */
  @Override
  public String toString() {
    return text;
  }

  /** A recursive-descent parser over the characters of one formula; one use. */
  private static final class Parser {
    private final String s;
    private final List<Reference> references = new ArrayList<>();
    /** Each distinct name's index, in order of first appearance: the order of {@link Formula#inputs()}. */
    private final Map<String, Integer> slots = new HashMap<>();
    private int i;
    private int depth;

    Parser(String s) {
      this.s = s;
    }

    /** {@return a reference to a KPI named at a position: its slot is its index among the distinct names} */
    private Expr ref(String name, int start) {
      references.add(new Reference(name, start));
      return new Expr.Ref(name, slots.computeIfAbsent(name, n -> slots.size()));
    }

    Expr formula() {
      if (s.length() > MAX_LENGTH) {
        throw fail(MAX_LENGTH, "a formula is at most " + MAX_LENGTH + " characters long, but this one has "
            + s.length());
      }
      skipSpaces();
      if (i == s.length()) {
        throw fail(0, "a formula must not be empty");
      }
      Expr e = comparison();
      skipSpaces();
      if (i < s.length()) {
        throw fail(i, s.charAt(i) == ')' ? "this ) closes no (" : "expected an operator or the end of the formula"
            + " but found " + found());
      }
      return e;
    }

    private Expr comparison() {
      Expr left = additive();
      String op = comparisonOperator();
      if (op == null) {
        return left;
      }
      i += op.length();
      Expr right = additive();
      int at = i;
      if (comparisonOperator() != null) {
        throw fail(at, "comparisons do not chain: write if(a < b, ...) around one of them");
      }
      return new Expr.Binary(switch (op) {
        case "<=" -> '≤';
        case ">=" -> '≥';
        case "==" -> '=';
        case "!=" -> '≠';
        default -> op.charAt(0);
      }, left, right);
    }

    private String comparisonOperator() {
      skipSpaces();
      for (String op : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
        if (s.startsWith(op, i)) {
          return op;
        }
      }
      return null;
    }

    private Expr additive() {
      Expr left = term();
      while (true) {
        skipSpaces();
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
          char op = s.charAt(i++);
          left = new Expr.Binary(op, left, term());
        } else {
          return left;
        }
      }
    }

    private Expr term() {
      Expr left = unary();
      while (true) {
        skipSpaces();
        if (i < s.length() && (s.charAt(i) == '*' || s.charAt(i) == '/')) {
          char op = s.charAt(i++);
          skipSpaces();
          int divisorAt = i;
          Expr right = unary();
          if (op == '/' && right.isConstant() && right.eval(NO_INPUTS) == 0) {
            throw fail(divisorAt, "dividing by a constant zero has no value");
          }
          left = new Expr.Binary(op, left, right);
        } else {
          return left;
        }
      }
    }

    private Expr unary() {
      skipSpaces();
      if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        boolean minus = s.charAt(i) == '-';
        enter(i);
        i++;
        Expr operand = unary();
        depth--;
        return minus ? new Expr.Neg(operand) : operand;
      }
      return primary();
    }

    private Expr primary() {
      skipSpaces();
      if (i == s.length()) {
        throw fail(i, "expected a number, a KPI id, a function or ( but the formula ended");
      }
      char c = s.charAt(i);
      if (c == '(') {
        int open = i;
        enter(i);
        i++;
        Expr e = comparison();
        skipSpaces();
        if (i == s.length() || s.charAt(i) != ')') {
          throw fail(i, "expected ) to close the ( at character " + (open + 1) + " but "
              + (i == s.length() ? "the formula ended" : "found " + found()));
        }
        i++;
        depth--;
        return e;
      }
      if (c >= '0' && c <= '9' || c == '.') {
        return number();
      }
      if (c == '[') {
        int start = i;
        int close = s.indexOf(']', i);
        if (close < 0) {
          throw fail(start, "this [ is never closed by a ]");
        }
        String name = s.substring(start + 1, close).strip();
        if (name.isEmpty()) {
          throw fail(start, "expected a KPI id between [ and ]");
        }
        i = close + 1;
        return ref(name, start);
      }
      if (isNameStart(c)) {
        int start = i;
        while (i < s.length() && isNamePart(s.charAt(i))) {
          i++;
        }
        String name = s.substring(start, i);
        int afterName = i;
        skipSpaces();
        if (i < s.length() && s.charAt(i) == '(') {
          return call(name, start);
        }
        i = afterName;
        return ref(name, start);
      }
      throw fail(i, "expected a number, a KPI id, a function or ( but found " + found());
    }

    private Expr call(String name, int start) {
      Integer arity = FUNCTIONS.get(name);
      if (arity == null) {
        throw fail(start, "unknown function " + name + " (the functions are abs, avg, if, max, min and sum)"
            + DidYouMean.hint(name, FUNCTIONS.keySet()));
      }
      enter(start);
      i++; // the (
      List<Expr> args = new ArrayList<>();
      skipSpaces();
      if (i < s.length() && s.charAt(i) == ')') {
        throw fail(i, name + " needs " + (arity < 0 ? "at least one argument" : arity + " argument"
            + (arity == 1 ? "" : "s")));
      }
      while (true) {
        args.add(comparison());
        skipSpaces();
        if (i < s.length() && s.charAt(i) == ',') {
          i++;
          continue;
        }
        if (i < s.length() && s.charAt(i) == ')') {
          i++;
          break;
        }
        throw fail(i, "expected , or ) in the arguments of " + name + " but "
            + (i == s.length() ? "the formula ended" : "found " + found()));
      }
      depth--;
      if (arity > 0 && args.size() != arity) {
        throw fail(start, name + " takes " + arity + " argument" + (arity == 1 ? "" : "s") + " but was given "
            + args.size());
      }
      return new Expr.Call(name, List.copyOf(args));
    }

    private Expr number() {
      int start = i;
      digits();
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        if (digits() == 0) {
          throw fail(i, "expected a digit after the decimal point but "
              + (i == s.length() ? "the formula ended" : "found " + found()));
        }
      }
      if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
        i++;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
          i++;
        }
        if (digits() == 0) {
          throw fail(i, "expected the exponent's digits but "
              + (i == s.length() ? "the formula ended" : "found " + found()));
        }
      }
      if (i < s.length() && isNamePart(s.charAt(i)) && s.charAt(i) != '.') {
        throw fail(start, "a KPI id that starts with a digit is written in brackets: ["
            + s.substring(start, endOfName(start)) + "]");
      }
      double v = Double.parseDouble(s.substring(start, i).startsWith(".") ? "0" + s.substring(start, i)
          : s.substring(start, i));
      if (!Double.isFinite(v)) {
        throw fail(start, "the number " + s.substring(start, i) + " is too large");
      }
      return new Expr.Num(v);
    }

    private int endOfName(int from) {
      int j = from;
      while (j < s.length() && isNamePart(s.charAt(j))) {
        j++;
      }
      return j;
    }

    private int digits() {
      int start = i;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      return i - start;
    }

    private void enter(int at) {
      if (++depth > MAX_DEPTH) {
        throw fail(at, "nests deeper than the limit of " + MAX_DEPTH);
      }
    }

    private void skipSpaces() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private String found() {
      return "\"" + new String(Character.toChars(s.codePointAt(i))) + "\"";
    }

    private FormulaException fail(int at, String reason) {
      return new FormulaException(s, at, reason);
    }

    private static boolean isNameStart(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
      return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
    }
  }
}
