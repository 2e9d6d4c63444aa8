/**
 * The Balanced Scorecard domain model: {@link io.github.bsckit.core.model.Scorecard} with its
 * {@link io.github.bsckit.core.model.Perspective perspectives}, {@link io.github.bsckit.core.model.Theme themes},
 * {@link io.github.bsckit.core.model.Objective objectives}, {@link io.github.bsckit.core.model.Kpi KPIs},
 * {@link io.github.bsckit.core.model.CausalLink causal links} and
 * {@link io.github.bsckit.core.model.Initiative initiatives}, plus {@link io.github.bsckit.core.model.Actuals}.
 *
 * <p>Every value is immutable and thread-safe, rejects nulls, and is validated when constructed; builders are
 * the only mutable types and report every problem at once in a {@link io.github.bsckit.core.ValidationException}.
 */
package io.github.bsckit.core.model;
