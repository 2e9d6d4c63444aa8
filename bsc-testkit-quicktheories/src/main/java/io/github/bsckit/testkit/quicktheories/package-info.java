/**
 * The QuickTheories adapter of bsc-testkit: {@link io.github.bsckit.testkit.quicktheories.QuickTheoriesGenerators#gen}
 * turns any bsc-testkit generator into a QuickTheories {@code Gen} that shrinks, and a
 * {@link io.github.bsckit.testkit.quicktheories.FalsificationRecorder} hands a test the shrunk counterexample as a
 * value.
 */
package io.github.bsckit.testkit.quicktheories;
