/**
 * The plan of a KPI: its {@linkplain io.github.bsckit.core.plan.ExpectedPath expected path} from baseline
 * through milestones to target, paced over the fiscal quarters. Scoring judges actuals against it, and
 * bsc-okr's key results step along it.
 */
package io.github.bsckit.core.plan;
