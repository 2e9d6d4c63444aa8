package io.github.bsckit.core.formula;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** A node of a parsed formula; evaluating walks the tree, so a formula's cost is its size. */
interface Expr {
  /** {@return the value, given each input's value; NaN or an infinity when the arithmetic has no finite answer} */
  double eval(ToDoubleFunction<String> inputs);

  /** {@return true if no KPI is named below this node} */
  boolean isConstant();

  /** A number as written. */
  record Num(double value) implements Expr {
    @Override
    public double eval(ToDoubleFunction<String> inputs) {
      return value;
    }

    @Override
    public boolean isConstant() {
      return true;
    }
  }

  /** A KPI's value. */
  record Ref(String name, int position) implements Expr {
    @Override
    public double eval(ToDoubleFunction<String> inputs) {
      return inputs.applyAsDouble(name);
    }

    @Override
    public boolean isConstant() {
      return false;
    }
  }

  /** Negation. */
  record Neg(Expr operand) implements Expr {
    @Override
    public double eval(ToDoubleFunction<String> inputs) {
      return -operand.eval(inputs);
    }

    @Override
    public boolean isConstant() {
      return operand.isConstant();
    }
  }

  /** An arithmetic or comparison operator; a comparison is 1 when it holds and 0 when not. */
  record Binary(String op, Expr left, Expr right) implements Expr {
    @Override
    public double eval(ToDoubleFunction<String> inputs) {
      double a = left.eval(inputs);
      double b = right.eval(inputs);
      return switch (op) {
        case "+" -> a + b;
        case "-" -> a - b;
        case "*" -> a * b;
        case "/" -> a / b;
        case "<" -> a < b ? 1 : 0;
        case "<=" -> a <= b ? 1 : 0;
        case ">" -> a > b ? 1 : 0;
        case ">=" -> a >= b ? 1 : 0;
        case "==" -> a == b ? 1 : 0;
        case "!=" -> a != b ? 1 : 0;
        default -> throw new IllegalStateException(op);
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
    public double eval(ToDoubleFunction<String> inputs) {
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
