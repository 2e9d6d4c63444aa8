/**
 * Engine-neutral generators: a {@link io.github.bsckit.testkit.Generator} draws its choices from a
 * {@link io.github.bsckit.testkit.Source}, composes with {@code map}, {@code flatMap}, {@code filter} and
 * {@code list}, and runs seeded from plain JUnit through {@link io.github.bsckit.testkit.Samples}.
 */
package io.github.bsckit.testkit;
