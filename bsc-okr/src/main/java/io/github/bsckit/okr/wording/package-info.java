/**
 * Key results in words: {@link io.github.bsckit.okr.wording.KeyResultWording} writes "Increase Customer Retention
 * Rate from 85% to 87.5% in FY2026 Q2" with locale-aware numbers and the unit where people put it.
 */
package io.github.bsckit.okr.wording;
