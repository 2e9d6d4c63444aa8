/**
 * Calculated KPIs' formulas: a small closed arithmetic language over other KPIs' values ({@code revenue /
 * customers}, {@code 100 * resolved_first_time / tickets}, {@code sum(a, b, c)}, {@code if(x > 0, y, 0)}),
 * parsed by hand into an immutable {@link io.github.bsckit.core.formula.Formula} and evaluated by walking its
 * tree: nothing but arithmetic runs, and a formula's size and depth are bounded. The grammar is in
 * {@code docs/format.md}. This package knows nothing of scorecards; {@link
 * io.github.bsckit.core.formula.FormulaChecks} checks a set of formulas against the KPIs they may name.
 */
package io.github.bsckit.core.formula;
