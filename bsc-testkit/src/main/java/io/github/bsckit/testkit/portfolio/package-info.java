/**
 * Generators of portfolios for property tests of cascading: {@link
 * io.github.bsckit.testkit.portfolio.PortfolioGenerators#valid()} portfolios that break no portfolio rule, and
 * {@link io.github.bsckit.testkit.portfolio.PortfolioGenerators#withDefect} ones with exactly one defect injected.
 */
package io.github.bsckit.testkit.portfolio;
