/**
 * Key-result planning: {@link io.github.bsckit.okr.plan.OkrPlanner} turns a scorecard (and, to re-plan, its
 * actuals) into an {@link io.github.bsckit.okr.plan.OkrPlan} of quarterly
 * {@link io.github.bsckit.okr.plan.OkrObjective objectives} and {@link io.github.bsckit.okr.plan.KeyResult key
 * results}.
 */
package io.github.bsckit.okr.plan;
