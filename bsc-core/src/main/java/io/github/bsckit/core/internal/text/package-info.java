/**
 * How a KPI's values and targets are written for people to read, one way in every command and in the review pack.
 * Internal: exported to bsc-kit's own modules only, and free to change between releases. It sits apart from
 * {@code core.internal} because it reads the model, which itself uses {@code core.internal}.
 */
package io.github.bsckit.core.internal.text;
