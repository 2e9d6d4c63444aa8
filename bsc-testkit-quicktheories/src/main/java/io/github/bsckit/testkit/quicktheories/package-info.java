/**
 * The QuickTheories adapter of bsc-testkit: {@link io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators#gen}
 * turns any bsc-testkit generator into a QuickTheories {@code Gen} that shrinks.
 */
package io.github.bsckit.testkit.quicktheories;
