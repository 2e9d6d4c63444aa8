/**
 * Defect injectors: each puts exactly one named defect into a valid scorecard and reports what it did, so that
 * a rule's test can check the rule fires on exactly that. Start with {@link io.github.bsckit.testkit.defects.Defects}.
 */
package io.github.bsckit.testkit.defects;
