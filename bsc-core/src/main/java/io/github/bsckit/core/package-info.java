/**
 * The exception family shared by all of bsc-kit: {@link io.github.bsckit.core.BscException}, and
 * {@link io.github.bsckit.core.ValidationException} carrying every {@link io.github.bsckit.core.Problem} found.
 */
package io.github.bsckit.core;
