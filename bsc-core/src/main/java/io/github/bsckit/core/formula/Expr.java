package io.github.bsckit.core.formula;

import java.util.List;

/** A node of a parsed formula; evaluating walks the tree, so a formula's cost is its size. */
interface Expr {
  /**
   * {@return the value, given each input's value; NaN or an infinity when the arithmetic has no finite answer}
   *
   * @param inputs the inputs' values, by {@link Ref#slot()}: the formula's {@code inputs()} order
   */
  double eval(double[] inputs);

  /** {@return true if no KPI is named below this node} */
  boolean isConstant();

  /** A number as written. */
  record Num(double value) implements Expr {
    @Override
    public double eval(double[] inputs) {
      return value;
    }

    @Override
    public boolean isConstant() {
      return true;
    }
  }

  /** A KPI's value: the input at {@code slot} of the formula's inputs, each named once, in order of first use. */
  record Ref(String name, int slot) implements Expr {
    @Override
    public double eval(double[] inputs) {
      return inputs[slot];
    }

    @Override
    public boolean isConstant() {
      return false;
    }
  }

  /** Negation. */
  record Neg(Expr operand) implements Expr {
    @Override
    public double eval(double[] inputs) {
      return -operand.eval(inputs);
    }

    @Override
    public boolean isConstant() {
      return operand.isConstant();
    }
  }

  /**
   * An arithmetic or comparison operator; a comparison is 1 when it holds and 0 when not. The two-character
   * comparisons are one character here: {@code ≤ ≥ = ≠} for {@code <= >= == !=}.
   */
  record Binary(char op, Expr left, Expr right) implements Expr {
    @Override
    public double eval(double[] inputs) {
      double a = left.eval(inputs);
      double b = right.eval(inputs);
      return switch (op) {
        case '+' -> a + b;
        case '-' -> a - b;
        case '*' -> a * b;
        case '/' -> a / b;
        case '<' -> a < b ? 1 : 0;
        case '≤' -> a <= b ? 1 : 0;
        case '>' -> a > b ? 1 : 0;
        case '≥' -> a >= b ? 1 : 0;
        case '=' -> a == b ? 1 : 0;
        case '≠' -> a != b ? 1 : 0;
        default -> throw new IllegalStateException(String.valueOf(op));
      };
    }

    @Override
    public boolean isConstant() {
      return left.isConstant() && right.isConstant();
    }
  }

  /** One of the built-in functions. */
  record Call(String function, List<Expr> args) implements Expr {
    @Override
    public double eval(double[] inputs) {
      switch (function) {
        case "if":
          double c = args.get(0).eval(inputs);
          return Double.isNaN(c) ? Double.NaN : c != 0 ? args.get(1).eval(inputs) : args.get(2).eval(inputs);
        case "abs":
          return Math.abs(args.get(0).eval(inputs));
        default:
          break;
      }
      double acc = function.equals("min") ? Double.POSITIVE_INFINITY
          : function.equals("max") ? Double.NEGATIVE_INFINITY : 0;
      for (Expr e : args) {
        double v = e.eval(inputs);
        if (Double.isNaN(v)) {
          return Double.NaN;
        }
        acc = switch (function) {
          case "min" -> Math.min(acc, v);
          case "max" -> Math.max(acc, v);
          default -> acc + v; // sum, avg
        };
      }
      return function.equals("avg") ? acc / args.size() : acc;
    }

    @Override
    public boolean isConstant() {
      return args.stream().allMatch(Expr::isConstant);
    }
  }
}
